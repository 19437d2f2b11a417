import { type Actor, AppError, requirePerson } from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'
import { requireOidc } from './require-oidc.js'

/**
 * Links a provider account to the signed-in person, who thereby consents: they signed in with
 * their own password, and hold the link token that the single sign-on gave their browser. A
 * token for someone else, unknown or expired, is OIDC_LINK_NOT_FOUND alike. Starts no session:
 * the person is signed in already.
 */
export async function confirmOidcLink(
  deps: Pick<Deps, 'clock' | 'secrets' | 'transaction' | 'oidc'>,
  actor: Actor,
  linkToken: string,
): Promise<void> {
  requireOidc(deps)
  const { personId } = requirePerson(actor)
  const now = deps.clock.now()
  await deps.transaction(async (stores) => {
    const link = await stores.oidc.findPendingLink(deps.secrets.sha256Hex(linkToken))
    if (link === undefined || link.expiresAt <= now || link.personId !== personId) {
      throw new AppError('OIDC_LINK_NOT_FOUND')
    }
    await stores.oidc.deletePendingLink(link.id)
    await stores.oidc.linkIdentity({
      issuer: link.issuer,
      subject: link.subject,
      personId,
      linkedAt: now,
    })
    await recordAudit(deps, stores, actor, {
      action: 'oidc-identity.linked',
      subject: { personId },
    })
  })
}
