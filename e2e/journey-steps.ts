import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { BrowserContextOptions, Page } from 'playwright-core'
import { expect } from 'vitest'
import { type BrowserJourney, expectNoAxeViolations, newPage } from './browser.js'

const screenshots = new URL('./screenshots/', import.meta.url)
export const password = 'osaamo-demo-2026'
const day = 24 * 60 * 60 * 1000

/** Script errors of every page of the journey: none may happen. */
export const pageErrors: string[] = []

/** A page of its own browser context, whose script errors are collected. */
export async function personPage(
  journey: BrowserJourney,
  options: BrowserContextOptions,
): Promise<Page> {
  const page = await newPage(journey.browser, options)
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.setDefaultTimeout(30_000)
  return page
}

/** Signs a person in through the API: the page's cookies are its browser context's. */
export async function signIn(page: Page, url: string, emailAddress: string): Promise<void> {
  const answer = await page.request.post(`${url}/api/auth/sign-in`, {
    data: { emailAddress, password },
  })
  expect(answer.status()).toBe(200)
}

/** The signed-in person's CSRF token, for the few steps taken through the API. */
export async function csrfTokenOf(page: Page, url: string): Promise<string> {
  const me = (await (await page.request.get(`${url}/api/me`)).json()) as { csrfToken: string }
  return me.csrfToken
}

/**
 * Checks the page with axe and saves its screenshot as journey-NN-<step>.png, numbered in the
 * order the journey visits its pages.
 */
export function visitRecorder(): (page: Page, step: string) => Promise<void> {
  let count = 0
  return async (page, step) => {
    await expectNoAxeViolations(page)
    count += 1
    const name = `journey-${String(count).padStart(2, '0')}-${step}.png`
    await page.screenshot({ path: new URL(name, screenshots).pathname, fullPage: true })
  }
}

/** Presses Tab until the focused element's text or label is `name` (keyboard alone). */
export async function tabTo(page: Page, name: string, limit = 300): Promise<void> {
  for (let count = 0; count < limit; count += 1) {
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => {
      const element = document.activeElement
      return element?.getAttribute('aria-label') ?? element?.textContent?.trim() ?? ''
    })
    if (focused === name) {
      return
    }
  }
  throw new Error(`Tab never reached ${name}`)
}

/** A date `offset` days from now, as a date input wants it (YYYY-MM-DD). */
export function dateInDays(offset: number): string {
  return new Date(Date.now() + offset * day).toISOString().slice(0, 10)
}

/** Undoes quoted-printable soft line breaks and escapes (nodemailer's text encoding). */
function decodeQuotedPrintable(text: string): string {
  return text
    .replaceAll(/=\r?\n/g, '')
    .replaceAll(/=([0-9A-F]{2})/g, (_match, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    )
}

/**
 * The claim token of the newest mail to `emailAddress` in the data directory's mail folder (the
 * server delivers its outbox every 2 s).
 */
export async function claimTokenFor(dataDirectory: string, emailAddress: string): Promise<string> {
  const directory = join(dataDirectory, 'mail')
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const names = await readdir(directory).catch(() => [] as string[])
    const tokens: string[] = []
    for (const name of names.filter((file) => file.endsWith('.eml')).sort()) {
      const mail = decodeQuotedPrintable(await readFile(join(directory, name), 'utf8'))
      if (!mail.includes(emailAddress)) {
        continue
      }
      const match = /\/claim\/([A-Za-z0-9_%.-]+)/.exec(mail)
      if (match?.[1] !== undefined) {
        tokens.push(decodeURIComponent(match[1]))
      }
    }
    const newest = tokens.at(-1)
    if (newest !== undefined) {
      return newest
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`no claim mail to ${emailAddress}`)
}
