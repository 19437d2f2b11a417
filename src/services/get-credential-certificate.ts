import {
  type Actor,
  AppError,
  certificateVerificationUrl,
  isOpenBadgeCredential,
  type Language,
  toCertificateContent,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableCredential } from './get-readable-credential.js'

/** A printable certificate: the PDF and the title to name its file after. */
export type CredentialCertificate = { readonly title: string; readonly pdf: Uint8Array }

/**
 * The printable PDF certificate of an issued Open Badge, in Finnish, Swedish or English, with a
 * QR code to the credential's public verification page. For the staff of the issuing organisation
 * and for the learner the credential is linked to ({@link getReadableCredential}). A credential
 * that is not an OpenBadgeCredential (one signed through the VC API, say) has none:
 * CREDENTIAL_INVALID.
 */
export async function getCredentialCertificate(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'certificateRenderer'>,
  actor: Actor,
  credentialId: string,
  language: Language,
): Promise<CredentialCertificate> {
  const issued = await getReadableCredential(deps, actor, credentialId)
  // For a VC-JWT, the stored credential is the JWT's payload, the claims it signs.
  if (!isOpenBadgeCredential(issued.credential)) {
    throw new AppError(
      'CREDENTIAL_INVALID',
      'Only an Open Badges credential (OpenBadgeCredential) has a printable certificate.',
    )
  }
  const content = toCertificateContent(
    issued.credential,
    language,
    certificateVerificationUrl(deps.publicUrl, issued.id),
  )
  return { title: content.title, pdf: await deps.certificateRenderer.render(content) }
}
