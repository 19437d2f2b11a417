import {
  type Actor,
  type CredentialState,
  credentialNamesOf,
  type IssuedCredential,
  isOpenBadgeCredential,
  type Language,
  type ProofFormat,
  requirePerson,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** One credential in a learner's own list: what it is, from whom, and where to get it. */
export type MyCredential = {
  readonly id: string
  readonly achievementName: string
  readonly issuerName: string
  readonly issuedAt: Date
  readonly state: CredentialState
  readonly format: ProofFormat
  /** The signed credential as a file (`GET`, same origin). */
  readonly downloadPath: string
  /** The printable certificate, for an Open Badge; undefined for other credentials. */
  readonly certificatePath: string | undefined
}

/**
 * The credentials linked to the signed-in person, newest first: those issued to their account
 * and those they claimed with a link. The start of the portfolio. Names are read from each signed
 * credential, in `language` where a name has several.
 */
export async function listMyCredentials(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  language: Language = 'fi',
): Promise<MyCredential[]> {
  const { personId } = requirePerson(actor)
  const credentials = await deps.stores.issuedCredentials.listForLearner(personId)
  return credentials.map((credential) => toMyCredential(credential, language))
}

/** The learner's summary of one credential. */
export function toMyCredential(credential: IssuedCredential, language: Language): MyCredential {
  const path = `/api/credentials/${credential.id}`
  return {
    id: credential.id,
    ...credentialNamesOf(credential.credential, language),
    issuedAt: credential.issuedAt,
    state: credential.state,
    format: credential.format,
    downloadPath: `${path}/download`,
    certificatePath: isOpenBadgeCredential(credential.credential)
      ? `${path}/certificate.pdf?language=${language}`
      : undefined,
  }
}
