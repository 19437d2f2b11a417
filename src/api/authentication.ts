import cookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply } from 'fastify'
import { type Actor, AppError, anonymous, type Session, sessionPolicy } from '../core/index.js'
import { authenticateApiToken, authenticateSession, type Deps } from '../services/index.js'

export const sessionCookieName = 'osaamo_session'

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: set for every request before its handler runs. */
    actor: Actor
    /** The session behind the cookie, when the actor signed in with one. */
    session: Session | undefined
  }
  interface FastifyContextConfig {
    /** Routes that start a session (sign-in) need no CSRF token. */
    isCsrfExempt?: boolean
    /**
     * Routes that read `Authorization` themselves (the OpenID4VCI credential endpoint, whose
     * bearer tokens are not API tokens) are left anonymous here.
     */
    hasOwnAuthorization?: boolean
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Works out the actor of every request: an `Authorization: Bearer` API token (401 when it is not
 * valid), else the session cookie, else anonymous. A change made with a session cookie must carry
 * the session's CSRF token in `x-csrf-token`; together with SameSite=Lax cookies and JSON-only
 * bodies this keeps other sites from acting for a signed-in person.
 */
export async function installAuthentication(app: FastifyInstance, deps: Deps): Promise<void> {
  await app.register(cookie)
  // Reference values cannot be decorator defaults in Fastify; each request gets its own below.
  app.decorateRequest('actor', null as never)
  app.decorateRequest('session', undefined)

  app.addHook('onRequest', async (request) => {
    request.actor = anonymous
    if (request.routeOptions.config.hasOwnAuthorization === true) {
      return
    }
    const authorization = request.headers.authorization
    if (authorization !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(authorization)
      if (match?.[1] === undefined) {
        throw new AppError(
          'API_TOKEN_INVALID',
          'The Authorization header must be "Bearer <token>".',
        )
      }
      request.actor = await authenticateApiToken(deps, match[1])
      return
    }
    const token = request.cookies[sessionCookieName]
    if (token === undefined) {
      return
    }
    const authenticated = await authenticateSession(deps, token)
    if (authenticated === undefined) {
      return
    }
    const isCsrfExempt = request.routeOptions.config.isCsrfExempt === true
    if (
      !safeMethods.has(request.method) &&
      !isCsrfExempt &&
      request.headers['x-csrf-token'] !== authenticated.session.csrfToken
    ) {
      throw new AppError('CSRF_TOKEN_INVALID')
    }
    request.actor = authenticated.actor
    request.session = authenticated.session
  })
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure under HTTPS. */
export function setSessionCookie(reply: FastifyReply, token: string, isSecure: boolean): void {
  void reply.setCookie(sessionCookieName, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure,
    path: '/',
    maxAge: sessionPolicy.idleLifetimeMs / 1000,
  })
}

export function clearSessionCookie(reply: FastifyReply, isSecure: boolean): void {
  void reply.clearCookie(sessionCookieName, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure,
    path: '/',
  })
}
