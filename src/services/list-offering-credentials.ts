import { type Actor, type IssuedCredential, requireRole } from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableOffering, offeringManagerRoles } from './offering-access.js'

/** A credential issued for one of an offering's enrolments, with the learner it was issued to. */
export type OfferingCredentialItem = {
  readonly credential: IssuedCredential
  readonly enrolmentId: string
  readonly displayName: string
  readonly studentNumber: string | undefined
  /** When the learner used the claim link; undefined while it is unused. */
  readonly claimedAt: Date | undefined
}

/**
 * The credentials issued for an offering's enrolments, in the order of enrolment, for registrars
 * and admins of its organisation: what a registrar revokes, suspends or reinstates from.
 */
export async function listOfferingCredentials(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  offeringId: string,
): Promise<OfferingCredentialItem[]> {
  const offering = await getReadableOffering(deps.stores, actor, offeringId)
  requireRole(actor, offering.organisationId, offeringManagerRoles)
  const issued = await deps.stores.issuedCredentials.listForOffering(offering.id)
  const enrolments = new Map(
    (await deps.stores.enrolments.listForOffering(offering.id)).map((enrolment) => [
      enrolment.id,
      enrolment,
    ]),
  )
  const names = new Map<string, string>()
  const items: OfferingCredentialItem[] = []
  for (const { credential, claimedAt } of issued) {
    const enrolment =
      credential.enrolmentId === undefined ? undefined : enrolments.get(credential.enrolmentId)
    if (enrolment === undefined) {
      continue
    }
    let displayName = names.get(enrolment.personId)
    if (displayName === undefined) {
      displayName = (await deps.stores.people.findById(enrolment.personId))?.displayName ?? ''
      names.set(enrolment.personId, displayName)
    }
    items.push({
      credential,
      enrolmentId: enrolment.id,
      displayName,
      studentNumber: enrolment.studentNumber,
      claimedAt,
    })
  }
  return items
}
