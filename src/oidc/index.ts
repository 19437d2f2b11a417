// The public surface of the OpenID Connect adapter: the OidcClient port on openid-client.
export { createOidcClient, type OidcClientOptions } from './openid-client.js'
