import { AppError } from '../core/index.js'
import type { Deps } from './deps.js'
import { requireOidc } from './require-oidc.js'

/**
 * Drops a pending link without linking anything. Holding the link token is enough: declining
 * only forgets, so the person need not sign in to say no.
 */
export async function declineOidcLink(
  deps: Pick<Deps, 'clock' | 'secrets' | 'stores' | 'oidc'>,
  linkToken: string,
): Promise<void> {
  requireOidc(deps)
  const link = await deps.stores.oidc.findPendingLink(deps.secrets.sha256Hex(linkToken))
  if (link === undefined || link.expiresAt <= deps.clock.now()) {
    throw new AppError('OIDC_LINK_NOT_FOUND')
  }
  await deps.stores.oidc.deletePendingLink(link.id)
}
