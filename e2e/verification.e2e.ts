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

const screenshots = new URL('./screenshots/', import.meta.url)
const password = 'osaamo-demo-2026'
const locales = { fi: 'fi-FI', sv: 'sv-SE', en: 'en-GB' } as const
const verifyTitle = {
  fi: 'Tarkista todistus',
  sv: 'Kontrollera ett intyg',
  en: 'Verify a credential',
} as const
const validTitle = {
  fi: 'Todistus on voimassa',
  sv: 'Intyget är giltigt',
  en: 'The credential is valid',
} as const
const checkIds = [
  'format',
  'json-ld',
  'proof',
  'issuer-key',
  'validity-period',
  'status',
  'schema',
  'issuer-trust',
]

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

/** A published version of Kaarnala Open University's demo micro-credentials. */
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

type Issued = { id: string; verifiableCredential: Record<string, unknown> }

async function issue(registrar: Registrar, versionId: string, format?: 'vc+jwt'): Promise<Issued> {
  return (await registrar.post(`/api/specification-versions/${versionId}/credentials`, {
    ...(format === undefined ? {} : { format }),
    learner: { name: 'Sanni Laine', emailAddress: 'learner@demo.osaamo.fi' },
    result: {
      grade: '4',
      assessedAt: '2026-11-20T12:00:00Z',
      identityVerification: 'supervised-with-id-verification',
    },
  })) as Issued
}

async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: new URL(`${name}.png`, screenshots).pathname, fullPage: true })
}

