import { type Actor, AppError, requireRole } from '../core/index.js'
import type { Deps } from './deps.js'
import { getOrganisation } from './get-organisation.js'
import { makeSigningKey } from './get-signing-key.js'
import { recordAudit } from './record-audit.js'
import { type SigningKeySummary, toSigningKeySummary } from './signing-key-summary.js'

// A rotation racing another one retires the other's new key and tries again.
const maximumAttempts = 3

/**
 * Retires the organisation's active signing key and makes a new one. The retired key stays in
 * the DID document's assertionMethod, so that credentials signed with it keep verifying; new
 * credentials and status lists are signed with the new key. Admins of the organisation, or the
 * operator (command line).
 */
export async function rotateSigningKey(
  deps: Pick<Deps, 'clock' | 'ids' | 'keyVault' | 'publicUrl' | 'stores' | 'transaction'>,
  actor: Actor,
  organisationSlug: string,
): Promise<{ activeKey: SigningKeySummary; retiredKey: SigningKeySummary | undefined }> {
  const organisation = await getOrganisation(deps, organisationSlug)
  requireRole(actor, organisation.id, ['admin'])
  return deps.transaction(async (stores) => {
    const now = deps.clock.now()
    for (let attempt = 0; attempt < maximumAttempts; attempt += 1) {
      const retired = await stores.signingKeys.retireActive(organisation.id, now)
      const made = await makeSigningKey(deps, stores, organisation.id)
      if (made !== undefined) {
        await recordAudit(deps, stores, actor, {
          action: 'signing-key.rotated',
          organisationId: organisation.id,
          subject: {
            signingKeyId: made.id,
            ...(retired === undefined ? {} : { retiredSigningKeyId: retired.id }),
          },
        })
        return {
          activeKey: toSigningKeySummary(deps.publicUrl, organisation, made),
          retiredKey:
            retired === undefined
              ? undefined
              : toSigningKeySummary(deps.publicUrl, organisation, retired),
        }
      }
    }
    throw new AppError('INTERNAL_ERROR', 'The signing key could not be rotated; try again.')
  })
}
