import {
  type JsonObject,
  toAuthorizationServerMetadata,
  toCredentialIssuerMetadata,
} from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * This installation's OpenID4VCI credential issuer metadata and, as the issuer is its own
 * authorization server, its OAuth authorization server metadata. Public.
 * @see OpenID4VCI 1.0 §12.2, RFC 8414 §2
 */
export function getCredentialIssuerMetadata(deps: Pick<Deps, 'publicUrl'>): {
  credentialIssuer: JsonObject
  authorizationServer: JsonObject
} {
  return {
    credentialIssuer: toCredentialIssuerMetadata(deps.publicUrl),
    authorizationServer: toAuthorizationServerMetadata(deps.publicUrl),
  }
}
