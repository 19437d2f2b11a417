import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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
const password = 'osaamo-demo-2026'

const demoAccounts = [
  ['admin@demo.osaamo.fi', 'Aino Virtanen'],
  ['designer@demo.osaamo.fi', 'Eero Korhonen'],
  ['reviewer@demo.osaamo.fi', 'Helmi Nieminen'],
  ['assessor@demo.osaamo.fi', 'Onni Mäkinen'],
  ['registrar@demo.osaamo.fi', 'Linnea Lindqvist'],
  ['partner@demo.osaamo.fi', 'Mikael Heikkinen'],
  ['learner@demo.osaamo.fi', 'Sanni Laine'],
] as const

const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const

const signInTitle = { fi: 'Kirjaudu sisään', sv: 'Logga in', en: 'Sign in' } as const
const accountTitle = { fi: 'Oma tili', sv: 'Mitt konto', en: 'My account' } as const

/** Fills in and sends the sign-in form of the English interface. */
async function signInWithForm(page: Page, emailAddress: string, secret = password): Promise<void> {
  await page.getByLabel('E-mail address').fill(emailAddress)
  await page.getByLabel('Password').fill(secret)
  await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'signing in and the account page in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it.each(demoAccounts)(
      '%s signs in from the sign-in page and sees their name',
      async (emailAddress, name) => {
        const page = await newPage(journey.browser, { locale: 'en-GB' })
        await page.goto(`${journey.server.url}/sign-in`)
        await signInWithForm(page, emailAddress)
        await page.waitForURL(`${journey.server.url}/account`)
        await page.getByRole('heading', { level: 1, name: 'My account' }).waitFor()
        await expect.poll(() => page.getByRole('main').textContent()).toContain(name)
        await page.getByRole('banner').getByRole('link', { name }).waitFor()
        await page.context().close()
      },
    )

    it('shows the organisation and translated role on the account page', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await signInWithForm(page, 'admin@demo.osaamo.fi')
      await page.getByText('Kaarnala Open University').waitFor()
      await expect.poll(() => page.getByRole('main').textContent()).toContain('Administrator')
      await page.getByRole('cell', { name: 'This device' }).waitFor()
      expect(await page.getByRole('link', { name: 'Download my data' }).getAttribute('href')).toBe(
        '/api/me/export',
      )
      await page.context().close()
    })

    it('tells of a wrong password in an alert, keeps the address and focuses the message', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await signInWithForm(page, 'learner@demo.osaamo.fi', 'not-the-password')
      const alert = page.getByRole('alert')
      await expect
        .poll(() => alert.textContent())
        .toBe('The e-mail address or the password is wrong. Check them and try again.')
      expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
      expect(await page.getByLabel('E-mail address').inputValue()).toBe('learner@demo.osaamo.fi')
      expect(page.url()).toBe(`${journey.server.url}/sign-in`)
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'has no axe violations on the sign-in and account pages in %s',
      async (language) => {
        const page = await newPage(journey.browser, { locale: locales[language] })
        await page.goto(`${journey.server.url}/sign-in`)
        await page.getByRole('heading', { level: 1, name: signInTitle[language] }).waitFor()
        expect(await page.getAttribute('html', 'lang')).toBe(language)
        await expectNoAxeViolations(page)
        await page.screenshot({
          path: new URL(`sign-in-${language}.png`, screenshots).pathname,
          fullPage: true,
        })

        await page.locator('#sign-in-email').fill('admin@demo.osaamo.fi')
        await page.locator('#sign-in-password').fill(password)
        await page.locator('#sign-in-password').press('Enter')
        await page.waitForURL(`${journey.server.url}/account`)
        await page.getByRole('heading', { level: 1, name: accountTitle[language] }).waitFor()
        await page.locator('table').waitFor()
        await expectNoAxeViolations(page)
        await page.screenshot({
          path: new URL(`account-${language}.png`, screenshots).pathname,
          fullPage: true,
        })
        await page.context().close()
      },
    )

    it('signs out, back to the signed-out state', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await signInWithForm(page, 'designer@demo.osaamo.fi')
      const header = page.getByRole('banner')
      await header.getByRole('link', { name: 'Eero Korhonen' }).waitFor()
      await header.getByRole('button', { name: 'Sign out' }).click()
      await header.getByRole('link', { name: 'Sign in' }).waitFor()
      expect(await header.getByRole('button', { name: 'Sign out' }).count()).toBe(0)
      await page.goto(`${journey.server.url}/account`)
      await page.getByText('You are not signed in. Sign in to see your account.').waitFor()
      await page.context().close()
    })

    it('ends another session from the account page', async () => {
      const other = await newPage(journey.browser, { locale: 'en-GB' })
      await other.goto(`${journey.server.url}/sign-in`)
      await signInWithForm(other, 'registrar@demo.osaamo.fi')
      await other.waitForURL(`${journey.server.url}/account`)

      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await signInWithForm(page, 'registrar@demo.osaamo.fi')
      await page.getByRole('cell', { name: 'This device' }).waitFor()
      const endButtons = page.getByRole('button', { name: 'End session' })
      expect(await endButtons.count()).toBeGreaterThanOrEqual(1)
      const before = await endButtons.count()
      await endButtons.first().click()
      await page.getByText('The session has been ended.').waitFor()
      expect(await endButtons.count()).toBe(before - 1)
      await other.context().close()
      await page.context().close()
    })

    it('signs in with the keyboard alone', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in`)
      await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor()
      for (let presses = 0; presses < 20; presses += 1) {
        await page.keyboard.press('Tab')
        if ((await page.evaluate(() => document.activeElement?.id)) === 'sign-in-email') {
          break
        }
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email')
      await page.keyboard.type('learner@demo.osaamo.fi')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-password')
      await page.keyboard.type(password)
      await page.keyboard.press('Enter')
      await page.waitForURL(`${journey.server.url}/account`)
      await expect.poll(() => page.getByRole('main').textContent()).toContain('Sanni Laine')
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('signing in and the account page in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
