import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyError } from 'fastify'
import { Type } from 'typebox'
import { AppError, isAppError, preAuthorizedCodeGrantType } from '../../core/index.js'
import {
  type Deps,
  deliverOfferedCredential,
  exchangePreAuthorizedCode,
  getCredentialIssuerMetadata,
} from '../../services/index.js'
import { httpStatusOf } from '../error-status.js'

// The metadata changes only with the installation's address.
const metadataCacheControl = 'public, max-age=300'

const Metadata = Type.Object({}, { additionalProperties: true })

const OAuthError = Type.Object(
  {
    error: Type.String({
      description:
        'invalid_request, invalid_grant, unsupported_grant_type, invalid_token, unknown_credential_configuration, invalid_credential_request or server_error',
    }),
    error_description: Type.String(),
  },
  { description: 'An OAuth 2.0 error (RFC 6749 §5.2, OpenID4VCI 1.0 §8.3.1)' },
)

/**
 * OpenID for Verifiable Credential Issuance 1.0, pre-authorised code flow: the issuer and
 * authorization server metadata (public), the token endpoint and the credential endpoint. The
 * last two answer errors as OAuth JSON, which wallets expect, not as problem documents.
 */
export const oid4vciRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/.well-known/openid-credential-issuer',
    {
      schema: {
        tags: ['credentials'],
        summary: 'OpenID4VCI credential issuer metadata (public)',
        response: { 200: Metadata },
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', metadataCacheControl)
        .header('access-control-allow-origin', '*')
        .send(getCredentialIssuerMetadata(deps).credentialIssuer),
  )
  app.get(
    '/.well-known/oauth-authorization-server',
    {
      schema: {
        tags: ['credentials'],
        summary: 'OAuth authorization server metadata of the credential issuer (public, RFC 8414)',
        response: { 200: Metadata },
      },
    },
    async (_request, reply) =>
      reply
        .header('cache-control', metadataCacheControl)
        .header('access-control-allow-origin', '*')
        .send(getCredentialIssuerMetadata(deps).authorizationServer),
  )
  await app.register(walletEndpoints, { deps })
}

