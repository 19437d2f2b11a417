import { AppError, type OidcClient } from '../core/index.js'
import type { Deps } from './deps.js'

/** The installation's OpenID provider, or OIDC_NOT_CONFIGURED when it has none. */
export function requireOidc(deps: Pick<Deps, 'oidc'>): OidcClient {
  if (deps.oidc === undefined) {
    throw new AppError('OIDC_NOT_CONFIGURED')
  }
  return deps.oidc
}
