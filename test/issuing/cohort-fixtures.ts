import type { FastifyInstance } from 'fastify'
import { expect } from 'vitest'
import {
  type DemoVersion,
  listDemoVersions,
  postOffering,
  transition,
  validOfferingBody,
} from '../offerings/offering-fixtures.js'
import { asPerson, type SignedIn } from '../support/sign-in.js'

/** A closed offering with imported enrolments and results. */
export type ClosedCohort = {
  readonly offeringId: string
  readonly versionId: string
  /** How many learners passed (grade above 0). */
  readonly passed: number
  /** The e-mail addresses of the learners, in enrolment order. */
  readonly emailAddresses: readonly string[]
}

/** The published demo version graded 0–5, which the cohort tests issue from. */
export async function gradedDemoVersion(
  app: FastifyInstance,
  registrar: SignedIn,
): Promise<DemoVersion> {
  const versions = await listDemoVersions(app, registrar)
  const version = versions.find(
    (candidate) => candidate.status === 'published' && candidate.content.gradingScheme === '0-5',
  )
  if (version === undefined) {
    throw new Error('the demo data has no published 0–5 specification')
  }
  return version
}

/**
 * Plans, opens and closes an offering with `learners` learners enrolled and graded by CSV import
 * (as a registrar exports them from Sisu): every `failEvery`-th learner fails with 0.
 */
export async function closedCohort(
  app: FastifyInstance,
  registrar: SignedIn,
  options: { learners: number; failEvery?: number; label?: string },
): Promise<ClosedCohort> {
  const version = await gradedDemoVersion(app, registrar)
  const created = await postOffering(app, registrar, version.specificationId, {
    ...validOfferingBody,
    seatLimit: null,
  })
  expect(created.statusCode).toBe(201)
  const offeringId = created.json<{ id: string }>().id
  expect((await transition(app, registrar, offeringId, 'open')).statusCode).toBe(200)
  const label = options.label ?? offeringId.slice(-6)
  const learners = Array.from({ length: options.learners }, (_, index) => ({
    studentNumber: String(100_000 + index),
    name: `Oppija ${label} ${index + 1}`,
    email: `oppija-${label}-${index + 1}@example.fi`,
    grade:
      options.failEvery !== undefined && (index + 1) % options.failEvery === 0
        ? 0
        : 1 + (index % 5),
  }))
  const enrolments = await app.inject({
    method: 'POST',
    url: `/api/offerings/${offeringId}/enrolments/import`,
    headers: { ...asPerson(registrar), 'content-type': 'text/csv' },
    payload: `student_number,name,email\n${learners.map((l) => `${l.studentNumber},${l.name},${l.email}`).join('\n')}`,
  })
  expect(enrolments.statusCode).toBe(200)
  const results = await app.inject({
    method: 'POST',
    url: `/api/offerings/${offeringId}/results/import`,
    headers: { ...asPerson(registrar), 'content-type': 'text/csv' },
    payload: `student_number,name,email,course_code,grade,date,credits\n${learners
      .map(
        (l) =>
          `${l.studentNumber},${l.name},${l.email},${validOfferingBody.courseCode},${l.grade},2026-11-20,5`,
      )
      .join('\n')}`,
  })
  expect(results.statusCode, results.body).toBe(200)
  expect((await transition(app, registrar, offeringId, 'close')).statusCode).toBe(200)
  return {
    offeringId,
    versionId: version.id,
    passed: learners.filter((learner) => learner.grade > 0).length,
    emailAddresses: learners.map((learner) => learner.email),
  }
}

export type IssuingRunBody = {
  id: string
  offeringId: string
  state: 'queued' | 'running' | 'completed' | 'failed'
  total: number
  issued: number
  alreadyIssued: number
  failures: { enrolmentId: string; message: string }[]
  lastError: string | null
  progress: { done: number; total: number; percent: number }
  links: { self: string; events: string }
}

/** Asks for a cohort run of the offering. */
export function postIssuingRun(
  app: FastifyInstance,
  as: SignedIn | undefined,
  offeringId: string,
  body: Record<string, unknown> = {},
) {
  return app.inject({
    method: 'POST',
    url: `/api/offerings/${offeringId}/issuing-runs`,
    headers: as === undefined ? {} : asPerson(as),
    payload: body,
  })
}

/** Follows the run's event stream to its end and answers the events in order. */
export async function followRun(
  app: FastifyInstance,
  as: SignedIn,
  runId: string,
): Promise<{ event: string; run: IssuingRunBody }[]> {
  const response = await app.inject({
    method: 'GET',
    url: `/api/issuing-runs/${runId}/events`,
    headers: { cookie: as.cookie },
  })
  expect(response.statusCode).toBe(200)
  expect(response.headers['content-type']).toMatch(/^text\/event-stream/)
  return response.body
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1] ?? ''
      const data = /^data: (.+)$/m.exec(block)?.[1] ?? '{}'
      return { event, run: JSON.parse(data) as IssuingRunBody }
    })
}
