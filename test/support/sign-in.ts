import type { FastifyInstance } from 'fastify'
import { demoPassword } from '../../src/services/index.js'

export type SignedIn = {
  readonly cookie: string
  readonly csrfToken: string
  readonly personId: string
}

/** Signs in through the API as a real client would, returning what later requests must send. */
export async function signIn(
  app: FastifyInstance,
  emailAddress: string,
  password = demoPassword,
): Promise<SignedIn> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { emailAddress, password },
  })
  if (response.statusCode !== 200) {
    throw new Error(`sign-in of ${emailAddress} answered ${response.statusCode}: ${response.body}`)
  }
  const setCookie = response.cookies.find((cookie) => cookie.name === 'osaamo_session')
  if (setCookie === undefined) {
    throw new Error('sign-in set no session cookie')
  }
  const body = response.json<{ csrfToken: string; person: { id: string } }>()
  return {
    cookie: `osaamo_session=${setCookie.value}`,
    csrfToken: body.csrfToken,
    personId: body.person.id,
  }
}

/** Headers for a request as the signed-in person, with the CSRF token for changes. */
export function asPerson(signedIn: SignedIn): Record<string, string> {
  return { cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrfToken }
}
