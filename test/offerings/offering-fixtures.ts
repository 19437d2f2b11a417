import type { FastifyInstance } from 'fastify'
import { asPerson, type SignedIn } from '../support/sign-in.js'

/** Offering details that pass every check, with the test clock at 2026-11-28T10:00Z. */
export const validOfferingBody = {
  startsOn: '2027-01-18',
  endsOn: '2027-03-12',
  enrolmentOpensAt: '2026-11-01T08:00:00+02:00',
  enrolmentClosesAt: '2027-01-10T23:59:00+02:00',
  seatLimit: 30,
  priceCents: 12000,
  formOfParticipation: 'online',
  languageOfInstruction: 'fi',
  teachers: ['Tuula Opettaja'],
  courseCode: 'KAA-OHJ-101',
}

export type DemoVersion = {
  id: string
  specificationId: string
  versionNumber: number
  status: string
  content: { gradingScheme?: string }
}

/** The demo organisation's specifications as its staff see them (latest version of each). */
export async function listDemoVersions(app: FastifyInstance, as: SignedIn): Promise<DemoVersion[]> {
  const response = await app.inject({
    method: 'GET',
    url: '/api/organisations/kaarnala-open/specifications',
    headers: { cookie: as.cookie },
  })
  return response.json<{ items: DemoVersion[] }>().items
}

/** Plans an offering and answers with the raw response. */
export function postOffering(
  app: FastifyInstance,
  as: SignedIn | undefined,
  specificationId: string,
  body: Record<string, unknown>,
) {
  return app.inject({
    method: 'POST',
    url: `/api/specifications/${specificationId}/offerings`,
    headers: as === undefined ? {} : asPerson(as),
    payload: body,
  })
}

/** Moves an offering on. */
export function transition(
  app: FastifyInstance,
  as: SignedIn | undefined,
  offeringId: string,
  action: string,
) {
  return app.inject({
    method: 'POST',
    url: `/api/offerings/${offeringId}/transitions`,
    headers: as === undefined ? {} : asPerson(as),
    payload: { action },
  })
}
