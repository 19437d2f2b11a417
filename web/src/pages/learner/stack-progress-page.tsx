import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { SignInToContinue } from './signed-out.js'
import {
  claimStackCredential,
  getStackProgress,
  type StackCredentialFormat,
  type StackProgress,
} from './stack-api.js'
import { StackParts } from './stack-parts.js'
import './learner.css'

/** /my/stacks/:stackId — the learner's progress towards one stack, and the claim once complete. */
export function StackProgressPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const stackId = params.stackId ?? ''
  const isSignedIn = session.state === 'signed-in'
  const progress = useLoad(
    (signal) =>
      isSignedIn ? getStackProgress(stackId, i18n.language, signal) : Promise.resolve(undefined),
    [stackId, i18n.language, isSignedIn],
  )
  const view = progress.data
  usePageTitle(view === undefined ? undefined : inLanguage(view.stack.name, i18n.language))
  return (
    <>
      <p>
        <Link href="/my/stacks">{t('stacks.detail.back')}</Link>
      </p>
      <h1>
        {view === undefined ? t('stacks.detail.title') : inLanguage(view.stack.name, i18n.language)}
      </h1>
      {session.state === 'signed-out' && <SignInToContinue />}
      {progress.error !== undefined && (
        <p className="alert" role="alert">
          {progress.error instanceof ApiError && progress.error.status === 404
            ? t('stacks.detail.notFound')
            : t('stacks.list.failed')}
        </p>
      )}
      {isSignedIn && view === undefined && progress.error === undefined && (
        <p role="status">{t('stacks.list.loading')}</p>
      )}
      {view !== undefined && <Progress view={view} onClaimed={progress.reload} />}
    </>
  )
}

function Progress({ view, onClaimed }: { view: StackProgress; onClaimed: () => void }) {
  const { t, i18n } = useTranslation()
  const { rules } = view.stack
  return (
    <>
      <p className="lead">{inLanguage(view.stack.description, i18n.language)}</p>
      <p>{inLanguage(view.stack.organisation.name, i18n.language)}</p>
      <section aria-labelledby="stack-summary-title">
        <h2 id="stack-summary-title">{t('stacks.detail.summary')}</h2>
        <p role="status" className={view.isComplete ? 'notice' : undefined}>
          {view.claimed !== null
            ? t('stacks.state.claimed')
            : view.isComplete
              ? t('stacks.detail.complete')
              : t('stacks.detail.incomplete')}
        </p>
        <ul>
          <li>
            {view.ects.minimum === null
              ? t('stacks.detail.ects', { achieved: view.ects.achieved })
              : t('stacks.detail.ectsOfMinimum', {
                  achieved: view.ects.achieved,
                  minimum: view.ects.minimum,
                })}
          </li>
          {view.levelRules.map((rule) => (
            <li key={rule.minimumEqfLevel}>
              {t('stacks.detail.levelRule', {
                achieved: rule.achieved,
                minimum: rule.minimumEcts,
                level: rule.minimumEqfLevel,
              })}
            </li>
          ))}
          {rules.minimumEqfLevel !== undefined && (
            <li>{t('stacks.detail.minimumLevel', { level: rules.minimumEqfLevel })}</li>
          )}
          {rules.maximumAgeMonths !== undefined && (
            <li>{t('stacks.detail.maximumAge', { count: rules.maximumAgeMonths })}</li>
          )}
          {rules.acceptedIssuers.length > 0 && (
            <li>
              {t('stacks.detail.acceptedIssuers', { issuers: rules.acceptedIssuers.join(', ') })}
            </li>
          )}
        </ul>
      </section>
      <section aria-labelledby="stack-parts-title">
        <h2 id="stack-parts-title">{t('stacks.detail.parts')}</h2>
        <StackParts view={view} />
      </section>
      {view.claimed !== null ? (
        <p>
          <Link href={`/my/credentials/${encodeURIComponent(view.claimed.credentialId)}`}>
            {t('stacks.claim.open')}
          </Link>
        </p>
      ) : (
        view.isComplete && <ClaimForm view={view} onClaimed={onClaimed} />
      )}
    </>
  )
}

/** The claim: a choice of format, the default first and explained. */
function ClaimForm({ view, onClaimed }: { view: StackProgress; onClaimed: () => void }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [format, setFormat] = useState<StackCredentialFormat>(view.defaultFormat)
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle')
  const formats: StackCredentialFormat[] =
    view.defaultFormat === 'clr' ? ['clr', 'open-badge'] : ['open-badge', 'clr']
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    setState('sending')
    try {
      await claimStackCredential(view.stack.id, format, i18n.language, csrfToken())
      onClaimed()
    } catch {
      setState('failed')
    }
  }
  return (
    <section aria-labelledby="stack-claim-title">
      <h2 id="stack-claim-title">{t('stacks.claim.title')}</h2>
      <form onSubmit={submit} className="narrow">
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">{t('stacks.claim.format')}</legend>
          {formats.map((candidate) => (
            <div key={candidate} className="hds-radio-button">
              <input
                type="radio"
                className="hds-radio-button__input"
                id={`stack-format-${candidate}`}
                name="format"
                value={candidate}
                checked={format === candidate}
                onChange={() => setFormat(candidate)}
                aria-describedby={`stack-format-${candidate}-help`}
              />
              <label className="hds-radio-button__label" htmlFor={`stack-format-${candidate}`}>
                {t(`stacks.claim.formats.${candidate}.label`)}
                {candidate === view.defaultFormat && ` (${t('stacks.claim.default')})`}
              </label>
              <p id={`stack-format-${candidate}-help`} className="hds-text-input__helper-text">
                {t(`stacks.claim.formats.${candidate}.help`)}
              </p>
            </div>
          ))}
        </fieldset>
        <p>{t('stacks.claim.whyDefault')}</p>
        {state === 'failed' && (
          <p className="alert" role="alert">
            {t('stacks.claim.failed')}
          </p>
        )}
        <button
          type="submit"
          className="hds-button hds-button--primary"
          disabled={state === 'sending'}
        >
          <span className="hds-button__label">{t('stacks.claim.submit')}</span>
        </button>
      </form>
    </section>
  )
}
