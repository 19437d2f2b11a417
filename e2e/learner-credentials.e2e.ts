import type { APIRequestContext, Browser, Page } from 'playwright-core'
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
import { claimTokenFor } from './claim-mail.js'

const screenshots = new URL('./screenshots/', import.meta.url)
const password = 'osaamo-demo-2026'
const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const listTitle = { fi: 'Omat todistukset', sv: 'Mina intyg', en: 'My credentials' } as const
const claimTitle = {
  fi: 'Ota todistus vastaan',
  sv: 'Ta emot ditt intyg',
  en: 'Claim your credential',
} as const

type Registrar = {
  request: APIRequestContext
  post(path: string, body: unknown): Promise<unknown>
  close(): Promise<void>
}

/** The demo registrar signed in through the API, in a browser context of its own. */
async function signInRegistrar(browser: Browser, url: string): Promise<Registrar> {
  const context = await browser.newContext()
  const request = context.request
  const signIn = await request.post(`${url}/api/auth/sign-in`, {
    data: { emailAddress: 'registrar@demo.osaamo.fi', password },
  })
  expect(signIn.status()).toBe(200)
  const { csrfToken } = (await signIn.json()) as { csrfToken: string }
  return {
    request,
    post: async (path, body) => {
      const response = await request.post(`${url}${path}`, {
        data: body,
        headers: { 'x-csrf-token': csrfToken },
      })
      expect(response.status(), await response.text()).toBeLessThan(300)
      return response.json()
    },
    close: () => context.close(),
  }
}

async function publishedVersionId(registrar: Registrar, url: string): Promise<string> {
  const response = await registrar.request.get(
    `${url}/api/organisations/kaarnala-open/specifications`,
  )
  expect(response.status()).toBe(200)
  const { items } = (await response.json()) as { items: { id: string; status: string }[] }
  const published = items.find((item) => item.status === 'published')
  expect(published).toBeDefined()
  return published?.id ?? ''
}

