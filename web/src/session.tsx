import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'
import { ApiError, callApi, type Me, type Person } from './api-client.js'

export type Session =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'signed-in'; me: Me | undefined; person: Person; csrfToken: string }

type SessionContextValue = {
  readonly session: Session
  /** Loads the account again from GET /api/me; a 401 means signed out. */
  refresh(): Promise<void>
  signIn(emailAddress: string, password: string): Promise<void>
  signOut(): Promise<void>
  /** Forgets the session after the server has ended it (sign-out everywhere, account deleted). */
  forget(): void
  /** The CSRF token to send with a change, when signed in. */
  csrfToken(): string | undefined
  /** A message for the reader, shown at the top of the page at `path` (then forgotten). */
  readonly notice: Notice | undefined
  setNotice(notice: Notice | undefined): void
}

export type Notice = { readonly path: string; readonly key: string; readonly count?: number }

const SessionContext = createContext<SessionContextValue | undefined>(undefined)

async function loadMe(): Promise<Session> {
  try {
    const me = await callApi<Me>('GET', '/api/me')
    return { state: 'signed-in', me, person: me.person, csrfToken: me.csrfToken }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      return { state: 'signed-out' }
    }
    throw error
  }
}

/** Keeps who is signed in, and their CSRF token, in memory only. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session>({ state: 'loading' })
  const [notice, setNotice] = useState<Notice | undefined>(undefined)

  const refresh = useCallback(async () => {
    setSession(await loadMe())
  }, [])

  useEffect(() => {
    loadMe().then(setSession, () => setSession({ state: 'signed-out' }))
  }, [])

  const signIn = useCallback(async (emailAddress: string, password: string) => {
    const answer = await callApi<{ person: Person; csrfToken: string }>(
      'POST',
      '/api/auth/sign-in',
      { body: { emailAddress, password } },
    )
    setSession({
      state: 'signed-in',
      me: undefined,
      person: answer.person,
      csrfToken: answer.csrfToken,
    })
  }, [])

  const csrfToken = useCallback(
    () => (session.state === 'signed-in' ? session.csrfToken : undefined),
    [session],
  )

  const signOut = useCallback(async () => {
    await callApi('POST', '/api/auth/sign-out', { csrfToken: csrfToken() })
    setSession({ state: 'signed-out' })
  }, [csrfToken])

  const forget = useCallback(() => setSession({ state: 'signed-out' }), [])

  return (
    <SessionContext
      value={{ session, refresh, signIn, signOut, forget, csrfToken, notice, setNotice }}
    >
      {children}
    </SessionContext>
  )
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext)
  if (value === undefined) {
    throw new TypeError('useSession needs a SessionProvider')
  }
  return value
}
