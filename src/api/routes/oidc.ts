import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyBaseLogger, FastifyReply } from 'fastify'
import { Type } from 'typebox'
import { type ErrorCode, isAppError, oidcPolicy } from '../../core/index.js'
import {
  confirmOidcLink,
  type Deps,
  declineOidcLink,
  finishOidcSignIn,
  startOidcSignIn,
} from '../../services/index.js'
import { setSessionCookie } from '../authentication.js'
import { problemResponse } from '../problem.js'

const stateCookieName = 'osaamo_oidc_state'
const callbackPath = '/api/auth/oidc/callback'

const LinkTokenBody = Type.Object({
  token: Type.String({
    minLength: 1,
    maxLength: 200,
    description: 'The link token from /sign-in/link?token=…',
  }),
})

/**
 * Single sign-on through the installation's OpenID provider (authorization code with PKCE).
 * `start` and `callback` are browser navigations: they always answer with a redirect, to the
 * provider, to the account, to the consent page or back to `/sign-in?error=<code>`, never with
 * a JSON document the person would be left looking at.
 */
export const oidcRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; isSecure: boolean }> = async (
  app,
  { deps, isSecure },
) => {
  app.get(
    '/api/auth/oidc',
    {
      schema: {
        tags: ['identity'],
        summary: 'Whether single sign-on is set up here, and the label of its button',
        response: {
          200: Type.Object({
            isEnabled: Type.Boolean(),
            name: Type.Union([Type.String(), Type.Null()], {
              description: 'The provider’s name to show, e.g. "Kaarnala SSO"',
            }),
          }),
        },
      },
    },
    async () => ({ isEnabled: deps.oidc !== undefined, name: deps.oidc?.name ?? null }),
  )

  app.get(
    '/api/auth/oidc/start',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Start single sign-on: redirects to the provider, or to /sign-in?error=<code> when that is not possible',
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      try {
        const { authorizationUrl, state } = await startOidcSignIn(deps)
        // Binds the flow to this browser, so that a callback URL planted by someone else fails.
        void reply.setCookie(stateCookieName, state, {
          httpOnly: true,
          sameSite: 'lax',
          secure: isSecure,
          path: callbackPath,
          maxAge: oidcPolicy.flowLifetimeMs / 1000,
        })
        return reply.redirect(authorizationUrl, 302)
      } catch (error) {
        return redirectToSignIn(reply, request.log, error)
      }
    },
  )

  app.get(
    callbackPath,
    {
      schema: {
        tags: ['identity'],
        summary:
          'Where the provider sends the browser back: signs in and redirects to /account, to /sign-in/link?token=… when an existing account must consent to the link, or to /sign-in?error=<code>',
        querystring: Type.Object(
          {
            state: Type.Optional(Type.String({ maxLength: 1000 })),
            code: Type.Optional(Type.String({ maxLength: 4000 })),
            error: Type.Optional(Type.String({ maxLength: 1000 })),
          },
          { additionalProperties: true },
        ),
        response: { 302: Type.Null() },
      },
    },
    async (request, reply) => {
      const browserState = request.cookies[stateCookieName]
      void reply.clearCookie(stateCookieName, {
        httpOnly: true,
        sameSite: 'lax',
        secure: isSecure,
        path: callbackPath,
      })
      try {
        const result = await finishOidcSignIn(deps, {
          state: request.query.state ?? '',
          browserState,
          callbackQuery: new URL(request.url, 'http://callback.invalid').search,
        })
        if (result.kind === 'consent-needed') {
          return reply.redirect(`/sign-in/link?token=${encodeURIComponent(result.linkToken)}`, 302)
        }
        setSessionCookie(reply, result.session.token, isSecure)
        return reply.redirect('/account', 302)
      } catch (error) {
        return redirectToSignIn(reply, request.log, error)
      }
    },
  )

  app.post(
    '/api/auth/oidc/link',
    {
      schema: {
        tags: ['identity'],
        summary:
          'Link the single sign-on account waiting for consent to the signed-in person (who signed in with their password)',
        body: LinkTokenBody,
        response: {
          204: Type.Null(),
          401: problemResponse,
          403: problemResponse,
          404: problemResponse,
          409: problemResponse,
        },
      },
    },
    async (request, reply) => {
      await confirmOidcLink(deps, request.actor, request.body.token)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/auth/oidc/link/decline',
    {
      schema: {
        tags: ['identity'],
        summary: 'Do not link the single sign-on account: forgets the pending link',
        body: LinkTokenBody,
        response: { 204: Type.Null(), 403: problemResponse, 404: problemResponse },
      },
    },
    async (request, reply) => {
      await declineOidcLink(deps, request.body.token)
      return reply.status(204).send(null)
    },
  )
}

function redirectToSignIn(
  reply: FastifyReply,
  log: FastifyBaseLogger,
  error: unknown,
): FastifyReply {
  let code: ErrorCode = 'INTERNAL_ERROR'
  if (isAppError(error)) {
    code = error.code
    log.info({ code }, 'single sign-on refused')
  } else {
    log.error({ err: error }, 'single sign-on failed')
  }
  return reply.redirect(`/sign-in?error=${code}`, 302)
}
