import {
  type CredentialStatusAction,
  certificateVerificationUrl,
  credentialNamesOf,
  type IssuedCredential,
  type Stores,
  toCredentialStatusMail,
} from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * Tells the learner that their credential was revoked, suspended or reinstated, and why: a mail
 * in the caller's transaction (the status change's), so that the mail goes only if the change
 * lands. It goes to the address the claim link went to, in the claim's language, or else to the
 * learner's first verified address in Finnish; a credential with neither mails no one.
 */
export async function notifyCredentialStatus(
  deps: Pick<Deps, 'clock' | 'ids' | 'publicUrl'>,
  stores: Stores,
  change: { credential: IssuedCredential; action: CredentialStatusAction; reason: string },
): Promise<void> {
  const { credential } = change
  const claim = await stores.credentialClaims.findByCredential(credential.id)
  const recipient =
    claim?.emailAddress ??
    (credential.learnerPersonId === undefined
      ? undefined
      : (await stores.people.listEmailAddresses(credential.learnerPersonId)).find(
          (address) => address.verifiedAt !== undefined,
        )?.address)
  if (recipient === undefined) {
    return
  }
  const language = claim?.language ?? 'fi'
  await stores.mailOutbox.enqueue({
    id: deps.ids.newId(),
    recipient,
    createdAt: deps.clock.now(),
    ...toCredentialStatusMail(language, {
      ...credentialNamesOf(credential.credential, language),
      action: change.action,
      reason: change.reason,
      verificationUrl: certificateVerificationUrl(deps.publicUrl, credential.id),
    }),
  })
}