/** Every check's outcome as shown on the page, by check id. */
async function outcomes(page: Page): Promise<Record<string, string>> {
  return page.$$eval('[data-check]', (items) =>
    Object.fromEntries(
      items.map((item) => [item.getAttribute('data-check'), item.getAttribute('data-outcome')]),
    ),
  )
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the public verification page in Chromium',
  () => {
    let journey: BrowserJourney
    let registrar: Registrar
    let credential: Issued
    let revocable: Issued
    let versionId: string

    beforeAll(async () => {
      journey = await startBrowserJourney()
      registrar = await signInRegistrar(journey.browser, journey.server.url)
      versionId = await publishedVersionId(registrar, journey.server.url)
      credential = await issue(registrar, versionId)
      revocable = await issue(registrar, versionId)
    }, 120_000)
    afterAll(async () => {
      await registrar?.close()
      await journey?.close()
    })

    it('verifies a pasted credential: every check passes', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page.getByRole('heading', { level: 1, name: 'Verify a credential' }).waitFor()
      await page
        .getByLabel('Credential or link')
        .fill(JSON.stringify(credential.verifiableCredential, null, 2))
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      expect(await outcomes(page)).toEqual(Object.fromEntries(checkIds.map((id) => [id, 'ok'])))
      expect(await page.locator('.verification-facts').textContent()).toContain('Sanni Laine')
      const verificationUrl = `${journey.server.url}/verify/${credential.id}`
      await page.getByRole('link', { name: verificationUrl }).waitFor()
      await page.getByRole('img', { name: 'QR code of the verification address' }).waitFor()
      await page.locator('.verification-qr svg').waitFor()
      await screenshot(page, 'verify-pasted-valid-en')
      await page.context().close()
    })

    it('explains a tampered credential: the learner name changed, the signature fails', async () => {
      const tampered = structuredClone(credential.verifiableCredential)
      const subject = tampered.credentialSubject as { identifier: Record<string, unknown>[] }
      const name = subject.identifier.find((item) => item.identityType === 'name')
      expect(name?.identityHash).toBe('Sanni Laine')
      if (name !== undefined) {
        name.identityHash = 'Someone Else'
      }
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page.getByLabel('Credential or link').fill(JSON.stringify(tampered))
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.getByRole('heading', { name: 'The credential has been changed' }).waitFor()
      expect(await page.locator('.verification-facts').textContent()).toContain('Someone Else')
      expect((await outcomes(page)).proof).toBe('failed')
      const proof = page.locator('[data-check="proof"]')
      expect(await proof.textContent()).toMatch(/Signature: failed/)
      expect(await proof.locator('.verification-check__message').textContent()).not.toBe('')
      expect(await page.getByRole('main').textContent()).toContain(
        'someone has changed it after it was issued',
      )
      await screenshot(page, 'verify-tampered-en')
      await page.context().close()
    })

    it('verifies a pasted compact VC-JWT and an uploaded credential file', async () => {
      const jwt = await issue(registrar, versionId, 'vc+jwt')
      expect(typeof jwt.verifiableCredential).toBe('string')
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page.getByLabel('Credential or link').fill(String(jwt.verifiableCredential))
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      expect(await page.getByRole('main').textContent()).toContain('VC-JWT (signed JSON Web Token)')
      expect(await page.locator('.verification-facts').textContent()).toContain('Sanni Laine')
      await screenshot(page, 'verify-jwt-en')

      await page.goto(`${journey.server.url}/verify`)
      await page.getByLabel('Or choose a credential file').setInputFiles({
        name: 'credential.json',
        mimeType: 'application/vc+ld+json',
        buffer: Buffer.from(JSON.stringify(credential.verifiableCredential)),
      })
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      expect(await outcomes(page)).toEqual(Object.fromEntries(checkIds.map((id) => [id, 'ok'])))
      await page.context().close()
    })

    it('explains a suspended credential on its verification page', async () => {
      const suspended = await issue(registrar, versionId)
      await registrar.post(`/api/credentials/${suspended.id}/suspend`, {
        reason: 'Under investigation',
      })
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify/${suspended.id}`)
      await page.getByRole('heading', { name: 'The credential is suspended' }).waitFor()
      expect((await outcomes(page)).status).toBe('failed')
      expect(await page.getByRole('main').textContent()).toContain('ask the issuer about it')
      await expectNoAxeViolations(page)
      await screenshot(page, 'verify-id-suspended-en')
      await page.context().close()
    })

    it('says unreadable text is neither a credential nor a link, on the field', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page.getByLabel('Credential or link').fill('{ not json')
      await page.getByRole('button', { name: 'Verify' }).click()
      const field = page.getByLabel('Credential or link')
      await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true')
      expect(await page.locator('#verify-credential-error').textContent()).toContain(
        'neither a JSON credential',
      )
      expect(await field.inputValue()).toBe('{ not json')
      await expectNoAxeViolations(page)
      await screenshot(page, 'verify-error-en')
      await page.context().close()
    })

    it('opens a pasted link to an Osaamo credential as its verification page', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page
        .getByLabel('Credential or link')
        .fill(`${journey.server.url}/verify/${credential.id}`)
      await page.getByRole('button', { name: 'Verify' }).click()
      await page.waitForURL(`${journey.server.url}/verify/${credential.id}`)
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      await page.context().close()
    })

    it('shows /verify/<id> valid, then revoked after the registrar revokes it', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify/${revocable.id}`)
      await page.getByRole('heading', { level: 1, name: 'Credential verification' }).waitFor()
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      expect(Object.values(await outcomes(page)).every((outcome) => outcome === 'ok')).toBe(true)
      // What was achieved and from whom, as the credential states it; never the learner.
      const facts = page.getByRole('region', { name: 'What the credential says' })
      await facts.getByText('Kaarnala').first().waitFor()
      expect(await facts.textContent()).not.toContain('Sanni Laine')
      await screenshot(page, 'verify-id-valid-en')

      await registrar.post(`/api/credentials/${revocable.id}/revoke`, {
        reason: 'Issued in error',
      })
      await page.getByRole('button', { name: 'Check again' }).click()
      await page.getByRole('heading', { name: 'The credential has been revoked' }).waitFor()
      expect((await outcomes(page)).status).toBe('failed')
      expect(await page.locator('[data-check="status"]').textContent()).toMatch(
        /Revocation and suspension: failed/,
      )
      await page.reload()
      await page.getByRole('heading', { name: 'The credential has been revoked' }).waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, 'verify-id-revoked-en')
      await page.context().close()
    })

    it('says clearly that an unknown id is not found', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify/00000000-0000-4000-8000-000000000000`)
      await page.getByRole('heading', { level: 1, name: 'Credential not found' }).waitFor()
      await expectNoAxeViolations(page)
      await screenshot(page, 'verify-not-found-en')
      await page.goto(`${journey.server.url}/verify/not-a-credential`)
      await page.getByRole('heading', { level: 1, name: 'Credential not found' }).waitFor()
      await page.context().close()
    })

    it.each(['fi', 'sv', 'en'] as const)(
      'has no axe violations on the verification pages in %s, also at 360 px',
      async (language) => {
        for (const viewport of [undefined, { width: 360, height: 740 }]) {
          const page = await newPage(journey.browser, {
            locale: locales[language],
            ...(viewport === undefined ? {} : { viewport }),
          })
          const suffix = `${language}${viewport === undefined ? '' : '-360'}`
          await page.goto(`${journey.server.url}/verify`)
          await page.getByRole('heading', { level: 1, name: verifyTitle[language] }).waitFor()
          expect(await page.getAttribute('html', 'lang')).toBe(language)
          await expectNoAxeViolations(page)
          await screenshot(page, `verify-${suffix}`)

          await page
            .locator('#verify-credential')
            .fill(JSON.stringify(credential.verifiableCredential))
          await page.locator('form.verification-form button[type="submit"]').click()
          await page.getByRole('heading', { name: validTitle[language] }).waitFor()
          await page.locator('.verification-qr svg').waitFor()
          await expectNoAxeViolations(page)
          await screenshot(page, `verify-result-${suffix}`)

          await page.goto(`${journey.server.url}/verify/${credential.id}`)
          await page.getByRole('heading', { name: validTitle[language] }).waitFor()
          await page.locator('.verification-qr svg').waitFor()
          await expectNoAxeViolations(page)
          await screenshot(page, `verify-id-${suffix}`)
          if (viewport !== undefined) {
            const overflow = await page.evaluate(
              () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
            )
            expect(overflow).toBeLessThanOrEqual(0)
          }
          await page.context().close()
        }
      },
      60_000,
    )

    it('pastes and verifies with the keyboard alone', async () => {
      const page = await newPage(journey.browser, { locale: 'en-GB' })
      await page.goto(`${journey.server.url}/verify`)
      await page.getByRole('heading', { level: 1, name: 'Verify a credential' }).waitFor()
      for (let presses = 0; presses < 25; presses += 1) {
        await page.keyboard.press('Tab')
        if ((await page.evaluate(() => document.activeElement?.id)) === 'verify-credential') {
          break
        }
      }
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('verify-credential')
      // A paste puts the whole text in at once.
      await page.keyboard.insertText(JSON.stringify(credential.verifiableCredential))
      await page.keyboard.press('Tab')
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verify')
      await page.keyboard.press('Enter')
      await page.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      // The result takes the focus, so that the reader continues from it.
      expect(
        await page.evaluate(() =>
          document.activeElement?.classList.contains('verification-result'),
        ),
      ).toBe(true)
      await page.context().close()
    })
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the public verification page in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
