import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { testDatabases } from '../support/test-databases.js'
import { closedCohort, followRun, type IssuingRunBody, postIssuingRun } from './cohort-fixtures.js'

type OfferingCredentialBody = {
  id: string
  enrolmentId: string
  displayName: string
  studentNumber: string | null
  state: 'active' | 'suspended' | 'revoked'
  issuedAt: string
  statusChangedAt: string | null
  statusReason: string | null
  claimedAt: string | null
}

describe.each(testDatabases)(
  'an offering’s issued credentials on the $name database',
  (database) => {
    let testApp: TestApp
    let registrar: SignedIn
    let learner: SignedIn
    let partner: SignedIn

    beforeAll(async () => {
      testApp = await buildTestApp(database, { logLevel: 'error' }, { startsWorkers: true })
      registrar = await signIn(testApp.app, 'registrar@demo.osaamo.fi')
      learner = await signIn(testApp.app, 'learner@demo.osaamo.fi')
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const list = (offeringId: string, as: SignedIn | undefined) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/offerings/${offeringId}/credentials`,
        headers: as === undefined ? {} : asPerson(as),
      })

    it('lists each passed learner’s credential with name, student number, state, reason and claim', async () => {
      const cohort = await closedCohort(testApp.app, registrar, {
        learners: 4,
        failEvery: 4,
        label: 'lista',
      })
      const before = await list(cohort.offeringId, registrar)
      expect(before.statusCode).toBe(200)
      expect(before.json()).toEqual({ items: [] })

      const run = (
        await postIssuingRun(testApp.app, registrar, cohort.offeringId)
      ).json<IssuingRunBody>()
      await followRun(testApp.app, registrar, run.id)

      const issued = (await list(cohort.offeringId, registrar)).json<{
        items: OfferingCredentialBody[]
      }>().items
      expect(issued.map((item) => [item.displayName, item.studentNumber, item.state])).toEqual([
        ['Oppija lista 1', '100000', 'active'],
        ['Oppija lista 2', '100001', 'active'],
        ['Oppija lista 3', '100002', 'active'],
      ])
      expect(issued.every((item) => item.claimedAt === null && item.statusReason === null)).toBe(
        true,
      )
      const [first, second] = issued
      if (first === undefined || second === undefined) {
        throw new Error('expected credentials')
      }

      // A status change and a used claim link show at once.
      const revoked = await testApp.app.inject({
        method: 'POST',
        url: `/api/credentials/${first.id}/revoke`,
        headers: asPerson(registrar),
        payload: { reason: 'Arvosana korjattiin' },
      })
      expect(revoked.statusCode, revoked.body).toBe(200)
      const stores = testApp.osaamo.deps.stores
      const claim = await stores.credentialClaims.findByCredential(second.id)
      if (claim === undefined) {
        throw new Error('expected a claim link')
      }
      const learnerPerson = await stores.people.findEmailAddress('learner@demo.osaamo.fi')
      const claimedAt = new Date('2026-12-01T10:00:00.000Z')
      expect(
        await stores.credentialClaims.markClaimed(
          claim.id,
          learnerPerson?.personId ?? '',
          claimedAt,
        ),
      ).toBe(true)

      const after = (await list(cohort.offeringId, registrar)).json<{
        items: OfferingCredentialBody[]
      }>().items
      expect(after[0]).toMatchObject({
        id: first.id,
        state: 'revoked',
        statusReason: 'Arvosana korjattiin',
      })
      expect(after[0]?.statusChangedAt).not.toBeNull()
      expect(after[1]).toMatchObject({
        id: second.id,
        state: 'active',
        claimedAt: claimedAt.toISOString(),
      })
    })

    it('is for the registrars and admins of the offering’s organisation only', async () => {
      const cohort = await closedCohort(testApp.app, registrar, { learners: 1, label: 'pääsy' })
      expect((await list(cohort.offeringId, undefined)).statusCode).toBe(401)
      expect((await list(cohort.offeringId, learner)).statusCode).toBe(403)
      expect((await list(cohort.offeringId, partner)).statusCode).toBe(403)
      const admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      expect((await list(cohort.offeringId, admin)).statusCode).toBe(200)
      const unknown = await list('00000000-0000-4000-8000-999999999999', registrar)
      expect(unknown.statusCode).toBe(404)
      expect(unknown.json()).toMatchObject({ code: 'OFFERING_NOT_FOUND' })
      expect((await list('not-a-uuid', registrar)).statusCode).toBe(400)
    })
  },
)
