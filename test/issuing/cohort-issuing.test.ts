import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { postOffering, transition, validOfferingBody } from '../offerings/offering-fixtures.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'
import {
  closedCohort,
  followRun,
  gradedDemoVersion,
  type IssuingRunBody,
  postIssuingRun,
} from './cohort-fixtures.js'

describe.each(testDatabases)('cohort issuing on the $name database', (database) => {
  let testApp: TestApp
  let registrar: SignedIn
  let learner: SignedIn
  let partner: SignedIn

  beforeAll(async () => {
    // The server leg works its jobs through pg-boss, as `osaamo serve` does.
    testApp = await buildTestApp(database, { logLevel: 'error' }, { startsWorkers: true })
    registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
    learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
    partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
  })
  afterAll(async () => {
    await testApp?.close()
  })

  const stores = () => testApp.osaamo.deps.stores

  it('completes, listing the first failures, when more learners than a run keeps cannot be issued', async () => {
    // 104 learners; the first 102 deleted their accounts after grading (no address to mail).
    const cohort = await closedCohort(testApp.app, registrar, { learners: 104, label: 'poistetut' })
    const erased = cohort.emailAddresses.slice(0, 102)
    for (const address of erased) {
      const found = await stores().people.findEmailAddress(address)
      await stores().people.deleteEmailAddresses(found?.personId ?? '')
      await stores().people.erase(found?.personId ?? '', 'Erased person', new Date())
    }
    const run = (
      await postIssuingRun(testApp.app, registrar, cohort.offeringId)
    ).json<IssuingRunBody>()
    const events = await followRun(testApp.app, registrar, run.id)
    const finished = events.at(-1)?.run
    expect(finished).toMatchObject({ state: 'completed', issued: 2 })
    expect(finished?.failures).toHaveLength(100)
    expect(finished?.failures[0]?.message).toContain('no e-mail address')
  }, 120_000)

  it('issues one signed credential with status entries and a claim mail to every passed learner', async () => {
    const cohort = await closedCohort(testApp.app, registrar, { learners: 12, failEvery: 4 })
    expect(cohort.passed).toBe(9)
    const response = await postIssuingRun(testApp.app, registrar, cohort.offeringId)
    expect(response.statusCode).toBe(202)
    const run = response.json<IssuingRunBody>()
    expect(run).toMatchObject({ offeringId: cohort.offeringId, total: 9, alreadyIssued: 0 })
    expect(['queued', 'running', 'completed']).toContain(run.state)

    const events = await followRun(testApp.app, registrar, run.id)
    expect(events.at(-1)).toMatchObject({
      event: 'done',
      run: { state: 'completed', issued: 9, failures: [], progress: { done: 9, percent: 100 } },
    })
    expect(events.slice(0, -1).every((event) => event.event === 'progress')).toBe(true)
    expect(await stores().issuingRuns.countIssued(cohort.offeringId)).toBe(9)

    // Every passed learner's credential: signed, with both status entries, linked to their
    // enrolment, with a claim link to their address; nobody who failed has one.
    const results = await stores().results.listForOffering(cohort.offeringId)
    const passedEnrolmentIds = results
      .filter((result) => result.grade !== '0')
      .map((result) => result.enrolmentId)
    const issued = await stores().issuedCredentials.listForOffering(cohort.offeringId)
    expect(issued.map(({ credential }) => credential.enrolmentId).sort()).toEqual(
      [...passedEnrolmentIds].sort(),
    )
    for (const { credential } of issued) {
      expect(credential.credential.proof).toMatchObject({ cryptosuite: 'eddsa-rdfc-2022' })
      expect(credential.revocation).toBeDefined()
      expect(credential.suspension).toBeDefined()
      const claim = await stores().credentialClaims.findByCredential(credential.id)
      expect(claim?.emailAddress).toMatch(/^oppija-.+@example\.fi$/)
    }
    const verified = await testApp.app.inject({
      method: 'GET',
      url: `/api/offerings/${cohort.offeringId}/issuing-runs`,
      headers: { cookie: registrar.cookie },
    })
    expect(verified.json<{ items: IssuingRunBody[] }>().items.map((item) => item.id)).toEqual([
      run.id,
    ])
  })

  it('never issues a second credential: a run asked again finds everyone issued', async () => {
    const cohort = await closedCohort(testApp.app, registrar, { learners: 5 })
    const first = (
      await postIssuingRun(testApp.app, registrar, cohort.offeringId)
    ).json<IssuingRunBody>()
    await followRun(testApp.app, registrar, first.id)
    const again = await postIssuingRun(testApp.app, registrar, cohort.offeringId)
    expect(again.statusCode).toBe(202)
    const events = await followRun(testApp.app, registrar, again.json<IssuingRunBody>().id)
    expect(events.at(-1)?.run).toMatchObject({
      state: 'completed',
      total: 5,
      alreadyIssued: 5,
      issued: 0,
      progress: { done: 5, percent: 100 },
    })
    expect(await stores().issuingRuns.countIssued(cohort.offeringId)).toBe(5)
  })

  it('answers the run under way when asked twice at once', async () => {
    const cohort = await closedCohort(testApp.app, registrar, { learners: 3 })
    const [a, b] = await Promise.all([
      postIssuingRun(testApp.app, registrar, cohort.offeringId),
      postIssuingRun(testApp.app, registrar, cohort.offeringId),
    ])
    expect([a.statusCode, b.statusCode], `${a.body} ${b.body}`).not.toContain(500)
    const ids = [a, b].map((response) => response.json<IssuingRunBody>().id)
    expect(ids[0]).toBeDefined()
    await followRun(testApp.app, registrar, ids[0] as string)
    // Both asked for the same run, or the second found the first one finished and ran again.
    expect(await stores().issuingRuns.countIssued(cohort.offeringId)).toBe(3)
    expect([a.statusCode, b.statusCode].sort()).toEqual(ids[0] === ids[1] ? [200, 202] : [202, 202])
  })

  it('refuses an offering that is not closed, and creates no run', async () => {
    const version = await gradedDemoVersion(testApp.app, registrar)
    const created = await postOffering(testApp.app, registrar, version.specificationId, {
      ...validOfferingBody,
      seatLimit: null,
    })
    const offeringId = created.json<{ id: string }>().id
    expect((await transition(testApp.app, registrar, offeringId, 'open')).statusCode).toBe(200)
    const response = await postIssuingRun(testApp.app, registrar, offeringId)
    expect(response.statusCode).toBe(409)
    expect(response.json()).toMatchObject({ code: 'OFFERING_NOT_CLOSED' })
    expect(await stores().issuingRuns.listForOffering(offeringId)).toEqual([])
  })

  it('refuses bad options, strangers and people without the role, changing nothing', async () => {
    const cohort = await closedCohort(testApp.app, registrar, { learners: 1 })
    const badFormat = await postIssuingRun(testApp.app, registrar, cohort.offeringId, {
      format: 'rsa',
    })
    expect(badFormat.statusCode).toBe(400)
    expect(badFormat.json()).toMatchObject({ code: 'REQUEST_INVALID' })
    const anonymous = await postIssuingRun(testApp.app, undefined, cohort.offeringId)
    expect(anonymous.statusCode).toBe(401)
    const asLearner = await postIssuingRun(testApp.app, learner, cohort.offeringId)
    expect(asLearner.statusCode).toBe(403)
    const asPartner = await postIssuingRun(testApp.app, partner, cohort.offeringId)
    expect(asPartner.statusCode).toBe(403)
    const unknown = await postIssuingRun(
      testApp.app,
      registrar,
      '00000000-0000-4000-8000-999999999999',
    )
    expect(unknown.statusCode).toBe(404)
    expect(await stores().issuingRuns.listForOffering(cohort.offeringId)).toEqual([])

    const run = (
      await postIssuingRun(testApp.app, registrar, cohort.offeringId)
    ).json<IssuingRunBody>()
    await followRun(testApp.app, registrar, run.id)
    for (const [as, status] of [
      [learner, 404],
      [partner, 404],
    ] as const) {
      const seen = await testApp.app.inject({
        method: 'GET',
        url: `/api/issuing-runs/${run.id}`,
        headers: asPerson(as),
      })
      expect(seen.statusCode).toBe(status)
    }
    const anonymousRun = await testApp.app.inject({
      method: 'GET',
      url: `/api/issuing-runs/${run.id}`,
    })
    expect(anonymousRun.statusCode).toBe(401)
    const events = await testApp.app.inject({
      method: 'GET',
      url: `/api/issuing-runs/${run.id}/events`,
      headers: { cookie: learner.cookie },
    })
    expect(events.statusCode).toBe(404)
    expect(events.json()).toMatchObject({ code: 'ISSUING_RUN_NOT_FOUND' })
  })
})
