import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import { SignInForm } from '../../components/sign-in-form.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { formatDate } from '../verification/format-date.js'
import {
  type ClaimPreview,
  claimCredential,
  claimWithNewAccount,
  FieldProblemsError,
  getClaimPreview,
} from './api.js'
import '../verification/verification.css'
import './learner.css'

type State =
  | { kind: 'loading' }
  | { kind: 'preview'; preview: ClaimPreview }
  | { kind: 'invalid' }
  | { kind: 'failed' }

/** /claim/:token — the link from the claim mail: see the credential, then claim it. */
export function ClaimPage({ params }: PageProps) {
  const { t } = useTranslation()
  const token = params.token ?? ''
  const [state, setState] = useState<State>({ kind: 'loading' })

  useEffect(() => {
    const controller = new AbortController()
    getClaimPreview(token, controller.signal).then(
      (preview) => setState({ kind: 'preview', preview }),
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState(
            error instanceof ApiError && (error.status === 410 || error.status === 400)
              ? { kind: 'invalid' }
              : { kind: 'failed' },
          )
        }
      },
    )
    return () => controller.abort()
  }, [token])

  if (state.kind === 'invalid') {
    return <InvalidLink />
  }
  if (state.kind === 'failed') {
    return (
      <div className="narrow">
        <h1>{t('learner.claim.title')}</h1>
        <p className="alert" role="alert">
          {t('learner.claim.loadFailed')}
        </p>
      </div>
    )
  }
  if (state.kind === 'loading') {
    return (
      <div className="narrow">
        <h1>{t('learner.claim.title')}</h1>
        <p role="status">{t('learner.claim.loading')}</p>
      </div>
    )
  }
  return (
    <ClaimPreviewView
      token={token}
      preview={state.preview}
      onInvalid={() => setState({ kind: 'invalid' })}
    />
  )
}

function InvalidLink() {
  const { t } = useTranslation()
  return (
    <div className="narrow">
      <h1>{t('learner.claim.invalidTitle')}</h1>
      <p>{t('learner.claim.invalidText')}</p>
      <p>{t('learner.claim.invalidWhom')}</p>
      <p>
        <Link href="/my/credentials">{t('learner.claim.toMyCredentials')}</Link>
      </p>
    </div>
  )
}

