import { useEffect, useState } from 'react'
import { getJson } from './api-client.js'

/** Whether this installation offers single sign-on, and the provider's name for its button. */
export type SingleSignOn = { isEnabled: boolean; name: string | null }

/** GET /api/auth/oidc, once; undefined until it answers (and if it fails). */
export function useSingleSignOn(): SingleSignOn | undefined {
  const [singleSignOn, setSingleSignOn] = useState<SingleSignOn | undefined>(undefined)
  useEffect(() => {
    const controller = new AbortController()
    getJson<SingleSignOn>('/api/auth/oidc', controller.signal).then(setSingleSignOn, () => {})
    return () => controller.abort()
  }, [])
  return singleSignOn
}

const ssoErrorCodes = [
  'OIDC_EMAIL_UNVERIFIED',
  'OIDC_SIGN_IN_FAILED',
  'OIDC_PROVIDER_UNAVAILABLE',
  'OIDC_NOT_CONFIGURED',
] as const

/** The translation key for the `?error=` code that single sign-on came back with, if any. */
export function ssoErrorKey(search: string): string | undefined {
  const code = new URLSearchParams(search).get('error')
  if (code === null) {
    return undefined
  }
  const known = ssoErrorCodes.find((candidate) => candidate === code)
  return `signIn.ssoErrors.${known ?? 'other'}`
}
