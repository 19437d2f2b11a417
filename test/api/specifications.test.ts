import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { system } from '../../src/core/index.js'
import { verifyAuditLog } from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { asPerson, type SignedIn, signIn } from '../support/sign-in.js'
import { completeSpecificationContent } from '../support/specification-content.js'
import { testDatabases } from '../support/test-databases.js'

describe.each(testDatabases)(
  'designing and reviewing a micro-credential on the $name database',
  (database) => {
    let testApp: TestApp
    let designer: SignedIn
    let reviewer: SignedIn
    let admin: SignedIn
    let partner: SignedIn
    let versionId: string

    beforeAll(async () => {
      testApp = await buildTestApp(database)
      designer = await signIn(testApp.app, 'designer@demo.osaamo.fi')
      reviewer = await signIn(testApp.app, 'reviewer@demo.osaamo.fi')
      admin = await signIn(testApp.app, 'admin@demo.osaamo.fi')
      partner = await signIn(testApp.app, 'partner@demo.osaamo.fi')
    })
    afterAll(async () => {
      await testApp?.close()
    })

    const transition = (as: SignedIn | undefined, action: string, reason?: string) =>
      testApp.app.inject({
        method: 'POST',
        url: `/api/specification-versions/${versionId}/transitions`,
        headers: as === undefined ? {} : asPerson(as),
        payload: reason === undefined ? { action } : { action, reason },
      })
    const get = (as?: SignedIn) =>
      testApp.app.inject({
        method: 'GET',
        url: `/api/specification-versions/${versionId}`,
        headers: as === undefined ? {} : { cookie: as.cookie },
      })

    it('saves an incomplete draft with every problem listed, and the designer’s organisation as awarding body', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/organisations/kaarnala-open/specifications',
        headers: asPerson(designer),
        payload: { content: { title: { fi: 'Ohjelmoinnin perusteet' } } },
      })
      expect(response.statusCode).toBe(201)
      const body = response.json<{
        version: { id: string; status: string; content: { awardingBodyIds: string[] } }
        problems: { code: string }[]
      }>()
      versionId = body.version.id
      expect(body.version.status).toBe('draft')
      expect(body.version.content.awardingBodyIds).toHaveLength(1)
      expect(body.problems.map((problem) => problem.code)).toEqual(
        expect.arrayContaining([
          'learning-outcomes-missing',
          'ects-missing',
          'eqf-level-missing',
          'quality-assurance-missing',
        ]),
      )
    })

    it('keeps a draft with blocking problems out of review, naming the problems', async () => {
      const response = await transition(designer, 'submit')
      expect(response.statusCode).toBe(409)
      expect(response.json()).toMatchObject({
        code: 'SPECIFICATION_TRANSITION_NOT_ALLOWED',
        details: { problems: expect.any(Array) },
      })
    })

    it('hides a draft from the public and from partners who were not invited', async () => {
      expect((await get()).statusCode).toBe(404)
      expect((await get(partner)).statusCode).toBe(404)
      expect((await get(reviewer)).statusCode).toBe(200)
    })

    it('refuses a body that does not fit the schema with every problem at once, and changes nothing', async () => {
      const response = await testApp.app.inject({
        method: 'PUT',
        url: `/api/specification-versions/${versionId}`,
        headers: asPerson(designer),
        payload: { content: { ects: 'five', eqfLevel: 'high', colour: 'blue' } },
      })
      expect(response.statusCode).toBe(400)
      expect(
        response.json<{ details: { problems: unknown[] } }>().details.problems.length,
      ).toBeGreaterThanOrEqual(2)
      expect(
        (await get(designer)).json<{ version: { content: { title: object } } }>().version.content
          .title,
      ).toEqual({ fi: 'Ohjelmoinnin perusteet' })
    })

    it('goes through review: submitted, returned with a reason, fixed, approved, published', async () => {
      await testApp.app.inject({
        method: 'PUT',
        url: `/api/specification-versions/${versionId}`,
        headers: asPerson(designer),
        payload: {
          content: {
            ...completeSpecificationContent,
            learningOutcomes: [
              {
                ...completeSpecificationContent.learningOutcomes[0],
                text: { fi: 'Ymmärtää ohjelmoinnin.' },
              },
            ],
          },
        },
      })
      const submitted = await transition(designer, 'submit')
      expect(submitted.json(), submitted.body).toMatchObject({ status: 'in-review' })
      expect((await transition(reviewer, 'return')).json()).toMatchObject({
        code: 'REQUEST_INVALID',
      })
      const returned = await transition(
        reviewer,
        'return',
        'Tavoite 1 ei kerro, mitä oppija osaa tehdä.',
      )
      expect(returned.json()).toMatchObject({ status: 'draft' })

      const fixed = await testApp.app.inject({
        method: 'PUT',
        url: `/api/specification-versions/${versionId}`,
        headers: asPerson(designer),
        payload: { content: completeSpecificationContent },
      })
      expect(fixed.json<{ problems: unknown[] }>().problems).toEqual([])
      const resubmitted = await transition(designer, 'submit')
      expect(resubmitted.json(), resubmitted.body).toMatchObject({ status: 'in-review' })
      expect((await transition(designer, 'approve')).statusCode).toBe(403)
      expect((await transition(reviewer, 'approve')).json()).toMatchObject({ status: 'approved' })
      const published = await transition(admin, 'publish')
      expect(published.json()).toMatchObject({
        status: 'published',
        publishedAt: '2026-11-28T10:00:00.000Z',
        reviewDueAt: '2027-11-28T10:00:00.000Z',
      })

      const reviews = (await get(reviewer)).json<{
        reviews: { decision: string; reasons: string }[]
      }>().reviews
      expect(reviews.map((review) => review.decision)).toEqual(['return', 'approve'])
      expect(reviews[0]?.reasons).toContain('Tavoite 1')
    })

    it('shows a published version to anyone, without the internal reviews', async () => {
      const response = await get()
      expect(response.statusCode).toBe(200)
      expect(response.json()).toMatchObject({ version: { status: 'published' }, reviews: [] })
    })

    it('never changes a published version: editing it is refused, a new version carries the change log', async () => {
      const edit = await testApp.app.inject({
        method: 'PUT',
        url: `/api/specification-versions/${versionId}`,
        headers: asPerson(designer),
        payload: { content: completeSpecificationContent },
      })
      expect(edit.statusCode).toBe(409)
      expect(edit.json()).toMatchObject({ code: 'SPECIFICATION_NOT_EDITABLE' })

      const next = await testApp.app.inject({
        method: 'POST',
        url: `/api/specification-versions/${versionId}/next-version`,
        headers: asPerson(designer),
        payload: { changeLog: 'Lisätty testausosio.' },
      })
      expect(next.statusCode).toBe(201)
      const nextVersion = next.json<{
        specificationId: string
        versionNumber: number
        status: string
      }>()
      expect(nextVersion).toMatchObject({ versionNumber: 2, status: 'draft' })

      const publicHistory = await testApp.app.inject({
        method: 'GET',
        url: `/api/specifications/${nextVersion.specificationId}/versions`,
      })
      expect(
        publicHistory
          .json<{ items: { versionNumber: number }[] }>()
          .items.map((item) => item.versionNumber),
      ).toEqual([1])
      const staffHistory = await testApp.app.inject({
        method: 'GET',
        url: `/api/specifications/${nextVersion.specificationId}/versions`,
        headers: { cookie: designer.cookie },
      })
      expect(
        staffHistory
          .json<{ items: { versionNumber: number }[] }>()
          .items.map((item) => item.versionNumber),
      ).toEqual([1, 2])
    })

    it('answers a step from the wrong state with 409 and the reason', async () => {
      const response = await transition(reviewer, 'approve')
      expect(response.statusCode).toBe(409)
      expect(response.json<{ detail: string }>().detail).toBe(
        'A published version cannot be approved: it must be in-review first.',
      )
    })

    it('retires a published version only with a reason, by an admin', async () => {
      expect((await transition(reviewer, 'retire', 'Vanhentunut')).statusCode).toBe(403)
      expect((await transition(admin, 'retire')).statusCode).toBe(400)
      expect((await transition(admin, 'retire', 'Korvattu versiolla 2.')).json()).toMatchObject({
        status: 'retired',
      })
    })

    it('records every step in an intact audit log', async () => {
      // The demo data's own steps are the system's; this test's steps are people's.
      const actions = (await testApp.osaamo.deps.stores.audit.listAll())
        .filter((entry) => entry.actor.kind !== 'system')
        .map((entry) => entry.action)
        .filter((action) => action.startsWith('specification.'))
      expect(actions).toEqual([
        'specification.created',
        'specification.draft-updated',
        'specification.submit',
        'specification.return',
        'specification.draft-updated',
        'specification.submit',
        'specification.approve',
        'specification.publish',
        'specification.version-started',
        'specification.retire',
      ])
      expect(await verifyAuditLog(testApp.osaamo.deps, system)).toMatchObject({ isIntact: true })
    })

    it('lists the organisation’s specifications for its staff only', async () => {
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: '/api/organisations/kaarnala-open/specifications',
            headers: { cookie: designer.cookie },
          })
        ).statusCode,
      ).toBe(200)
      expect(
        (
          await testApp.app.inject({
            method: 'GET',
            url: '/api/organisations/kaarnala-open/specifications',
            headers: { cookie: partner.cookie },
          })
        ).statusCode,
      ).toBe(403)
    })

    it('validates a specification without saving it', async () => {
      const response = await testApp.app.inject({
        method: 'POST',
        url: '/api/specifications/validate',
        payload: { content: { ects: 80 } },
      })
      expect(
        response.json<{ problems: { code: string }[] }>().problems.map((problem) => problem.code),
      ).toContain('ects-out-of-range')
    })
  },
)