function ClaimPreviewView({
  token,
  preview,
  onInvalid,
}: {
  token: string
  preview: ClaimPreview
  onInvalid: () => void
}) {
  const { t, i18n } = useTranslation()
  const { session, csrfToken, setNotice } = useSession()
  const [isClaiming, setIsClaiming] = useState(false)
  const [failureKey, setFailureKey] = useState<string | undefined>(undefined)
  const [wantsSignIn, setWantsSignIn] = useState(preview.hasAccount)
  const failureRef = useRef<HTMLParagraphElement>(null)
  usePageTitle(t('learner.claim.titleWith', { name: preview.achievementName }))

  useEffect(() => {
    if (failureKey !== undefined) {
      failureRef.current?.focus()
    }
  }, [failureKey])

  const done = (credentialId: string) => {
    setNotice({ path: `/my/credentials/${credentialId}`, key: 'learner.claim.claimed' })
    navigate(`/my/credentials/${encodeURIComponent(credentialId)}`)
  }

  const claim = async () => {
    if (isClaiming) {
      return
    }
    setIsClaiming(true)
    setFailureKey(undefined)
    try {
      const answer = await claimCredential(token, csrfToken())
      done(answer.credential.id)
    } catch (error) {
      setIsClaiming(false)
      if (error instanceof ApiError && error.status === 410) {
        onInvalid()
      } else if (error instanceof ApiError && error.status === 403) {
        setFailureKey('learner.claim.forbidden')
      } else {
        setFailureKey('learner.claim.claimFailed')
      }
    }
  }

  return (
    <div className="narrow">
      <h1>{t('learner.claim.title')}</h1>
      <p className="lead">{t('learner.claim.lead')}</p>
      <section className="panel" aria-labelledby="claim-credential-title">
        <h2 id="claim-credential-title">{preview.achievementName}</h2>
        <dl className="verification-dl">
          <div>
            <dt>{t('learner.facts.issuer')}</dt>
            <dd>{preview.issuerName}</dd>
          </div>
          <div>
            <dt>{t('learner.facts.issuedAt')}</dt>
            <dd>{formatDate(preview.issuedAt, i18n.language)}</dd>
          </div>
          <div>
            <dt>{t('learner.claim.sentTo')}</dt>
            <dd>{preview.emailAddress}</dd>
          </div>
          <div>
            <dt>{t('learner.claim.expiresAt')}</dt>
            <dd>{formatDate(preview.expiresAt, i18n.language, true)}</dd>
          </div>
        </dl>
        {preview.state !== 'active' && (
          <p className="notice">{t(`learner.claim.state.${preview.state}`)}</p>
        )}
      </section>

      {failureKey !== undefined && (
        <p className="alert" role="alert" tabIndex={-1} ref={failureRef}>
          {t(failureKey)}
        </p>
      )}

      {session.state === 'loading' && <p role="status">{t('learner.claim.loading')}</p>}

      {session.state === 'signed-in' && (
        <section aria-labelledby="claim-action-title">
          <h2 id="claim-action-title">{t('learner.claim.claimTitle')}</h2>
          <p>{t('learner.claim.claimText', { name: session.person.displayName })}</p>
          <button
            type="button"
            className="button"
            aria-disabled={isClaiming}
            onClick={() => void claim()}
          >
            {isClaiming ? t('learner.claim.claiming') : t('learner.claim.claim')}
          </button>
        </section>
      )}

      {session.state === 'signed-out' && wantsSignIn && (
        <section aria-labelledby="claim-sign-in-title">
          <h2 id="claim-sign-in-title">{t('learner.claim.signInTitle')}</h2>
          <p>{t('learner.claim.signInText', { address: preview.emailAddress })}</p>
          {/* Signed in, the page shows the claim button: the reader stays on the claim. */}
          <SignInForm onSignedIn={() => undefined} />
          {!preview.hasAccount && (
            <p>
              <button type="button" className="link-button" onClick={() => setWantsSignIn(false)}>
                {t('learner.claim.toSignUp')}
              </button>
            </p>
          )}
        </section>
      )}

      {session.state === 'signed-out' && !wantsSignIn && (
        <SignUpForm
          token={token}
          emailAddress={preview.emailAddress}
          onDone={done}
          onInvalid={onInvalid}
          onAccountExists={() => setWantsSignIn(true)}
        />
      )}
    </div>
  )
}

type FieldName = 'displayName' | 'password'

