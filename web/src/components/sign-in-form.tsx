import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../api-client.js'
import { useSession } from '../session.js'

type Failure = { key: string; minutes?: number }

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) {
    if (error.code === 'SIGN_IN_FAILED' || error.status === 401) {
      return { key: 'signIn.failed' }
    }
    if (error.code === 'REQUEST_RATE_LIMITED' || error.status === 429) {
      return {
        key: 'signIn.rateLimited',
        minutes: Math.ceil((error.retryAfterSeconds ?? 900) / 60),
      }
    }
    if (error.code === 'REQUEST_INVALID' || error.status === 400) {
      return { key: 'signIn.invalid' }
    }
  }
  return { key: 'signIn.error' }
}

/** The e-mail address and password form; `onSignedIn` runs once the session has started. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation()
  const { signIn } = useSession()
  const [emailAddress, setEmailAddress] = useState('')
  const [password, setPassword] = useState('')
  const [failure, setFailure] = useState<Failure | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const alertRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (failure !== undefined) {
      alertRef.current?.focus()
    }
  }, [failure])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSending) {
      return
    }
    setIsSending(true)
    setFailure(undefined)
    try {
      await signIn(emailAddress.trim(), password)
      onSignedIn()
    } catch (error) {
      setFailure(failureOf(error))
      setIsSending(false)
    }
  }

  return (
    <>
      {failure !== undefined && (
        <p className="alert" role="alert" tabIndex={-1} ref={alertRef} id="sign-in-error">
          {failure.minutes === undefined
            ? t(failure.key)
            : t(failure.key, { count: failure.minutes })}
        </p>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="field">
          <label htmlFor="sign-in-email">{t('signIn.emailAddress')}</label>
          <input
            id="sign-in-email"
            name="emailAddress"
            type="email"
            autoComplete="username"
            required
            spellCheck={false}
            value={emailAddress}
            onChange={(event) => setEmailAddress(event.target.value)}
            aria-invalid={failure === undefined ? undefined : true}
            aria-describedby={failure === undefined ? undefined : 'sign-in-error'}
          />
        </div>
        <div className="field">
          <label htmlFor="sign-in-password">{t('signIn.password')}</label>
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={failure === undefined ? undefined : true}
            aria-describedby={failure === undefined ? undefined : 'sign-in-error'}
          />
        </div>
        <button className="button" type="submit" aria-disabled={isSending}>
          {isSending ? t('signIn.submitting') : t('signIn.submit')}
        </button>
      </form>
    </>
  )
}
