import * as client from 'openid-client'
import { AppError, type OidcClaims, type OidcClient } from '../core/index.js'

export type OidcClientOptions = {
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret: string
  /** The label on the sign-in button. */
  readonly name: string
  /** Where the provider sends the browser back: `${publicUrl}/api/auth/oidc/callback`. */
  readonly redirectUri: string
}

const scope = 'openid email profile'

/**
 * The OidcClient port on `openid-client` (authorization code flow with PKCE, S256). The
 * provider's metadata is discovered on first use, not at start-up, so that Osaamo starts even
 * while the provider is down; a failed discovery is tried again on the next sign-in.
 */
export function createOidcClient(options: OidcClientOptions): OidcClient {
  const issuerUrl = new URL(options.issuer)
  // Plain HTTP only for a provider on this machine (tests, development); config.ts checks that.
  const isLoopbackHttp = issuerUrl.protocol === 'http:'
  let configuration: Promise<client.Configuration> | undefined

  const configure = (): Promise<client.Configuration> => {
    configuration ??= client
      .discovery(
        issuerUrl,
        options.clientId,
        { redirect_uris: [options.redirectUri], response_types: ['code'] },
        client.ClientSecretBasic(options.clientSecret),
        isLoopbackHttp ? { execute: [client.allowInsecureRequests] } : {},
      )
      .catch((error: unknown) => {
        configuration = undefined
        throw new AppError(
          'OIDC_PROVIDER_UNAVAILABLE',
          `The single sign-on service at ${issuerUrl.origin} did not answer its discovery request.`,
          { cause: error },
        )
      })
    return configuration
  }

  return {
    name: options.name,
    async authorizationUrl({ state, nonce, codeVerifier }) {
      const config = await configure()
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: options.redirectUri,
        scope,
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      })
      return url.href
    },
    async exchangeCode({ callbackQuery, state, nonce, codeVerifier }) {
      const config = await configure()
      // The redirect URI comes from configuration, never from the request's Host header.
      const currentUrl = new URL(options.redirectUri)
      currentUrl.search = callbackQuery
      try {
        const tokens = await client.authorizationCodeGrant(config, currentUrl, {
          pkceCodeVerifier: codeVerifier,
          expectedState: state,
          expectedNonce: nonce,
          idTokenExpected: true,
        })
        const idToken = tokens.claims()
        if (idToken === undefined) {
          throw new AppError('OIDC_SIGN_IN_FAILED', 'The provider returned no ID token.')
        }
        // Providers often keep email and name out of the ID token; the UserInfo endpoint has them.
        const userInfo =
          config.serverMetadata().userinfo_endpoint === undefined
            ? undefined
            : await client.fetchUserInfo(config, tokens.access_token, idToken.sub)
        return toClaims(idToken.iss, idToken.sub, { ...idToken, ...userInfo })
      } catch (error) {
        throw toAppError(error)
      }
    },
  }
}

function toClaims(issuer: string, subject: string, claims: Record<string, unknown>): OidcClaims {
  const email = claims.email
  const name = claims.name
  return {
    issuer,
    subject,
    emailAddress: typeof email === 'string' ? email : undefined,
    isEmailVerified: claims.email_verified === true,
    name: typeof name === 'string' ? name : undefined,
  }
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) {
    return error
  }
  if (error instanceof client.AuthorizationResponseError) {
    return new AppError('OIDC_SIGN_IN_FAILED', undefined, { cause: error })
  }
  if (error instanceof client.ResponseBodyError) {
    // The provider answered the token or UserInfo request with an OAuth error (a code used twice,
    // a wrong PKCE verifier): the sign-in fails, the provider is fine.
    return new AppError('OIDC_SIGN_IN_FAILED', undefined, { cause: error })
  }
  // fetch() fails with a plain TypeError when the provider cannot be reached.
  if (error instanceof TypeError && !('code' in error)) {
    return new AppError('OIDC_PROVIDER_UNAVAILABLE', undefined, { cause: error })
  }
  return new AppError('OIDC_SIGN_IN_FAILED', undefined, { cause: error })
}
