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

const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const linkTitle = {
  fi: 'Yhdistä kertakirjautumistunnuksesi',
  sv: 'Koppla ditt konto för enkel inloggning',
  en: 'Link your single sign-on account',
} as const

// The whole single sign-on flow against a real provider is covered by test/api/oidc.test.ts;
// here: the pages it ends on, in the browser, with accessibility checks.
describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the single sign-on pages in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it('shows why single sign-on came back refused, and no SSO button when none is set up', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in?error=OIDC_EMAIL_UNVERIFIED`)
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Single sign-on did not confirm your e-mail address')
      expect(await page.getByRole('link', { name: /Sign in with/ }).count()).toBe(0)
      await expectNoAxeViolations(page)
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'has no axe violations on the link page in %s',
      async (language) => {
        const page = await newPage(journey.browser, { locale: locales[language] })
        await page.goto(`${journey.server.url}/sign-in/link?token=osaamo_ol_unknown`)
        await page.getByRole('heading', { level: 1, name: linkTitle[language] }).waitFor()
        await page.locator('#sign-in-email').waitFor()
        await expectNoAxeViolations(page)
        await page.context().close()
      },
    )

    it('tells that single sign-on is not in use when declining a link here', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/sign-in/link?token=osaamo_ol_unknown`)
      await page.getByRole('button', { name: 'Do not link' }).click()
      await expect
        .poll(() => page.getByRole('alert').textContent())
        .toContain('Single sign-on is not in use here.')
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the single sign-on pages in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