function SignUpForm({
  token,
  emailAddress,
  onDone,
  onInvalid,
  onAccountExists,
}: {
  token: string
  emailAddress: string
  onDone: (credentialId: string) => void
  onInvalid: () => void
  onAccountExists: () => void
}) {
  const { t } = useTranslation()
  const { refresh } = useSession()
  const [displayName, setDisplayName] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({})
  const [failureKey, setFailureKey] = useState<string | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)
  const failureRef = useRef<HTMLParagraphElement>(null)
  const errorCount = Object.keys(errors).length

  useEffect(() => {
    if (errorCount > 0) {
      summaryRef.current?.focus()
    }
  }, [errorCount])

  useEffect(() => {
    if (failureKey !== undefined) {
      failureRef.current?.focus()
    }
  }, [failureKey])

  const check = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {}
    if (displayName.trim() === '' || displayName.trim().length > 200) {
      found.displayName = 'learner.signUp.errorName'
    }
    if (password.length < 12) {
      found.password = 'learner.signUp.errorPasswordShort'
    } else if (password.length > 200) {
      found.password = 'learner.signUp.errorPasswordLong'
    }
    return found
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSending) {
      return
    }
    setFailureKey(undefined)
    const found = check()
    setErrors(found)
    if (Object.keys(found).length > 0) {
      // Shown already (a second try with the same problems): back to it.
      summaryRef.current?.focus()
      return
    }
    setIsSending(true)
    try {
      const answer = await claimWithNewAccount(token, { displayName: displayName.trim(), password })
      await refresh().catch(() => undefined)
      onDone(answer.credential.id)
    } catch (error) {
      setIsSending(false)
      if (error instanceof FieldProblemsError && error.problems.length > 0) {
        const fromServer: Partial<Record<FieldName, string>> = {}
        for (const problem of error.problems) {
          if (problem.path.includes('password')) {
            fromServer.password = problem.message.includes('most')
              ? 'learner.signUp.errorPasswordLong'
              : 'learner.signUp.errorPasswordShort'
          } else if (problem.path.includes('displayName')) {
            fromServer.displayName = 'learner.signUp.errorName'
          }
        }
        setErrors(fromServer)
      } else if (error instanceof ApiError && error.code === 'CLAIM_ACCOUNT_EXISTS') {
        onAccountExists()
      } else if (error instanceof ApiError && error.status === 410) {
        onInvalid()
      } else {
        setFailureKey('learner.signUp.failed')
      }
    }
  }

  const describedBy = (field: FieldName, hint?: string) =>
    [hint, errors[field] === undefined ? undefined : `claim-${field}-error`]
      .filter((id) => id !== undefined)
      .join(' ') || undefined

  return (
    <section aria-labelledby="claim-sign-up-title">
      <h2 id="claim-sign-up-title">{t('learner.signUp.title')}</h2>
      <p>{t('learner.signUp.text', { address: emailAddress })}</p>
      {errorCount > 0 && (
        <div
          className="hds-notification hds-notification--error learner-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="claim-error-summary-title"
        >
          <div className="hds-notification__content">
            <div className="hds-notification__label" id="claim-error-summary-title">
              {t('learner.signUp.errorSummary')}
            </div>
            <div className="hds-notification__body hds-error-summary__body">
              <ul>
                {(['displayName', 'password'] as const).map((field) =>
                  errors[field] === undefined ? null : (
                    <li key={field}>
                      <a href={`#claim-${field}`}>{t(errors[field])}</a>
                    </li>
                  ),
                )}
              </ul>
            </div>
          </div>
        </div>
      )}
      {failureKey !== undefined && (
        <p className="alert" role="alert" tabIndex={-1} ref={failureRef}>
          {t(failureKey)}
        </p>
      )}
      <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
        <div className="field">
          <label htmlFor="claim-displayName">{t('learner.signUp.displayName')}</label>
          <p className="hint" id="claim-displayName-hint">
            {t('learner.signUp.displayNameHint')}
          </p>
          <input
            id="claim-displayName"
            name="displayName"
            type="text"
            autoComplete="name"
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            aria-invalid={errors.displayName === undefined ? undefined : true}
            aria-describedby={describedBy('displayName', 'claim-displayName-hint')}
          />
          {errors.displayName !== undefined && (
            <p className="field-error" id="claim-displayName-error">
              {t(errors.displayName)}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="claim-password">{t('learner.signUp.password')}</label>
          <p className="hint" id="claim-password-hint">
            {t('learner.signUp.passwordHint')}
          </p>
          <input
            id="claim-password"
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={errors.password === undefined ? undefined : true}
            aria-describedby={describedBy('password', 'claim-password-hint')}
          />
          {errors.password !== undefined && (
            <p className="field-error" id="claim-password-error">
              {t(errors.password)}
            </p>
          )}
        </div>
        <button className="button" type="submit" aria-disabled={isSending}>
          {isSending ? t('learner.signUp.submitting') : t('learner.signUp.submit')}
        </button>
      </form>
      <p>
        <button type="button" className="link-button" onClick={onAccountExists}>
          {t('learner.signUp.haveAccount')}
        </button>
      </p>
    </section>
  )
}
