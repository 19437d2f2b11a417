import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PageProps } from '../../page-route.js'
import { navigate } from '../../router.js'
import {
  credentialIdOfLink,
  parsePastedCredential,
  type VerificationReport,
  verifyCredential,
} from './api.js'
import { type CredentialFacts, credentialFactsOf } from './credential-facts.js'
import { CredentialFactsView } from './credential-facts-view.js'
import { VerificationLink } from './verification-link.js'
import { VerificationReportView } from './verification-report.js'

type Result =
  | { kind: 'report'; report: VerificationReport; facts: CredentialFacts }
  | { kind: 'error'; key: string }

/** The largest credential file read: a credential is a few kilobytes. */
const maxFileBytes = 1024 * 1024

/** /verify: paste, upload or link a credential and read its verification report. */
export function VerifyPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const [text, setText] = useState('')
  const [fieldError, setFieldError] = useState<string | undefined>(undefined)
  const [result, setResult] = useState<Result | undefined>(undefined)
  const [isVerifying, setIsVerifying] = useState(false)
  const resultRef = useRef<HTMLDivElement>(null)
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (result !== undefined) {
      resultRef.current?.focus()
    }
  }, [result])

  useEffect(() => {
    if (fieldError !== undefined) {
      summaryRef.current?.focus()
    }
  }, [fieldError])

  const verify = async (input: string) => {
    if (isVerifying) {
      return
    }
    setResult(undefined)
    if (input.trim() === '') {
      setFieldError('verification.verify.errorEmpty')
      summaryRef.current?.focus()
      return
    }
    const linkedId = credentialIdOfLink(input)
    if (linkedId !== undefined) {
      navigate(`/verify/${encodeURIComponent(linkedId)}`)
      return
    }
    const parsed = parsePastedCredential(input)
    if (parsed.kind === 'unreadable') {
      setFieldError('verification.verify.errorUnreadable')
      summaryRef.current?.focus()
      return
    }
    setFieldError(undefined)
    setIsVerifying(true)
    try {
      const report = await verifyCredential(parsed.value)
      setResult({ kind: 'report', report, facts: credentialFactsOf(parsed.value, i18n.language) })
    } catch {
      setResult({ kind: 'error', key: 'verification.verify.failed' })
    } finally {
      setIsVerifying(false)
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void verify(text)
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file === undefined) {
      return
    }
    if (file.size > maxFileBytes) {
      setFieldError('verification.verify.errorFileTooLarge')
      return
    }
    const content = await file.text()
    setText(content)
    await verify(content)
  }

  return (
    <>
      <h1>{t('verification.verify.title')}</h1>
      <p className="lead">{t('verification.verify.lead')}</p>
      {fieldError !== undefined && (
        <div
          className="hds-notification hds-notification--error verification-error-summary"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="verify-error-summary-title"
        >
          <div className="hds-notification__content">
            <div className="hds-notification__label" id="verify-error-summary-title">
              {t('verification.verify.errorSummary')}
            </div>
            <div className="hds-notification__body hds-error-summary__body">
              <ul>
                <li>
                  <a href="#verify-credential">{t(fieldError)}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      )}
      <form className="form verification-form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="verify-credential">{t('verification.verify.label')}</label>
          <p className="hint" id="verify-credential-hint">
            {t('verification.verify.hint')}
          </p>
          <textarea
            id="verify-credential"
            name="credential"
            rows={8}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={fieldError === undefined ? undefined : true}
            aria-describedby={
              fieldError === undefined
                ? 'verify-credential-hint'
                : 'verify-credential-hint verify-credential-error'
            }
          />
          {fieldError !== undefined && (
            <p className="field-error" id="verify-credential-error">
              {t(fieldError)}
            </p>
          )}
        </div>
        <button className="button" type="submit" aria-disabled={isVerifying}>
          {isVerifying ? t('verification.verify.verifying') : t('verification.verify.submit')}
        </button>
      </form>
      <div className="field verification-file">
        <label htmlFor="verify-file">{t('verification.verify.fileLabel')}</label>
        <p className="hint" id="verify-file-hint">
          {t('verification.verify.fileHint')}
        </p>
        <input
          id="verify-file"
          type="file"
          accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json,application/vc+ld+json,application/vc+jwt,text/plain"
          aria-describedby="verify-file-hint"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <div role="status" className="live-region">
        {isVerifying && <p>{t('verification.verify.verifying')}</p>}
      </div>
      <div ref={resultRef} tabIndex={-1} className="verification-result">
        {result?.kind === 'error' && (
          <p className="alert" role="alert">
            {t(result.key)}
          </p>
        )}
        {result?.kind === 'report' && (
          <>
            <h2 className="verification-result__title">{t('verification.verify.resultTitle')}</h2>
            <CredentialFactsView facts={result.facts} />
            <VerificationReportView report={result.report} headingLevel={3} />
          </>
        )}
      </div>
      {result?.kind === 'report' &&
        result.report.verified &&
        isOsaamoCredential(result.report.credentialId) && (
          <VerificationLink credentialId={osaamoId(result.report.credentialId)} />
        )}
    </>
  )
}

/** The credential id of an Osaamo credential is urn:uuid:<id>. */
function osaamoId(credentialId: string | undefined): string {
  return (credentialId ?? '').replace(/^urn:uuid:/, '')
}

function isOsaamoCredential(credentialId: string | undefined): boolean {
  return credentialId !== undefined && /^urn:uuid:[0-9a-f-]{36}$/i.test(credentialId)
}
