import { useTranslation } from 'react-i18next'
import { inLanguage, type LanguageMap } from '../../api-client.js'
import type { CheckOutcome, VerificationCheck, VerificationReport } from './api.js'
import './verification.css'

/** The check ids the API reports, in the order they run. */
const checkIds = [
  'format',
  'json-ld',
  'proof',
  'issuer-key',
  'validity-period',
  'status',
  'schema',
  'issuer-trust',
] as const

/** What a failing report means for the reader, by the code of its deciding failed check. */
export type Verdict =
  | 'valid'
  | 'revoked'
  | 'suspended'
  | 'expired'
  | 'tampered'
  | 'notYetValid'
  | 'invalid'

const verdictOfCode: Record<string, Verdict> = {
  CREDENTIAL_REVOKED: 'revoked',
  CREDENTIAL_SUSPENDED: 'suspended',
  EXPIRED: 'expired',
  NOT_YET_VALID: 'notYetValid',
  SIGNATURE_INVALID: 'tampered',
  JWT_CLAIMS_MISMATCH: 'tampered',
}

/** The verdict in plain words: valid, or why not (revocation first, then tampering, then expiry). */
export function verdictOf(report: VerificationReport): Verdict {
  if (report.verified) {
    return 'valid'
  }
  const failedCodes = report.checks
    .filter((check) => check.outcome === 'failed')
    .map((check) => check.code)
  for (const verdict of ['revoked', 'tampered', 'suspended', 'expired', 'notYetValid'] as const) {
    if (failedCodes.some((code) => verdictOfCode[code] === verdict)) {
      return verdict
    }
  }
  return 'invalid'
}

const outcomeSymbol: Record<CheckOutcome, string> = {
  ok: '✓',
  failed: '✗',
  warning: '!',
  skipped: '–',
}

/** The message in the reader's language, with the language it is really in (for `lang`). */
function messageOf(message: LanguageMap, language: string): { text: string; lang: string } {
  const text = inLanguage(message, language)
  const lang =
    (['fi', 'sv', 'en'] as const).find((candidate) => message[candidate] === text) ?? language
  return { text, lang }
}

function checkOrder(check: VerificationCheck): number {
  const index = (checkIds as readonly string[]).indexOf(check.id)
  return index === -1 ? checkIds.length : index
}

/**
 * A verification report: the verdict with what it means, then every check with its outcome in
 * words (and a symbol; colour is never the only sign) and the API's reason in the reader's
 * language. `headingLevel` is the level of the verdict's heading; the checks' heading is one below.
 */
export function VerificationReportView({
  report,
  headingLevel = 2,
}: {
  report: VerificationReport
  headingLevel?: 2 | 3
}) {
  const { t, i18n } = useTranslation()
  const verdict = verdictOf(report)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4'
  const deciding = report.checks.find((check) => check.outcome === 'failed')
  const warnings = report.checks.filter((check) => check.outcome === 'warning')
  const checks = [...report.checks].sort((a, b) => checkOrder(a) - checkOrder(b))
  const reason = deciding === undefined ? undefined : messageOf(deciding.message, i18n.language)

  return (
    <section className="verification-report" aria-labelledby="verification-verdict">
      <div
        className={`verification-verdict verification-verdict--${verdict === 'valid' ? 'valid' : 'invalid'}`}
        data-verdict={verdict}
      >
        <Heading id="verification-verdict" className="verification-verdict__title">
          <span aria-hidden="true" className="verification-verdict__symbol">
            {verdict === 'valid' ? '✓' : '✗'}
          </span>{' '}
          {t(`verification.verdict.${verdict}.title`)}
        </Heading>
        <p>{t(`verification.verdict.${verdict}.text`)}</p>
        {reason !== undefined && (
          <p>
            <strong>{t('verification.report.reason')}</strong>{' '}
            <span lang={reason.lang}>{reason.text}</span>
          </p>
        )}
        {verdict === 'valid' && warnings.length > 0 && (
          <p>{t('verification.report.hasWarnings', { count: warnings.length })}</p>
        )}
      </div>
      <dl className="verification-dl">
        {report.credentialId !== undefined && (
          <div>
            <dt>{t('verification.report.credentialId')}</dt>
            <dd className="verification-code">{report.credentialId}</dd>
          </div>
        )}
        {report.issuerId !== undefined && (
          <div>
            <dt>{t('verification.report.issuerId')}</dt>
            <dd className="verification-code">{report.issuerId}</dd>
          </div>
        )}
        <div>
          <dt>{t('verification.report.format')}</dt>
          <dd>{t(`verification.format.${report.format}`, { defaultValue: report.format })}</dd>
        </div>
      </dl>
      <SubHeading id="verification-checks">{t('verification.report.checksTitle')}</SubHeading>
      <ul className="verification-checks" aria-labelledby="verification-checks">
        {checks.map((check) => {
          const message = messageOf(check.message, i18n.language)
          return (
            <li
              key={check.id}
              className={`verification-check verification-check--${check.outcome}`}
              data-check={check.id}
              data-outcome={check.outcome}
            >
              <span className="verification-check__symbol" aria-hidden="true">
                {outcomeSymbol[check.outcome]}
              </span>
              <span className="verification-check__body">
                <span className="verification-check__name">
                  {t(`verification.check.${check.id}`, { defaultValue: check.id })}
                </span>
                {': '}
                <span className="verification-check__outcome">
                  {t(`verification.outcome.${check.outcome}`)}
                </span>
                <span className="verification-check__message" lang={message.lang}>
                  {message.text}
                </span>
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
