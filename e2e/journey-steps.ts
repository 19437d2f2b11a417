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

/** A full-page screenshot, e2e/screenshots/<name>.png, for people to look at. */
export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true })
}

/**
 * Reflow (WCAG 1.4.10): nothing is wider than the window but what sits inside the scrolling boxes
 * that `scrollingBoxes` selects (wide tables).
 */
export async function expectReflow(
  page: Page,
  width: number,
  scrollingBoxes: string,
): Promise<void> {
  const overflowing = await page.evaluate(
    ({ limit, boxes }) =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > limit + 1)
        .filter((element) => element.closest(boxes) === null)
        .map((element) => `${element.tagName}.${element.className}`)
        .slice(0, 5),
    { limit: width, boxes: scrollingBoxes },
  )
  expect(overflowing).toEqual([])
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
