import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  browserSkipReason,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  startBrowserJourney,
} from './browser.js'
import { csrfTokenOf, personPage, shoot, signIn } from './journey-steps.js'

const pythonSkill = 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d'

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)(
  'recognition of a credential in Chromium',
  () => {
    let journey: BrowserJourney
    beforeAll(async () => {
      journey = await startBrowserJourney()
    }, 90_000)
    afterAll(() => journey?.close())

    it('a learner submits a credential and sees the proposal; a registrar decides otherwise with a justification; the next request shows the precedent', async () => {
      const url = journey.server.url
      const registrar = await personPage(journey, { locale: 'en-GB' })
      await signIn(registrar, url, 'registrar@demo.osaamo.fi')
      const created = await registrar.request.post(
        `${url}/api/organisations/kaarnala-open/recognition-targets`,
        {
          headers: { 'x-csrf-token': await csrfTokenOf(registrar, url) },
          data: {
            code: 'TIE-101',
            name: { fi: 'Ohjelmoinnin perusteet', en: 'Introduction to programming' },
            ects: 5,
            eqfLevel: 6,
            learningOutcomes: [
              'Osaa kirjoittaa Python-ohjelmia, joissa käytetään silmukoita ja funktioita',
              'Osaa testata ohjelmia ja korjata niiden virheet',
            ],
            skillUris: [pythonSkill],
          },
        },
      )
      expect(created.status()).toBe(201)

      // The learner, in Finnish: submits the demo credential and sees the proposal at once.
      const learner = await personPage(journey, { locale: 'fi-FI' })
      await signIn(learner, url, 'learner@demo.osaamo.fi')
      await learner.goto(`${url}/my/recognition`)
      await learner.getByRole('heading', { level: 1, name: 'Osaamiseni hyväksiluku' }).waitFor()
      const credential = learner.getByLabel('Todistus', { exact: true })
      // The demo credential by its name: the decision's record joins the portfolio later.
      const python = credential.locator('option', { hasText: 'Pythonilla' })
      await python.waitFor({ state: 'attached' })
      await credential.selectOption((await python.getAttribute('value')) ?? '')
      await learner.getByLabel('Opintojakso tai tutkinto').selectOption({ index: 1 })
      await learner.getByRole('button', { name: 'Lähetä hakemus' }).click()
      await learner.getByText('Odottaa päätöstä').waitFor()
      await learner.getByText('Ehdotus, perusteet ja ennakkotapaukset').click()
      await learner.getByRole('table', { name: 'Ehdotuksen perusteet painoineen' }).waitFor()
      await expectNoAxeViolations(learner)
      await shoot(learner, 'recognition-learner-fi')

      // The registrar, in English: the queue, the proposal with its reasons, a differing decision.
      await registrar.goto(`${url}/registrar/recognition`)
      await registrar.getByRole('heading', { level: 1, name: 'Recognition requests' }).waitFor()
      await expectNoAxeViolations(registrar)
      await registrar.getByRole('link', { name: 'Sanni Laine' }).click()
      await registrar.getByRole('heading', { level: 1, name: 'Recognition request' }).waitFor()
      await registrar.getByRole('table', { name: /reasons of the proposal/ }).waitFor()
      await registrar.getByText('Matched words:').first().waitFor()
      await registrar.getByText('No earlier decision on this micro-credential.').waitFor()
      await expectNoAxeViolations(registrar)
      await shoot(registrar, 'recognition-registrar-en')
      await registrar.getByLabel(/^Recognise in part/).check()
      await registrar.getByLabel(/ECTS credits granted/).fill('3')
      await registrar.getByRole('button', { name: 'Decide' }).click()
      await registrar
        .getByRole('alert')
        .getByText(/Give a justification/)
        .waitFor()
      await registrar
        .getByLabel(/Justification/)
        .fill('The testing part covers only some of the course’s project work.')
      await registrar.getByRole('button', { name: 'Decide' }).click()
      await registrar.getByText('— differs from the proposal.').waitFor()
      await expectNoAxeViolations(registrar)

      // The learner's next request for the same credential shows the precedent.
      await learner.reload()
      await learner.getByText('Päätetty').waitFor()
      await credential.selectOption((await python.getAttribute('value')) ?? '')
      await learner.getByLabel('Opintojakso tai tutkinto').selectOption({ index: 1 })
      await learner.getByRole('button', { name: 'Lähetä hakemus' }).click()
      await learner.getByText('Odottaa päätöstä').waitFor()
      await learner.getByText('Ehdotus, perusteet ja ennakkotapaukset').first().click()
      await learner
        .getByText('Hyväksiluettu 1 kerran opintojaksoksi TIE-101 Ohjelmoinnin perusteet täällä')
        .first()
        .waitFor()
      await expectNoAxeViolations(learner)
    }, 180_000)
  },
)

describe.skipIf(isBrowserAvailable || isBrowserRequired)('recognition in Chromium', () => {
  it.skip(browserSkipReason, () => undefined)
})
