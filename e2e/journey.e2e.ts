import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  isBrowserAvailable,
  isBrowserRequired,
  startBrowserJourney,
} from './browser.js'
import { claimTokenFor } from './claim-mail.js'
import {
  dateInDays,
  pageErrors,
  password,
  personPage,
  signIn,
  tabTo,
  visitRecorder,
} from './journey-steps.js'

/** The micro-credential the journey designs, in the three languages of its name. */
const title = {
  fi: 'Avoimen datan hallinnointi',
  sv: 'Förvaltning av öppna data',
  en: 'Open data stewardship',
} as const
const searchWord = 'stewardship'
const courseCode = 'KAA-DATA-JOURNEY'
const learner = { name: 'Sanni Laine', emailAddress: 'learner@demo.osaamo.fi' } as const
const revocationReason = 'The result was recorded for the wrong offering.'
// The demo server has no ESCO data: the picker's searches are answered by a stubbed route.
const escoSkill = {
  uri: 'http://data.europa.eu/esco/skill/2b6bfa4b-0b70-4a4b-9b1c-2b3f1e3f7a10',
  preferredLabel: 'manage data',
  matchedLabel: 'manage data',
  type: 'skill',
  score: 1,
}
/** The checks of the verification report, every one of which passes for a valid credential. */
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

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'the whole journey across roles in Chromium: design, review, publish, enrol, issue, claim, verify, revoke',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())
    afterEach(() => {
      expect(pageErrors.splice(0)).toEqual([])
    })

    it('takes one micro-credential from the designer’s draft to the employer’s revoked verification', async () => {
      const url = journey.server.url
      const visited = visitRecorder()

      // 1. The designer, in Finnish, drafts the micro-credential until its checklist is clear.
      const designer = await personPage(journey, { locale: 'fi-FI' })
      await designer.route('**/api/esco/skills?**', (route) =>
        route.fulfill({ json: { items: [escoSkill] } }),
      )
      await signIn(designer, url, 'designer@demo.osaamo.fi')
      await designer.goto(`${url}/design`)
      await designer.getByRole('heading', { level: 1, name: 'Osaamiskokonaisuuteni' }).waitFor()
      await visited(designer, 'designer-list-fi')
      await designer.getByLabel('Osaamiskokonaisuuden nimi').fill(title.fi)
      await designer.getByRole('button', { name: 'Luo luonnos' }).click()
      await designer.waitForURL(/\/design\/versions\/[0-9a-f-]{36}$/)
      const versionId = designer.url().split('/').at(-1) ?? ''
      await designer.getByRole('heading', { level: 1, name: title.fi }).waitFor()
      const checklist = designer.locator('.designer-checklist')
      await checklist.getByText(/virhettä korjattava ennen tarkastusta/).waitFor()
      await visited(designer, 'designer-new-draft-fi')

      await designer.getByLabel('Laajuus (opintopistettä)').fill('5')
      await designer.getByRole('button', { name: 'Lisää osaamistavoite' }).click()
      await designer
        .getByLabel('Mitä oppija osaa (suomi)')
        .fill('Osaa laatia organisaation avoimen datan julkaisusuunnitelman.')
      const combobox = designer.getByRole('combobox', {
        name: 'ESCO-taito kohteelle Osaamistavoite 1',
      })
      await combobox.fill('data')
      await designer.getByRole('option', { name: 'manage data' }).waitFor()
      await combobox.press('ArrowDown')
      await combobox.press('Enter')
      await designer.getByRole('button', { name: 'Poista manage data' }).waitFor()
      await designer.getByLabel('EQF-taso').selectOption({ label: 'EQF-taso 6' })
      await designer.getByRole('group', { name: 'Osallistumistapa' }).getByLabel('Verkossa').check()
      await designer
        .getByRole('group', { name: 'Arviointitapa' })
        .getByLabel('Arvioitu tehtävä')
        .check()
      await designer
        .getByLabel('Arviointiasteikko')
        .selectOption({ label: 'Arvosteluasteikko 0–5' })
      await designer
        .getByLabel('Laadunvarmistuksen tyyppi')
        .fill('Karvin auditoima sisäinen laatujärjestelmä')
      // The names in Swedish and English through the language tabs, for the other readers.
      await designer.getByRole('tab', { name: 'ruotsi' }).click()
      await designer.getByLabel('Nimi (ruotsi)', { exact: true }).fill(title.sv)
      await designer.getByRole('tab', { name: 'englanti' }).click()
      await designer.getByLabel('Nimi (englanti)', { exact: true }).fill(title.en)
      await designer
        .getByLabel('Mitä oppija osaa (englanti)')
        .fill('Can draw up an organisation’s plan for publishing open data.')
      await designer.getByRole('tab', { name: 'suomi' }).click()
      await checklist
        .getByText('Ei virheitä: luonnoksen voi lähettää tarkastettavaksi.')
        .waitFor({ timeout: 30_000 })
      await designer.getByRole('button', { name: 'Tallenna luonnos' }).click()
      await designer.getByText('Luonnos tallennettiin.').waitFor()
      await visited(designer, 'designer-draft-ready-fi')
      await designer.getByRole('button', { name: 'Lähetä tarkastettavaksi' }).click()
      await designer.getByText('Tämä versio on tarkastettavana, eikä sitä voi muokata.').waitFor()
      await visited(designer, 'designer-submitted-fi')
      await designer.context().close()

      // 2. The reviewer, in Swedish, approves it (by keyboard alone) and publishes it.
      const reviewer = await personPage(journey, { locale: 'sv-SE' })
      await signIn(reviewer, url, 'reviewer@demo.osaamo.fi')
      await reviewer.goto(`${url}/review`)
      await reviewer.getByRole('heading', { level: 1, name: 'Granskningskö' }).waitFor()
      await reviewer.getByRole('link', { name: title.sv }).waitFor()
      await visited(reviewer, 'reviewer-queue-sv')
      await reviewer.getByRole('link', { name: title.sv }).click()
      await reviewer.waitForURL(`${url}/review/versions/${versionId}`)
      await reviewer.getByRole('heading', { level: 1, name: title.sv }).waitFor()
      await reviewer.locator('#checklist-title').waitFor()
      await visited(reviewer, 'reviewer-review-sv')
      await tabTo(reviewer, 'Godkänn')
      await reviewer.keyboard.press('Enter')
      await reviewer.getByText('Mikromeriten godkändes.').waitFor()
      await reviewer.getByRole('button', { name: 'Publicera i utbudet' }).click()
      await reviewer.getByText('Mikromeriten publicerades i utbudet.').waitFor()
      await reviewer.getByRole('link', { name: 'Se den i utbudet' }).waitFor()
      await visited(reviewer, 'reviewer-published-sv')
      await reviewer.context().close()

      // 3a. The registrar, at 360 px, plans and opens an offering whose enrolment is open now.
      const registrar = await personPage(journey, {
        locale: 'en-GB',
        viewport: { width: 360, height: 740 },
      })
      await signIn(registrar, url, 'registrar@demo.osaamo.fi')
      await registrar.goto(`${url}/registrar`)
      await registrar.getByRole('heading', { level: 1, name: 'Offerings' }).waitFor()
      await registrar.getByRole('heading', { level: 2, name: 'Plan a new offering' }).waitFor()
      await visited(registrar, 'registrar-offerings-360')
      await registrar.getByLabel('Micro-credential').selectOption({ label: title.en })
      await registrar.getByLabel('Starts on').fill(dateInDays(30))
      await registrar.getByLabel('Ends on').fill(dateInDays(80))
      await registrar.getByLabel('Enrolment opens').fill(`${dateInDays(-1)}T08:00`)
      await registrar.getByLabel('Enrolment closes').fill(`${dateInDays(20)}T23:59`)
      await registrar.getByLabel('Seats').fill('25')
      await registrar.getByLabel('Price').fill('90')
      await registrar.getByLabel('Teachers').fill('Tuula Opettaja')
      await registrar.getByLabel('Course code').fill(courseCode)
      await registrar.getByRole('button', { name: 'Plan the offering' }).click()
      await registrar.waitForURL(/\/registrar\/offerings\/[0-9a-f-]{36}$/)
      const offeringUrl = registrar.url()
      await registrar.getByRole('heading', { level: 1, name: title.en }).waitFor()
      await registrar.getByText('The offering was planned.').waitFor()
      await registrar.getByRole('button', { name: `Open for enrolment: ${title.en}` }).click()
      await registrar
        .locator('.registrar-details')
        .getByText('Open for enrolment', { exact: true })
        .waitFor()
      await visited(registrar, 'registrar-offering-open-360')

      // 3b. The learner, in English, finds it in the catalogue by a word, signs in and enrols.
      const learnerPage = await personPage(journey, { locale: 'en-GB' })
      await learnerPage.goto(`${url}/catalogue`)
      await learnerPage
        .getByRole('heading', { level: 1, name: 'Micro-credential catalogue' })
        .waitFor()
      await learnerPage.getByLabel('Search words').fill(searchWord)
      await learnerPage.getByRole('button', { name: 'Search', exact: true }).click()
      await learnerPage.waitForURL(new RegExp(`/catalogue\\?q=${searchWord}$`))
      const card = learnerPage.getByRole('article').filter({ hasText: title.en })
      await card.getByRole('link', { name: title.en }).waitFor()
      await visited(learnerPage, 'learner-catalogue-search-en')
      await card.getByRole('link', { name: title.en }).click()
      await learnerPage.waitForURL(/\/catalogue\/[0-9a-f-]{36}$/)
      const specificationUrl = learnerPage.url()
      await learnerPage.getByRole('heading', { level: 1, name: title.en }).waitFor()
      await learnerPage.locator('.catalogue-offering').filter({ hasText: courseCode }).waitFor()
      await visited(learnerPage, 'learner-catalogue-page-en')
      await learnerPage.getByRole('link', { name: 'Sign in to enrol' }).first().click()
      await learnerPage.waitForURL(/\/sign-in\?returnTo=/)
      await learnerPage.getByLabel('E-mail address').fill(learner.emailAddress)
      await learnerPage.getByLabel('Password').fill(password)
      await visited(learnerPage, 'learner-sign-in-en')
      await learnerPage.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
      await learnerPage.getByRole('banner').getByRole('link', { name: learner.name }).waitFor()
      if (learnerPage.url() !== specificationUrl) {
        await learnerPage.goto(specificationUrl)
      }
      const offering = learnerPage.locator('.catalogue-offering').filter({ hasText: courseCode })
      await offering.getByRole('button', { name: 'Enrol' }).click()
      const enrolled = offering.locator('.hds-notification--success')
      await enrolled.waitFor()
      expect(await enrolled.textContent()).toContain('You are enrolled')
      await visited(learnerPage, 'learner-enrolled-en')

      // 4. The registrar imports the learner's result, closes the offering and issues the cohort.
      await registrar.reload()
      await registrar.getByRole('rowheader', { name: learner.name }).first().waitFor()
      const resultsCsv = `student_number,name,email,course_code,grade,date,credits\n100001,${learner.name},${learner.emailAddress},${courseCode},5,${dateInDays(-1)},5\n`
      await registrar.getByLabel('Results file (CSV)').setInputFiles({
        name: 'results.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(resultsCsv),
      })
      await registrar.getByRole('button', { name: 'Import results' }).click()
      await registrar.getByText('1 result recorded.').waitFor()
      await visited(registrar, 'registrar-results-imported-360')
      await registrar.getByRole('button', { name: `Close: ${title.en}` }).click()
      await registrar.getByRole('button', { name: `Yes, close: ${title.en}` }).click()
      await registrar.locator('.registrar-details').getByText('Closed', { exact: true }).waitFor()
      await registrar
        .getByRole('button', { name: 'Issue credentials to the passed learners' })
        .click()
      const live = registrar.locator('#issuing-live')
      await expect.poll(() => live.textContent(), { timeout: 60_000 }).toContain('100%')
      expect(await live.textContent()).toMatch(/\b1 credentials? issued/)
      expect(await registrar.locator('#issuing-progress').getAttribute('value')).toBe('100')
      const issuedRow = registrar
        .locator('tr[data-credential-id]', {
          has: registrar.getByRole('rowheader', { name: learner.name }),
        })
        .first()
      await issuedRow.waitFor()
      const credentialId = (await issuedRow.getAttribute('data-credential-id')) ?? ''
      expect(credentialId).toMatch(/^[0-9a-f-]{36}$/)
      await visited(registrar, 'registrar-issued-360')

      // 5. The learner has an account: the credential is theirs already. Open, download, wallet.
      await learnerPage.getByRole('banner').getByRole('link', { name: 'My credentials' }).click()
      await learnerPage.getByRole('heading', { level: 1, name: 'My credentials' }).waitFor()
      // The credential's own card (its name also links from “My studies” and “My skills”).
      const credentialCard = learnerPage.locator('.learner-card').filter({
        has: learnerPage.getByRole('heading', { level: 2, name: title.en }),
      })
      await credentialCard.getByRole('link', { name: title.en }).waitFor()
      await visited(learnerPage, 'learner-my-credentials-en')
      await credentialCard.getByRole('link', { name: title.en }).click()
      await learnerPage.waitForURL(`${url}/my/credentials/${credentialId}`)
      await learnerPage.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      const verificationUrl = `${url}/verify/${credentialId}`
      await learnerPage.getByRole('link', { name: verificationUrl }).waitFor()
      await learnerPage.locator('.verification-qr svg').first().waitFor()
      await visited(learnerPage, 'learner-credential-en')

      const jsonHref = await learnerPage
        .getByRole('link', { name: 'Download the credential (JSON file)' })
        .getAttribute('href')
      const json = await learnerPage.request.get(`${url}${jsonHref}`)
      expect(json.status()).toBe(200)
      expect(json.headers()['content-type']).toContain('application/vc+ld+json')
      expect(((await json.json()) as { id: string }).id).toBe(`urn:uuid:${credentialId}`)
      const pdfHref = await learnerPage
        .getByRole('link', { name: 'Download the certificate (PDF)' })
        .getAttribute('href')
      const pdf = await learnerPage.request.get(`${url}${pdfHref}`)
      expect(pdf.status()).toBe(200)
      expect(pdf.headers()['content-type']).toBe('application/pdf')
      expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')

      await learnerPage.getByRole('button', { name: 'Create a wallet offer' }).click()
      await learnerPage.getByRole('img', { name: 'QR code of the wallet offer' }).waitFor()
      await learnerPage.locator('.learner-offer .verification-qr svg').waitFor()
      expect(
        await learnerPage
          .getByRole('link', { name: 'Open the offer in a wallet app' })
          .getAttribute('href'),
      ).toMatch(/^openid-credential-offer:\/\/\?credential_offer=/)
      await visited(learnerPage, 'learner-wallet-offer-en')

      // The claim link the cohort issuing mailed works for the signed-in learner, too.
      const token = await claimTokenFor(journey, learner.emailAddress, credentialId)
      await learnerPage.goto(`${url}/claim/${encodeURIComponent(token)}`)
      await learnerPage.getByRole('button', { name: 'Claim the credential' }).waitFor()
      await visited(learnerPage, 'learner-claim-en')
      await learnerPage.getByRole('button', { name: 'Claim the credential' }).click()
      await learnerPage.waitForURL(`${url}/my/credentials/${credentialId}`)
      await learnerPage.getByText('The credential is now yours.').waitFor()
      await learnerPage.getByRole('heading', { name: 'The credential is valid' }).waitFor()
      await visited(learnerPage, 'learner-claimed-en')
      await learnerPage.context().close()

      // 6. An employer, signed out and in Finnish, opens the QR code's address: every check passes.
      const employer = await personPage(journey, { locale: 'fi-FI' })
      await employer.goto(verificationUrl)
      await employer.getByRole('heading', { level: 1, name: 'Todistuksen tarkistus' }).waitFor()
      await employer.getByRole('heading', { name: 'Todistus on voimassa' }).waitFor()
      const outcomes = () =>
        employer.$$eval('[data-check]', (items) =>
          Object.fromEntries(
            items.map((item) => [
              item.getAttribute('data-check'),
              item.getAttribute('data-outcome'),
            ]),
          ),
        )
      expect(await outcomes()).toEqual(Object.fromEntries(checkIds.map((id) => [id, 'ok'])))
      expect(await employer.getByRole('main').textContent()).toContain(credentialId)
      await visited(employer, 'employer-verified-fi')

      // The registrar revokes it, with a reason.
      await registrar.goto(offeringUrl)
      await registrar.getByRole('button', { name: `Revoke: ${learner.name}` }).click()
      const dialog = registrar.getByRole('dialog', { name: `Revoke ${learner.name}’s credential` })
      await dialog.waitFor()
      await dialog.getByLabel('Reason').fill(revocationReason)
      await visited(registrar, 'registrar-revoke-dialog-360')
      await dialog.getByRole('button', { name: 'Revoke the credential' }).click()
      await dialog.waitFor({ state: 'detached' })
      await registrar.getByText(`${learner.name} – state of the credential: Revoked.`).waitFor()
      await expect.poll(() => issuedRow.textContent()).toContain(revocationReason)
      await visited(registrar, 'registrar-revoked-360')
      await registrar.context().close()

      // The employer reloads: revoked, with the explanation.
      await employer.reload()
      await employer.getByRole('heading', { name: 'Todistus on peruttu' }).waitFor()
      await employer
        .getByText('Myöntäjä on perunut todistuksen pysyvästi. Se ei enää osoita siinä')
        .waitFor()
      expect((await outcomes()).status).toBe('failed')
      await visited(employer, 'employer-revoked-fi')
      await employer.context().close()
    }, 240_000)
  },
)

if (!isBrowserAvailable && !isBrowserRequired) {
  describe('the whole journey across roles in Chromium', () => {
    it.skip(`is not run here: ${browserSkipReason}`, () => {})
  })
}
