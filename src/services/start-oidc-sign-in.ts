import { oidcPolicy } from '../core/index.js'
import type { Deps } from './deps.js'
import { requireOidc } from './require-oidc.js'

/** Where to send the browser, and the state to bind to it (in a short-lived cookie). */
export type OidcSignInStart = { readonly authorizationUrl: string; readonly state: string }

/**
 * Starts signing in through the installation's OpenID provider: stores the flow's PKCE verifier
 * and nonce under a hash of a new random state, in the database so that any Osaamo process can
 * finish it, and returns the provider's authorization URL.
 */
export async function startOidcSignIn(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'stores' | 'oidc'>,
): Promise<OidcSignInStart> {
  const oidc = requireOidc(deps)
  const now = deps.clock.now()
  // 32 random bytes, base64url: 43 characters, a valid PKCE verifier (RFC 7636 §4.1).
  const state = deps.secrets.newToken('')
  const nonce = deps.secrets.newToken('')
  const codeVerifier = deps.secrets.newToken('')
  const authorizationUrl = await oidc.authorizationUrl({ state, nonce, codeVerifier })
  await deps.stores.oidc.deleteExpired(now)
  await deps.stores.oidc.createFlow({
    id: deps.ids.newId(),
    stateHash: deps.secrets.sha256Hex(state),
    codeVerifier,
    nonce,
    createdAt: now,
    expiresAt: new Date(now.getTime() + oidcPolicy.flowLifetimeMs),
  })
  return { authorizationUrl, state }
}
