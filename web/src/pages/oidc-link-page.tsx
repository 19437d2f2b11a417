import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi } from '../api-client.js'
import { SignInForm } from '../components/sign-in-form.js'
import { navigate } from '../router.js'
import { useSession } from '../session.js'
import { useSingleSignOn } from '../single-sign-on.js'

/**
 * `/sign-in/link?token=…`: single sign-on came back with a verified address that belongs to an
 * existing account. Nothing is linked until the owner signs in with their password and says so.
 */
export function OidcLinkPage() {
  const { t } = useTranslation()
  const { session, csrfToken, setNotice } = useSession()
  const singleSignOn = useSingleSignOn()
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'))
  const [failureKey, setFailureKey] = useState<string | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const alertRef = useRef<HTMLParagraphElement>(null)
  const providerName = singleSignOn?.name ?? t('oidcLink.providerFallback')

  useEffect(() => {
    if (failureKey !== undefined) {
      alertRef.current?.focus()
    }
  }, [failureKey])

  const send = async (path: string, doneKey: string, to: string) => {
    if (isSending || token === null) {
      return
    }
    setIsSending(true)
    setFailureKey(undefined)
    try {
      await callApi('POST', path, { csrfToken: csrfToken(), body: { token } })
      setNotice({ path: to, key: doneKey })
      navigate(to, { replace: true })
    } catch (error) {
      setFailureKey(failureKeyOf(error))
      setIsSending(false)
    }
  }

  if (token === null) {
    return (
      <div className="narrow">
        <h1>{t('oidcLink.title')}</h1>
        <p role="alert">{t('oidcLink.missingToken')}</p>
      </div>
    )
  }

  return (
    <div className="narrow">
      <h1>{t('oidcLink.title')}</h1>
      <p>{t('oidcLink.text', { name: providerName })}</p>
      <p>{t('oidcLink.safety')}</p>
      {failureKey !== undefined && (
        <p className="alert" role="alert" tabIndex={-1} ref={alertRef}>
          {t(failureKey)}
        </p>
      )}
      {session.state === 'signed-in' ? (
        <p>{t('oidcLink.signedInAs', { name: session.person.displayName })}</p>
      ) : (
        <section aria-labelledby="link-sign-in-title">
          <h2 id="link-sign-in-title">{t('oidcLink.signInFirst')}</h2>
          {session.state === 'signed-out' && <SignInForm onSignedIn={() => {}} />}
        </section>
      )}
      <p>
        {session.state === 'signed-in' && (
          <button
            className="button"
            type="button"
            aria-disabled={isSending}
            onClick={() => void send('/api/auth/oidc/link', 'oidcLink.linked', '/account')}
          >
            {t('oidcLink.confirm')}
          </button>
        )}{' '}
        <button
          className="button secondary"
          type="button"
          aria-disabled={isSending}
          onClick={() => void send('/api/auth/oidc/link/decline', 'oidcLink.declined', '/sign-in')}
        >
          {t('oidcLink.decline')}
        </button>
      </p>
    </div>
  )
}

function failureKeyOf(error: unknown): string {
  if (error instanceof ApiError && error.code === 'OIDC_LINK_NOT_FOUND') {
    return 'oidcLink.notFound'
  }
  if (error instanceof ApiError && error.code === 'OIDC_NOT_CONFIGURED') {
    return 'signIn.ssoErrors.OIDC_NOT_CONFIGURED'
  }
  return 'oidcLink.failed'
}
