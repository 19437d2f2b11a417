import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../session.js'
import { listMyCredentials, type MyCredential } from './api.js'

export type MyCredentialsState =
  | { kind: 'loading' }
  | { kind: 'signed-out' }
  | { kind: 'loaded'; items: MyCredential[] }
  | { kind: 'failed' }

/** The signed-in person's credentials, loaded again when they sign in or change language. */
export function useMyCredentials(): MyCredentialsState {
  const { i18n } = useTranslation()
  const { session } = useSession()
  const [state, setState] = useState<MyCredentialsState>({ kind: 'loading' })
  const personId = session.state === 'signed-in' ? session.person.id : undefined

  useEffect(() => {
    if (session.state === 'loading') {
      setState({ kind: 'loading' })
      return
    }
    if (personId === undefined) {
      setState({ kind: 'signed-out' })
      return
    }
    const controller = new AbortController()
    listMyCredentials(i18n.language, controller.signal).then(
      (answer) => setState({ kind: 'loaded', items: answer.items }),
      () => {
        if (!controller.signal.aborted) {
          setState({ kind: 'failed' })
        }
      },
    )
    return () => controller.abort()
  }, [session.state, personId, i18n.language])

  return state
}
