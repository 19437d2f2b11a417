import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { getCredentialVerification, type VerificationReport } from './api.js'
import { CredentialFactsView } from './credential-facts-view.js'
import { formatDate } from './format-date.js'
import { VerificationLink } from './verification-link.js'
import { VerificationReportView } from './verification-report.js'

type State =
  | { kind: 'loading' }
  | { kind: 'report'; report: VerificationReport; checkedAt: string }
  | { kind: 'not-found' }
  | { kind: 'failed' }

/** /verify/:credentialId — where a certificate's QR code leads: the public report, checked now. */
export function CredentialVerificationPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const credentialId = params.credentialId ?? ''
  const [state, setState] = useState<State>({ kind: 'loading' })
  const [attempt, setAttempt] = useState(0)
  const statusRef = useRef<HTMLDivElement>(null)

  // `attempt` verifies again on request: the status may have changed since.
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the request to verify again
  useEffect(() => {
    const controller = new AbortController()
    setState({ kind: 'loading' })
    getCredentialVerification(credentialId, controller.signal).then(
      (report) =>
        setState({
          kind: 'report',
          report,
          checkedAt: formatDate(new Date().toISOString(), i18n.language, true),
        }),
      (error: unknown) => {
        if (controller.signal.aborted) {
          return
        }
        setState(
          error instanceof ApiError && (error.status === 404 || error.status === 400)
            ? { kind: 'not-found' }
            : { kind: 'failed' },
        )
      },
    )
    return () => controller.abort()
  }, [credentialId, attempt, i18n.language])

  if (state.kind === 'not-found') {
    return (
      <div className="narrow">
        <h1>{t('verification.credential.notFoundTitle')}</h1>
        <p>{t('verification.credential.notFoundText')}</p>
        <p>
          <Link href="/verify">{t('verification.credential.toVerify')}</Link>
        </p>
      </div>
    )
  }

  return (
    <>
      <h1>{t('verification.credential.title')}</h1>
      <p className="lead">{t('verification.credential.lead')}</p>
      <div role="status" className="live-region" ref={statusRef}>
        {state.kind === 'loading' && <p>{t('verification.credential.loading')}</p>}
        {state.kind === 'report' && (
          <p>{t('verification.credential.checkedAt', { time: state.checkedAt })}</p>
        )}
      </div>
      {state.kind === 'failed' && (
        <p className="alert" role="alert">
          {t('verification.credential.failed')}
        </p>
      )}
      {state.kind === 'report' && (
        <>
          <VerificationReportView report={state.report} />
          {state.report.about !== undefined && (
            <CredentialFactsView
              facts={{
                achievementName: state.report.about.achievementName,
                issuerName: state.report.about.issuerName,
                ...(state.report.about.validFrom === undefined
                  ? {}
                  : { validFrom: state.report.about.validFrom }),
                ...(state.report.about.validUntil === undefined
                  ? {}
                  : { validUntil: state.report.about.validUntil }),
              }}
            />
          )}
          <p>
            <button
              type="button"
              className="button secondary"
              onClick={() => setAttempt((count) => count + 1)}
            >
              {t('verification.credential.again')}
            </button>
          </p>
          <VerificationLink credentialId={credentialId} />
        </>
      )}
      <p>
        <Link href="/verify">{t('verification.credential.verifyAnother')}</Link>
      </p>
    </>
  )
}
