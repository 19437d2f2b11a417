import { type Actor, credentialFileName, credentialNamesOf } from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableCredential } from './get-readable-credential.js'

/** A signed credential as a file to save: its bytes, media type and a name to save it under. */
export type CredentialDownload = {
  readonly fileName: string
  readonly mediaType: 'application/vc+ld+json' | 'application/vc+jwt'
  readonly content: string
}

/**
 * The signed credential as issued, to keep or hand to a wallet or verifier: a Data Integrity
 * credential as JSON-LD, a VC-JWT as its compact JWT. For the learner it is linked to and the
 * staff of the issuing organisation ({@link getReadableCredential}).
 * @see https://www.w3.org/TR/vc-jose-cose/#media-types (application/vc+jwt)
 */
export async function downloadIssuedCredential(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  credentialId: string,
): Promise<CredentialDownload> {
  const issued = await getReadableCredential(deps, actor, credentialId)
  const { achievementName } = credentialNamesOf(issued.credential, 'fi')
  if (issued.jwt !== undefined) {
    return {
      fileName: credentialFileName(achievementName, issued.id, 'jwt'),
      mediaType: 'application/vc+jwt',
      content: issued.jwt,
    }
  }
  return {
    fileName: credentialFileName(achievementName, issued.id, 'json'),
    mediaType: 'application/vc+ld+json',
    content: `${JSON.stringify(issued.credential, null, 2)}\n`,
  }
}