const walletEndpoints: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))))
    },
  )
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const answer = toOAuthError(error, request.routeOptions.url === '/oid4vci/credential')
    if (answer.status >= 500) {
      request.log.error({ err: error }, 'request failed')
    } else {
      request.log.info({ error: answer.error }, 'request refused')
    }
    if (answer.error === 'invalid_token') {
      void reply.header('www-authenticate', 'Bearer error="invalid_token"')
    }
    void reply
      .status(answer.status)
      .header('cache-control', 'no-store')
      .type('application/json; charset=utf-8')
      .send({ error: answer.error, error_description: answer.description })
  })

  app.post(
    '/oid4vci/token',
    {
      schema: {
        tags: ['credentials'],
        summary: 'OpenID4VCI token endpoint: exchange a pre-authorised code for an access token',
        description:
          'application/x-www-form-urlencoded. A code works once and for 10 minutes; 5 wrong transaction codes lock the offer. Errors are OAuth JSON (invalid_request, invalid_grant, unsupported_grant_type), status 400.',
        consumes: ['application/x-www-form-urlencoded'],
        body: Type.Object({
          grant_type: Type.Optional(Type.String({ maxLength: 200 })),
          'pre-authorized_code': Type.Optional(Type.String({ maxLength: 200 })),
          tx_code: Type.Optional(Type.String({ maxLength: 50 })),
        }),
        response: {
          200: Type.Object({
            access_token: Type.String(),
            token_type: Type.Literal('Bearer'),
            expires_in: Type.Integer(),
          }),
          400: OAuthError,
        },
      },
    },
    async (request, reply) => {
      if (!isFormEncoded(request.headers['content-type'])) {
        throw oauthError(
          'invalid_request',
          'Send the token request as application/x-www-form-urlencoded.',
        )
      }
      const body = request.body
      if (body.grant_type === undefined || body.grant_type === '') {
        throw oauthError('invalid_request', 'grant_type is missing.')
      }
      if (body.grant_type !== preAuthorizedCodeGrantType) {
        throw oauthError(
          'unsupported_grant_type',
          `Only ${preAuthorizedCodeGrantType} is supported.`,
        )
      }
      const code = body['pre-authorized_code']
      if (code === undefined || code === '') {
        throw oauthError('invalid_request', 'pre-authorized_code is missing.')
      }
      const token = await exchangePreAuthorizedCode(deps, {
        preAuthorizedCode: code,
        txCode: body.tx_code === undefined || body.tx_code === '' ? undefined : body.tx_code,
      })
      return reply.header('cache-control', 'no-store').send({
        access_token: token.accessToken,
        token_type: 'Bearer' as const,
        expires_in: token.expiresInSeconds,
      })
    },
  )

  app.post(
    '/oid4vci/credential',
    {
      config: { hasOwnAuthorization: true },
      schema: {
        tags: ['credentials'],
        summary: 'OpenID4VCI credential endpoint: the offered credential, once',
        description:
          'Authorization: Bearer <access token from /oid4vci/token>. No proof of a holder key is needed: the credential is delivered as issued. Errors are OAuth JSON: invalid_token (401), unknown_credential_configuration and invalid_credential_request (400).',
        body: Type.Object({
          credential_configuration_id: Type.String({ maxLength: 200 }),
        }),
        response: {
          200: Type.Object({
            credentials: Type.Array(
              Type.Object({
                credential: Type.Union([
                  Type.Object({}, { additionalProperties: true }),
                  Type.String({ description: 'a compact VC-JWT' }),
                ]),
              }),
            ),
          }),
          400: OAuthError,
          401: OAuthError,
        },
      },
    },
    async (request, reply) => {
      const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')
      if (match?.[1] === undefined) {
        throw new AppError(
          'CREDENTIAL_OFFER_TOKEN_INVALID',
          'Send Authorization: Bearer <access token>.',
        )
      }
      const delivered = await deliverOfferedCredential(deps, {
        accessToken: match[1],
        credentialConfigurationId: request.body.credential_configuration_id,
      })
      return reply.header('cache-control', 'no-store').send({ credentials: [delivered] })
    },
  )
}

type OAuthAnswer = { status: number; error: string; description: string }

function oauthError(error: string, description: string): AppError {
  return new AppError('REQUEST_INVALID', description, { details: { oauthError: error } })
}

function isFormEncoded(contentType: string | undefined): boolean {
  return contentType?.split(';')[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded'
}

/** The OAuth error of a failure; a malformed credential request is `invalid_credential_request`. */
function toOAuthError(error: FastifyError, isCredentialEndpoint: boolean): OAuthAnswer {
  const badRequest = isCredentialEndpoint ? 'invalid_credential_request' : 'invalid_request'
  if (isAppError(error)) {
    const given = error.details?.oauthError
    if (typeof given === 'string') {
      return { status: 400, error: given, description: error.message }
    }
    switch (error.code) {
      case 'CREDENTIAL_OFFER_GRANT_INVALID':
        return { status: 400, error: 'invalid_grant', description: error.message }
      case 'CREDENTIAL_OFFER_TOKEN_INVALID':
        return { status: 401, error: 'invalid_token', description: error.message }
      case 'CREDENTIAL_CONFIGURATION_UNKNOWN':
        return {
          status: 400,
          error: 'unknown_credential_configuration',
          description: error.message,
        }
      default: {
        const status = httpStatusOf[error.code]
        return status >= 500
          ? { status, error: 'server_error', description: 'Something went wrong on our side.' }
          : { status: 400, error: badRequest, description: error.message }
      }
    }
  }
  if (error.validation !== undefined || (error.statusCode ?? 500) < 500) {
    return { status: 400, error: badRequest, description: error.message }
  }
  return { status: 500, error: 'server_error', description: 'Something went wrong on our side.' }
}