/** Issues a credential to `emailAddress` and mails its claim link; answers the credential id. */
async function issueWithClaimLink(
  registrar: Registrar,
  versionId: string,
  learner: { name: string; emailAddress: string },
): Promise<string> {
  const issued = (await registrar.post(`/api/specification-versions/${versionId}/credentials`, {
    learner,
    result: {
      grade: '5',
      assessedAt: '2026-11-20T12:00:00Z',
      identityVerification: 'supervised-with-id-verification',
    },
  })) as { id: string }
  await registrar.post(`/api/credentials/${issued.id}/claim-link`, {
    emailAddress: learner.emailAddress,
    language: 'en',
  })
  return issued.id
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true })
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  "the claim flow and the learner's credentials in Chromium",
  () => {
    let journey: BrowserJourney
    let registrar: Registrar
    let versionId: string

    beforeAll(async () => {
      journey = await startBrowserJourney()
      registrar = await signInRegistrar(journey.browser, journey.server.url)
      versionId = await publishedVersionId(registrar, journey.server.url)
    }, 120_000)
    afterAll(async () => {
      await registrar?.close()
      await journey?.close()
    })

    it('a new learner claims by signing up, lands on the credential, downloads it and sees the wallet QR', async () => {
      const emailAddress = 'noora.uusi@example.fi'
      const credentialId = await issueWithClaimLink(registrar, versionId, {
        name: 'Noora Uusi',
        emailAddress,
      })
      const token = await claimTokenFor(journey, emailAddress, credentialId)
      const claimUrl = `${journey.server.url}/claim/${encodeURIComponent(token)}`

      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(claimUrl)
      await page.getByRole('heading', { level: 1, name: 'Claim your credential' }).waitFor()
      await page.getByRole('heading', { name: 'Create an account and claim' }).waitFor()
      expect(await page.getByRole('main').textContent()).toContain(emailAddress)
      await expectNoAxeViolations(page)
      await screenshot(page, 'claim-sign-up-en')

      // The password rule is told on the field, and what was typed stays.
      await page.getByLabel('Your name').fill('Noora Uusi')
      await page.getByLabel('Password', { exact: true }).fill('too-short')
      await page.getByRole('button', { name: 'Create the account and claim' }).click()
      const passwordField = page.getByLabel('Password', { exact: true })
      await expect.poll(() => passwordField.getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#claim-password-error').textContent()).toBe(
        'The password must have at least 12 characters.',
      )
      expect(await passwordField.getAttribute('aria-describedby')).toContain('claim-password-error')
      expect(await page.getByLabel('Your name').inputValue()).toBe('Noora Uusi')
      await expectNoAxeViolations(page)
      await screenshot(page, 'claim-sign-up-error-en')

      await passwordField.fill('noora-salasana-2026')
      await page.getByRole('button', { name: 'Create the account and claim' }).click()
      await page.waitForURL(`${journey.server.url}/my/credentials/${credentialId}`)
      await page.getByText('The credential is now yours.').waitFor()
      await page.getByRole('banner').getByRole('link', { name: 'Noora Uusi' }).waitFor()
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      await page.locator('.verification-qr svg').waitFor()
      await page.getByText('No end date').waitFor()
      expect(await page.getByRole('main').textContent()).toContain('Noora Uusi')
      await expectNoAxeViolations(page)
      await screenshot(page, 'my-credential-en')

      const jsonHref = await page
        .getByRole('link', { name: 'Download the credential (JSON file)' })
        .getAttribute('href')
      const json = await page.request.get(`${journey.server.url}${jsonHref}`)
      expect(json.status()).toBe(200)
      expect(json.headers()['content-type']).toContain('application/vc+ld+json')
      expect(((await json.json()) as { id: string }).id).toBe(`urn:uuid:${credentialId}`)

      const pdfHref = await page
        .getByRole('link', { name: 'Download the certificate (PDF)' })
        .getAttribute('href')
      expect(pdfHref).toBe(`/api/credentials/${credentialId}/certificate.pdf?language=en`)
      const pdf = await page.request.get(`${journey.server.url}${pdfHref}`)
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()['content-type']).toBe('application/pdf')
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

      const linkedIn = new URL(
        (await page
          .getByRole('link', { name: 'Add to your LinkedIn profile' })
          .getAttribute('href')) ?? '',
      )
      expect(linkedIn.origin + linkedIn.pathname).toBe('https://www.linkedin.com/profile/add')
      expect(linkedIn.searchParams.get('startTask')).toBe('CERTIFICATION_NAME')
      expect(linkedIn.searchParams.get('certId')).toBe(credentialId)
      expect(linkedIn.searchParams.get('certUrl')).toBe(
        `${journey.server.url}/verify/${credentialId}`,
      )

      await page.getByRole('button', { name: 'Create a wallet offer' }).click()
      await page.getByRole('img', { name: 'QR code of the wallet offer' }).waitFor()
      await page.locator('.learner-offer .verification-qr svg').waitFor()
      const offerHref = await page
        .getByRole('link', { name: 'Open the offer in a wallet app' })
        .getAttribute('href')
      expect(offerHref).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/)
      expect(await page.locator('.learner-offer').textContent()).toContain('(10 minutes)')
      await expectNoAxeViolations(page)
      await screenshot(page, 'my-credential-wallet-en')

      await page.getByRole('link', { name: 'Back to my credentials' }).click()
      await page.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor()
      await page.locator('.learner-card').first().waitFor()
      expect(await page.locator('.learner-card').count()).toBe(1)
      await expectNoAxeViolations(page)
      await screenshot(page, 'my-credentials-en')

      // The link works once: used, it explains itself and whom to ask.
      await page.goto(claimUrl)
      await page.getByRole('heading', { level: 1, name: 'The claim link does not work' }).waitFor()
      expect(await page.getByRole('main').textContent()).toContain('send you a new link')
      await expectNoAxeViolations(page)
      await screenshot(page, 'claim-invalid-en')
      await page.context().close()
    }, 90_000)

    it('a learner with an account signs in on the claim page and claims there', async () => {
      const credentialId = await issueWithClaimLink(registrar, versionId, {
        name: 'Sanni Laine',
        emailAddress: 'learner@demo.osaamo.fi',
      })
      const token = await claimTokenFor(journey, 'learner@demo.osaamo.fi', credentialId)
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/claim/${encodeURIComponent(token)}`)
      await page.getByRole('heading', { name: 'Sign in to claim' }).waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, 'claim-sign-in-en')
      await page.getByLabel('E-mail address').fill('learner@demo.osaamo.fi')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('button', { name: 'Claim the credential' }).waitFor()
      expect(page.url()).toContain('/claim/')
      await expectNoAxeViolations(page)
      await screenshot(page, 'claim-signed-in-en')
      await page.getByRole('button', { name: 'Claim the credential' }).click()
      await page.waitForURL(`${journey.server.url}/my/credentials/${credentialId}`)
      await page.getByText('The credential is now yours.').waitFor()
      await page.context().close()
    })

    it('asks a signed-out reader of /my/credentials to sign in, and then shows the list', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/my/credentials`)
      await page.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor()
      await page.getByText('You are not signed in. Sign in to see your credentials.').waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, 'my-credentials-signed-out-en')
      await page.getByLabel('E-mail address').fill('learner@demo.osaamo.fi')
      await page.getByLabel('Password').fill(password)
      await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await page.locator('.learner-card').first().waitFor()
      expect(page.url()).toBe(`${journey.server.url}/my/credentials`)
      // Her studies: the demo data's Python course, passed, with its credential.
      const studies = page.getByRole('region', { name: 'My studies' })
      await studies.getByText('Completed with grade 4', { exact: false }).waitFor()
      await studies
        .getByRole('link', { name: 'Credential: Programming basics with Python' })
        .waitFor()
      // Her skills profile: the credential's ESCO skills and its credits.
      const skills = page.getByRole('region', { name: 'My skills' })
      // (Five from the demo's Python course, more when an earlier test gave her another.)
      await skills.getByText(/^\d+ ECTS credits in all, from credentials that verify\.$/).waitFor()
      await skills.getByText(/^EQF level 6: \d+ ECTS credits$/).waitFor()
      expect(await skills.getByRole('listitem').count()).toBeGreaterThan(1)
      await expectNoAxeViolations(page)
      await page.goto(`${journey.server.url}/my/credentials/00000000-0000-4000-8000-000000000000`)
      await page.getByRole('heading', { level: 1, name: 'Credential not found' }).waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, 'my-credential-not-found-en')
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      "has no axe violations on the claim and the learner's pages in %s, also at 360 px",
      async (language) => {
        for (const viewport of [undefined, { width: 360, height: 740 }]) {
          const suffix = `${language}${viewport === undefined ? '' : '-360'}`
          const emailAddress = `uusi.${suffix}@example.fi`
          const credentialId = await issueWithClaimLink(registrar, versionId, {
            name: 'Aada Uusi',
            emailAddress,
          })
          const token = await claimTokenFor(journey, emailAddress, credentialId)
          const page = await newPage(journey.browser, {
            locale: locales[language],
            ...(viewport === undefined ? {} : { viewport }),
          })
          await page.goto(`${journey.server.url}/claim/${encodeURIComponent(token)}`)
          await page.getByRole('heading', { level: 1, name: claimTitle[language] }).waitFor()
          expect(await page.getAttribute('html', 'lang')).toBe(language)
          await page.locator('#claim-displayName').waitFor()
          await expectNoAxeViolations(page)
          await screenshot(page, `claim-${suffix}`)

          await page.locator('#claim-displayName').fill('Aada Uusi')
          await page.locator('#claim-password').fill('aada-salasana-2026')
          await page.locator('#claim-password').press('Enter')
          await page.waitForURL(/\/my\/credentials\/[0-9a-f-]{36}$/)
          await page.locator('.verification-verdict').waitFor()
          await page.locator('.verification-qr svg').waitFor()
          await expectNoAxeViolations(page)
          await screenshot(page, `my-credential-${suffix}`)

          await page.goto(`${journey.server.url}/my/credentials`)
          await page.getByRole('heading', { level: 1, name: listTitle[language] }).waitFor()
          await page.locator('.learner-card').first().waitFor()
          await expectNoAxeViolations(page)
          await screenshot(page, `my-credentials-${suffix}`)
          if (viewport !== undefined) {
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            )
            expect(overflow).toBeLessThanOrEqual(0)
          }
          await page.context().close()
        }
      },
      90_000,
    )

    it('claims by signing up with the keyboard alone', async () => {
      const emailAddress = 'keyboard.user@example.fi'
      const credentialId = await issueWithClaimLink(registrar, versionId, {
        name: 'Kalle Näppäin',
        emailAddress,
      })
      const token = await claimTokenFor(journey, emailAddress, credentialId)
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/claim/${encodeURIComponent(token)}`)
      await page.locator('#claim-displayName').waitFor()
      for (let presses = 0; presses < 30; presses += 1) {
        await page.keyboard.press('Tab')
        if ((await page.evaluate(() => document.activeElement?.id)) === 'claim-displayName') {
          break
        }
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-displayName')
      await page.keyboard.type('Kalle Näppäin')
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('claim-password')
      await page.keyboard.type('kalle-salasana-2026')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.waitForURL(`${journey.server.url}/my/credentials/${credentialId}`)
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe("the claim flow and the learner's credentials in Chromium", () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
