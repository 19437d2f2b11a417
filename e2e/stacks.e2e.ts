import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type BrowserJourney,
  expectNoAxeViolations,
  isBrowserAvailable,
  isBrowserRequired,
  newPage,
  startBrowserJourney,
} from './browser.js'
import { csrfTokenOf, shoot, signIn } from './journey-steps.js'

/** A page of its own browser context, signed in as the demo person with this address. */
async function signedInPage(journey: BrowserJourney, emailAddress: string): Promise<Page> {
  const page = await newPage(journey.browser, { locale: 'en-GB' })
  await signIn(page, journey.server.url, emailAddress)
  return page
}

describe.skipIf(!isBrowserAvailable && !isBrowserRequired)('stacks in Chromium', () => {
  let journey: BrowserJourney
  beforeAll(async () => {
    journey = await startBrowserJourney()
    // A first start migrates and loads the demo data, cohort issuing included: slow on a busy machine.
  }, 240_000)
  afterAll(() => journey?.close())

  it('shows the learner a stack in progress, then complete, and claims its credential in the default format', async () => {
    const url = journey.server.url
    const learner = await signedInPage(journey, 'learner@demo.osaamo.fi')
    await learner.goto(`${url}/my/stacks`)
    await learner.getByRole('heading', { level: 1, name: 'My stacks' }).waitFor()
    await learner.getByRole('link', { name: 'Software development basics' }).click()
    await learner.getByRole('heading', { level: 1, name: 'Software development basics' }).waitFor()
    // The demo learner holds the Python part: one part done, one missing with its options.
    await learner.getByText('This stack is not complete yet', { exact: false }).waitFor()
    await learner.getByText('You can complete it with:').waitFor()
    await expectNoAxeViolations(learner)
    await shoot(learner, 'stack-progress-en')

    // The missing part through the API, as a registrar issues it after the course.
    const registrar = await signedInPage(journey, 'registrar@demo.osaamo.fi')
    const learnerId = (
      (await (await learner.request.get(`${url}/api/me`)).json()) as {
        person: { id: string }
      }
    ).person.id
    const found = (await (
      await registrar.request.get(
        `${url}/api/catalogue?q=${encodeURIComponent('information security')}`,
      )
    ).json()) as { items: { versionId: string; title: { en?: string } }[] }
    const version = found.items.find(
      (item) => item.title.en === 'Information security for software developers',
    )
    expect(version).toBeDefined()
    const issued = await registrar.request.post(
      `${url}/api/specification-versions/${version?.versionId}/credentials`,
      {
        headers: { 'x-csrf-token': await csrfTokenOf(registrar, url) },
        data: {
          learner: {
            name: 'Sanni Laine',
            emailAddress: 'learner@demo.osaamo.fi',
            personId: learnerId,
          },
          result: {
            grade: '4',
            assessedAt: new Date(Date.now() - 86_400_000).toISOString(),
            identityVerification: 'supervised-with-id-verification',
          },
        },
      },
    )
    expect(issued.status(), await issued.text()).toBe(201)

    await learner.reload()
    await learner.getByText('You have completed this stack.', { exact: false }).waitFor()
    const clr = learner.getByLabel('Comprehensive Learner Record (CLR 2.0) (recommended)')
    expect(await clr.isChecked()).toBe(true)
    await learner.getByText('We recommend the learner record', { exact: false }).waitFor()
    await expectNoAxeViolations(learner)
    await shoot(learner, 'stack-claim-en')
    await learner.getByRole('button', { name: 'Claim the stack credential' }).click()
    await learner.getByRole('link', { name: 'Open your stack credential' }).click()
    await learner.getByRole('heading', { level: 1, name: 'Software development basics' }).waitFor()
    await expectNoAxeViolations(learner)
    await learner.goto(`${url}/my/stacks`)
    await learner.getByText('Stack credential claimed').waitFor()
  })

  it('shows a designer the stacks of the institution and the form to define one', async () => {
    const designer = await signedInPage(journey, 'designer@demo.osaamo.fi')
    await designer.goto(`${journey.server.url}/design/stacks`)
    await designer.getByRole('heading', { level: 1, name: 'Stacks' }).waitFor()
    await designer.getByRole('heading', { level: 3, name: 'Software development basics' }).waitFor()
    await designer.getByRole('heading', { level: 2, name: 'Define a stack' }).waitFor()
    await expectNoAxeViolations(designer)
    await shoot(designer, 'stack-design-en')
  })
})
