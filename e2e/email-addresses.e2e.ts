import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../test/support/run-osaamo.js'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'

const screenshots = new URL('./screenshots/', import.meta.url)
const learner = 'learner@demo.osaamo.fi'
const password = 'osaamo-demo-2026'
const newAddress = 'sanni.laine@example.fi'

const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const accountTitle = { fi: 'Oma tili', sv: 'Mitt konto', en: 'My account' } as const
const verifyTitle = {
  fi: 'Vahvista sähköpostiosoitteesi',
  sv: 'Bekräfta din e-postadress',
  en: 'Confirm your e-mail address',
} as const

/** Signs in from the sign-in page in any language and waits for the account page. */
async function signIn(page: Page, server: RunningServer): Promise<void> {
  await page.goto(`${server.url}/sign-in`)
  await page.locator('#sign-in-email').fill(learner)
  await page.locator('#sign-in-password').fill(password)
  await page.locator('#sign-in-password').press('Enter')
  await page.waitForURL(`${server.url}/account`)
  await page.locator('#new-email').waitFor()
}

/** Undoes quoted-printable: soft line breaks and the escaped equals sign are enough for a link. */
function decodeQuotedPrintable(text: string): string {
  return text.replaceAll(/=\r?\n/g, '').replaceAll('=3D', '=')
}

/** The token of the verification link mailed to `recipient`, once a mail for it is in the folder. */
async function verificationToken(mailDirectory: string, recipient: string): Promise<string> {
  let token: string | undefined
  await expect
    .poll(
      async () => {
        const names = await readdir(mailDirectory).catch(() => [] as string[])
        for (const name of names.filter((file) => file.endsWith('.eml'))) {
          const mail = decodeQuotedPrintable(await readFile(join(mailDirectory, name), 'utf8'))
          const match = /http:\/\/localhost:\d+\/verify-email\?token=([A-Za-z0-9%._~-]+)/.exec(mail)
          if (mail.includes(recipient) && match?.[1] !== undefined) {
            token = match[1]
            return true
          }
        }
        return false
      },
      { timeout: 20_000, interval: 250 },
    )
    .toBe(true)
  if (token === undefined) {
    throw new TypeError(`no verification link for ${recipient}`)
  }
  return token
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'managing e-mail addresses in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it('adds an address, confirms it from the mailed link and removes it again', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await signIn(page, journey.server)

      await page.getByLabel('New e-mail address').fill(newAddress)
      await page.getByRole('button', { name: 'Add address' }).click()
      const status = page.getByRole('main').getByRole('status').filter({ hasText: newAddress })
      await expect
        .poll(() => status.textContent())
        .toBe(
          `If the address ${newAddress} can be used, we sent a confirmation link to it. Open the link within 24 hours.`,
        )
      const item = page.getByRole('listitem').filter({ hasText: newAddress })
      await expect.poll(() => item.locator('.badge').textContent()).toBe('Not verified')
      expect(await page.getByLabel('New e-mail address').inputValue()).toBe('')
      await expectNoAxeViolations(page)

      const token = await verificationToken(join(journey.dataDirectory, 'mail'), newAddress)
      await page.goto(`${journey.server.url}/verify-email?token=${token}`)
      await page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }).waitFor()
      await expect
        .poll(() => page.getByRole('main').getByRole('status').last().textContent())
        .toBe(`The address ${newAddress} is now confirmed.`)
      await page.getByRole('link', { name: 'Go to your account' }).click()
      await page.waitForURL(`${journey.server.url}/account`)
      await expect.poll(() => item.locator('.badge').textContent()).toBe('Verified')

      await page.getByRole('button', { name: `Remove ${newAddress}` }).click()
      await page.getByText(`The address ${newAddress} has been removed.`).waitFor()
      await expect.poll(() => item.count()).toBe(0)
      await page.context().close()
    })

    it('does not spend a used link twice, and says so', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      const token = await verificationToken(join(journey.dataDirectory, 'mail'), newAddress)
      await page.goto(`${journey.server.url}/verify-email?token=${token}`)
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('This confirmation link does not work.')
      await page.context().close()
    })

    it('does not remove the last verified address', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await signIn(page, journey.server)
      await page.getByRole('button', { name: `Remove ${learner}` }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Your last verified address cannot be removed. Add and verify another address first.')
      expect(await page.getByRole('listitem').filter({ hasText: learner }).count()).toBe(1)
      await page.context().close()
    })

    it('tells of a malformed address beside the field and keeps what was typed', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await signIn(page, journey.server)
      const field = page.getByLabel('New e-mail address')
      await field.fill('not an address')
      await page.getByRole('button', { name: 'Add address' }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe('Enter an e-mail address in the form name@example.fi.')
      expect(await field.getAttribute('aria-invalid')).toBe('true')
      expect(await field.getAttribute('aria-describedby')).toContain('new-email-error')
      expect(await field.inputValue()).toBe('not an address')
      await expectNoAxeViolations(page)
      await page.context().close()
    })

    it('tells that a bogus link does not work', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify-email?token=not-a-real-token`)
      await page.getByRole('heading', { level: 1, name: 'Confirm your e-mail address' }).waitFor()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toBe(
          'This confirmation link does not work. It may have been used already, or more than 24 hours have passed since it was sent.',
        )
      await page.getByText('Sign in and add the address again on your account page').waitFor()
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'has no axe violations on the account and verification pages in %s',
      async (language) => {
        const page = await newPage(journey.browser, { locale: locales[language] })
        await signIn(page, journey.server)
        await page.getByRole('heading', { level: 1, name: accountTitle[language] }).waitFor()
        expect(await page.getAttribute('html', 'lang')).toBe(language)
        await expectNoAxeViolations(page)
        await page.screenshot({
          path: new URL(`email-addresses-${language}.png`, screenshots).pathname,
          fullPage: true,
        })

        await page.goto(`${journey.server.url}/verify-email?token=not-a-real-token`)
        await page.getByRole('heading', { level: 1, name: verifyTitle[language] }).waitFor()
        await page.getByRole('alert').waitFor()
        await expectNoAxeViolations(page)
        await page.screenshot({
          path: new URL(`verify-email-${language}.png`, screenshots).pathname,
          fullPage: true,
        })
        await page.context().close()
      },
    )
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('managing e-mail addresses in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
