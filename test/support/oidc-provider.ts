import { generateKeyPairSync } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { FastifyInstance } from 'fastify'
import Provider, { type JWK } from 'oidc-provider'
import type { OidcSettings } from '../../src/config.js'
import { testPublicUrl } from './compose-for-test.js'

/** The claims an account at the test provider releases. */
export type ProviderAccount = {
  readonly email?: string
  readonly email_verified?: boolean
  readonly name?: string
}

export type TestOidcProvider = {
  /** What Osaamo's configuration must say to use this provider. */
  readonly settings: OidcSettings
  close(): Promise<void>
}

const clientId = 'osaamo-test'
const clientSecret = 'osaamo-test-client-secret'

/**
 * A real OpenID provider (`oidc-provider`) on 127.0.0.1 at a free port, with one confidential
 * client (client_secret_basic, PKCE required) whose redirect URI is the test installation's
 * callback. Its login step is scripted: `/interaction/:uid?as=<subject>` signs in as that
 * account, and consent is given by the first-party grant below, so that a test drives the whole
 * flow with plain HTTP requests.
 */
export async function startOidcProvider(
  accounts: Readonly<Record<string, ProviderAccount>>,
): Promise<TestOidcProvider> {
  let provider: Provider | undefined
  const server: Server = createServer((request, response) => {
    if (provider === undefined) {
      response.writeHead(503).end()
      return
    }
    if (request.url?.startsWith('/interaction/') === true) {
      void finishLogin(provider, request, response)
      return
    }
    void provider.callback()(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${testPublicUrl}/api/auth/oidc/callback`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    jwks: { keys: [{ ...(privateKey.export({ format: 'jwk' }) as JWK), kid: 'test', use: 'sig' }] },
    cookies: { keys: ['osaamo-test-provider-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    interactions: { url: (_context, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_context, subject) => {
      const account = accounts[subject]
      return account === undefined
        ? undefined
        : { accountId: subject, claims: () => ({ sub: subject, ...account }) }
    },
    // Osaamo is a first-party client here: the grant is given without a consent screen.
    loadExistingGrant: async (context) => {
      const accountId = context.oidc.session?.accountId
      const client = context.oidc.client
      if (accountId === undefined || client === undefined) {
        return undefined
      }
      const grant = new context.oidc.provider.Grant({ clientId: client.clientId, accountId })
      grant.addOIDCScope('openid email profile')
      await grant.save()
      return grant
    },
  })

  return {
    settings: { issuer, clientId, clientSecret, name: 'Kaarnala SSO' },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

async function finishLogin(
  provider: Provider,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  try {
    await provider.interactionDetails(request, response)
    const subject = new URL(request.url ?? '/', 'http://provider.invalid').searchParams.get('as')
    await provider.interactionFinished(
      request,
      response,
      subject === null
        ? { error: 'access_denied', error_description: 'the person cancelled' }
        : { login: { accountId: subject } },
      { mergeWithLastSubmission: false },
    )
  } catch (error) {
    response.writeHead(500).end(String(error))
  }
}

/** What Osaamo's callback answered at the end of a single sign-on. */
export type SingleSignOnOutcome = {
  readonly statusCode: number
  readonly location: string
  /** The session cookie (`osaamo_session=…`) when the callback set one. */
  readonly sessionCookie: string | undefined
}

/**
 * Signs in at the provider as `subject` (or cancels there, with `undefined`) the way a browser
 * does: Osaamo's start route, the provider's redirects with its cookies, the scripted login,
 * and back to Osaamo's callback with the state cookie set at the start.
 */
export async function singleSignOn(
  app: FastifyInstance,
  subject: string | undefined,
): Promise<SingleSignOnOutcome> {
  const start = await app.inject({ method: 'GET', url: '/api/auth/oidc/start' })
  if (start.statusCode !== 302) {
    throw new Error(`start answered ${start.statusCode}: ${start.body}`)
  }
  const stateCookie = start.cookies.find((cookie) => cookie.name === 'osaamo_oidc_state')
  let location = String(start.headers.location)
  const providerCookies = new Map<string, string>()
  for (let hop = 0; hop < 10 && !location.startsWith(testPublicUrl); hop += 1) {
    const url = new URL(location)
    if (url.pathname.startsWith('/interaction/') && subject !== undefined) {
      url.searchParams.set('as', subject)
    }
    const response = await fetch(url, {
      redirect: 'manual',
      headers: {
        cookie: [...providerCookies].map(([name, value]) => `${name}=${value}`).join('; '),
      },
    })
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ''] = setCookie.split(';')
      const separator = pair.indexOf('=')
      providerCookies.set(pair.slice(0, separator), pair.slice(separator + 1))
    }
    const next = response.headers.get('location')
    if (next === null) {
      throw new Error(`the provider answered ${response.status}: ${await response.text()}`)
    }
    location = new URL(next, url).href
  }
  if (!location.startsWith(testPublicUrl)) {
    throw new Error(`the provider never sent the browser back to Osaamo (last: ${location})`)
  }
  const callback = await app.inject({
    method: 'GET',
    url: location.slice(testPublicUrl.length),
    headers: stateCookie === undefined ? {} : { cookie: `osaamo_oidc_state=${stateCookie.value}` },
  })
  const session = callback.cookies.find((cookie) => cookie.name === 'osaamo_session')
  return {
    statusCode: callback.statusCode,
    location: String(callback.headers.location),
    sessionCookie: session === undefined ? undefined : `osaamo_session=${session.value}`,
  }
}
