import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi } from '../api-client.js'
import { Link } from '../router.js'
import { useSession } from '../session.js'

type Outcome =
  | { state: 'verifying' }
  | { state: 'verified'; emailAddress: string }
  | { state: 'failed'; key: string; hasGuidance: boolean }

/**
 * `/verify-email?token=…`: the link mailed to a new address. The token works once, so it is sent
 * once, even when StrictMode runs the effect twice. No sign-in is needed.
 */
export function VerifyEmailPage() {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const [token] = useState(() => new URLSearchParams(window.location.search).get('token'))
  const [outcome, setOutcome] = useState<Outcome>(() =>
    token === null || token === ''
      ? { state: 'failed', key: 'verifyEmail.missingToken', hasGuidance: false }
      : { state: 'verifying' },
  )
  const hasSent = useRef(false)
  const alertRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (token === null || token === '' || hasSent.current) {
      return
    }
    hasSent.current = true
    callApi<{ emailAddress: string }>('POST', '/api/email-verifications', { body: { token } }).then(
      (answer) => {
        setOutcome({ state: 'verified', emailAddress: answer.emailAddress })
        // A signed-in reader's account page should show the address as verified now.
        refresh().catch(() => undefined)
      },
      (error: unknown) => {
        const isInvalid =
          error instanceof ApiError &&
          (error.code === 'EMAIL_VERIFICATION_INVALID' || error.status === 400)
        setOutcome({
          state: 'failed',
          key: isInvalid ? 'verifyEmail.failed' : 'verifyEmail.error',
          hasGuidance: isInvalid,
        })
      },
    )
  }, [token, refresh])

  useEffect(() => {
    if (outcome.state === 'failed') {
      alertRef.current?.focus()
    }
  }, [outcome])

  return (
    <div className="narrow">
      <h1>{t('verifyEmail.title')}</h1>
      <div role="status" className="live-region">
        {outcome.state === 'verifying' && <p>{t('verifyEmail.verifying')}</p>}
        {outcome.state === 'verified' && (
          <p className="notice">{t('verifyEmail.verified', { address: outcome.emailAddress })}</p>
        )}
      </div>
      {outcome.state === 'failed' && (
        <>
          <p className="alert" role="alert" tabIndex={-1} ref={alertRef}>
            {t(outcome.key)}
          </p>
          {outcome.hasGuidance && <p>{t('verifyEmail.failedGuidance')}</p>}
        </>
      )}
      {outcome.state !== 'verifying' && (
        <p>
          <Link href="/account">{t('verifyEmail.toAccount')}</Link>
        </p>
      )}
    </div>
  )
}
