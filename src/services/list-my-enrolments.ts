import {
  type Actor,
  type LanguageMap,
  type Offering,
  passingGradesOf,
  requirePerson,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** One of the signed-in person's enrolments, with what they need to know about it. */
export type MyEnrolment = {
  readonly id: string
  readonly offering: Offering
  readonly title: LanguageMap
  readonly ects: number | undefined
  readonly organisationName: LanguageMap
  readonly enrolledAt: Date
  /** `self` when they enrolled in Osaamo, `import` when the registrar brought them in. */
  readonly source: 'self' | 'import'
  /** The assessment, once recorded. */
  readonly result: { grade: string; assessedOn: string; isPassed: boolean } | undefined
  /** Their credential for this enrolment, once issued to them. */
  readonly credentialId: string | undefined
}

/**
 * The signed-in person's enrolments, newest first: what they take, when, where it stands, their
 * grade and their credential. A learner's view of their own studies; nobody else's.
 */
export async function listMyEnrolments(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<MyEnrolment[]> {
  const { personId } = requirePerson(actor)
  const { stores } = deps
  const [enrolments, credentials] = await Promise.all([
    stores.enrolments.listForPerson(personId),
    stores.issuedCredentials.listForLearner(personId),
  ])
  const mine: MyEnrolment[] = []
  for (const enrolment of enrolments) {
    const offering = await stores.offerings.findById(enrolment.offeringId)
    const version = offering && (await stores.specifications.findVersion(offering.versionId))
    const organisation = offering && (await stores.organisations.findById(offering.organisationId))
    if (offering === undefined || version === undefined || organisation === undefined) {
      continue
    }
    const result = await stores.results.findForEnrolment(enrolment.id)
    mine.push({
      id: enrolment.id,
      offering,
      title: version.content.title,
      ects: version.content.ects,
      organisationName: organisation.name,
      enrolledAt: enrolment.enrolledAt,
      source: enrolment.source,
      result:
        result === undefined
          ? undefined
          : {
              grade: result.grade,
              assessedOn: result.assessedOn,
              isPassed: passingGradesOf(version.content.gradingScheme).includes(result.grade),
            },
      credentialId: credentials.find((credential) => credential.enrolmentId === enrolment.id)?.id,
    })
  }
  return mine
}
