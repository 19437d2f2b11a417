import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { languages } from '../../core/index.js'
import {
  claimCredential,
  claimWithNewAccount,
  type Deps,
  previewClaim,
  resendClaimLink,
} from '../../services/index.js'
import { setSessionCookie } from '../authentication.js'
import { problemResponse } from '../problem.js'
import { MyCredentialSchema, toMyCredentialBody } from './learner-credentials.js'

const TokenParams = Type.Object({ token: Type.String({ minLength: 1, maxLength: 200 }) })
const LanguageSchema = Type.Union(languages.map((code) => Type.Literal(code)))
const ClaimPreviewSchema = Type.Object({
  credentialId: Type.String({ format: 'uuid' }),
  achievementName: Type.String(),
  issuerName: Type.String(),
  issuedAt: Type.String({ format: 'date-time' }),
  state: Type.Union([Type.Literal('active'), Type.Literal('suspended'), Type.Literal('revoked')]),
  emailAddress: Type.String({ description: 'Where the link was sent' }),
  language: LanguageSchema,
  expiresAt: Type.String({ format: 'date-time' }),
  hasAccount: Type.Boolean({
    description: 'The address has an account with a password: offer sign-in rather than sign-up',
  }),
})

/**
 * Claim links: what a link leads to, claiming with it (signed in, or signing up through it), and
 * re-sending one.
 */
export const claimRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; isSecure: boolean }> = async (
  app,
  { deps, isSecure },
) => {
  app.get(
    '/api/claims/:token',
    {
      schema: {
        tags: ['credentials'],
        summary: 'What a claim link leads to, before signing in (public; the token is the secret)',
        description:
          'An unknown, used, expired or replaced link answers 410 CLAIM_LINK_INVALID. Reading changes nothing.',
        params: TokenParams,
        response: { 200: ClaimPreviewSchema, 410: problemResponse },
      },
    },
    async (request, reply) => {
      const preview = await previewClaim(deps, request.params.token)
      void reply.header('cache-control', 'no-store')
      return {
        ...preview,
        issuedAt: preview.issuedAt.toISOString(),
        expiresAt: preview.expiresAt.toISOString(),
      }
    },
  )

  app.post(
    '/api/claims/:token',
    {
      schema: {
        tags: ['credentials'],
        summary: 'Claim the credential into the signed-in person’s portfolio (the link works once)',
        params: TokenParams,
        response: {
          200: Type.Object({ credential: MyCredentialSchema }),
          401: problemResponse,
          403: problemResponse,
          410: problemResponse,
        },
      },
    },
    async (request) => ({
      credential: toMyCredentialBody(
        await claimCredential(deps, request.actor, request.params.token),
      ),
    }),
  )

  app.post(
    '/api/claims/:token/account',
    {
      // Like sign-in, this starts a session: there is no session whose CSRF token it could carry.
      config: { isCsrfExempt: true },
      schema: {
        tags: ['credentials'],
        summary: 'Sign up through a claim link and claim the credential; sets the session cookie',
        description:
          'The link proves the address: a learner imported without a password gets one, an unknown address becomes a new account. An address that has a password account answers 409 CLAIM_ACCOUNT_EXISTS (sign in and claim instead). Nothing is saved unless all of it is.',
        params: TokenParams,
        body: Type.Object({
          displayName: Type.String({ maxLength: 1000 }),
          password: Type.String({ maxLength: 1000, description: '12–200 characters' }),
        }),
        response: {
          201: Type.Object({
            person: Type.Ref('PersonSummary'),
            csrfToken: Type.String(),
            credential: MyCredentialSchema,
          }),
          400: problemResponse,
          409: problemResponse,
          410: problemResponse,
        },
      },
    },
    async (request, reply) => {
      const { session, token, displayName, credential } = await claimWithNewAccount(
        deps,
        request.params.token,
        request.body,
      )
      setSessionCookie(reply, token, isSecure)
      return reply.status(201).send({
        person: { id: session.personId, displayName },
        csrfToken: session.csrfToken,
        credential: toMyCredentialBody(credential),
      })
    },
  )

  app.post(
    '/api/credentials/:credentialId/claim-link',
    {
      schema: {
        tags: ['credentials'],
        summary:
          'Send the credential’s claim link again, with a new token (registrars and admins of the issuing organisation)',
        description:
          'The older link stops working and the new one is valid for 30 days. A credential without a link gets one, to the given address or its learner’s. A claimed credential answers 409 CLAIM_ALREADY_USED.',
        params: Type.Object({ credentialId: Type.String({ maxLength: 100 }) }),
        body: Type.Object({
          emailAddress: Type.Optional(
            Type.String({ maxLength: 254, description: 'A new address to send to' }),
          ),
          language: Type.Optional(LanguageSchema),
        }),
        response: {
          200: Type.Object({
            credentialId: Type.String({ format: 'uuid' }),
            emailAddress: Type.String(),
            language: LanguageSchema,
            expiresAt: Type.String({ format: 'date-time' }),
            sentCount: Type.Integer({ minimum: 1 }),
            lastSentAt: Type.String({ format: 'date-time' }),
          }),
          400: problemResponse,
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          409: problemResponse,
        },
      },
    },
    async (request) => {
      const sent = await resendClaimLink(
        deps,
        request.actor,
        request.params.credentialId,
        request.body,
      )
      return {
        ...sent,
        expiresAt: sent.expiresAt.toISOString(),
        lastSentAt: sent.lastSentAt.toISOString(),
      }
    },
  )
}
