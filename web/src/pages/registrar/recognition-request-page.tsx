import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import {
  decideRecognitionRequest,
  getRecognitionCase,
  type Outcome,
  type RecognitionCase,
} from './recognition-api.js'
import { RecognitionPrecedents, RecognitionProposalView } from './recognition-proposal.js'
import './recognition.css'

/** /registrar/recognition/:requestId — the proposal, its reasons, the precedents and the decision. */
export function RecognitionRequestPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const requestId = params.requestId ?? ''
  const { data, error, reload } = useLoad(
    (signal) => getRecognitionCase(requestId, signal),
    [requestId],
  )
  return (
    <>
      <p>
        <Link href="/registrar/recognition">{t('recognition.queue.title')}</Link>
      </p>
      <h1>{t('recognition.request.title')}</h1>
      {error !== undefined && <p role="alert">{t('recognition.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('recognition.loading')}</p>}
      {data !== undefined && (
        <>
          <dl className="recognition-facts">
            <dt>{t('recognition.queue.learner')}</dt>
            <dd>{data.learnerName}</dd>
            <dt>{t('recognition.queue.credential')}</dt>
            <dd>{data.achievementName}</dd>
            <dt>{t('recognition.queue.target')}</dt>
            <dd>
              {data.target.code} {inLanguage(data.target.name, i18n.language)} (
              {t('recognition.ectsCount', { count: data.target.ects })})
            </dd>
          </dl>
          <RecognitionProposalView proposal={data.proposal} />
          <RecognitionPrecedents precedents={data.precedents} />
          {data.decision === null ? (
            data.state === 'submitted' ? (
              <DecisionForm found={data} onDecided={reload} />
            ) : (
              <p>{t(`recognition.state.${data.state}`)}</p>
            )
          ) : (
            <section aria-labelledby="recognition-decision-heading">
              <h2 id="recognition-decision-heading">{t('recognition.decision.title')}</h2>
              <p>
                <strong>{t(`recognition.outcome.${data.decision.outcome}`)}</strong> (
                {t('recognition.ectsCount', { count: data.decision.ectsGranted })}){' '}
                {data.decision.followsProposal
                  ? t('recognition.decision.follows')
                  : t('recognition.decision.differs')}
              </p>
              {data.decision.justification !== '' && <p>{data.decision.justification}</p>}
            </section>
          )}
        </>
      )}
    </>
  )
}

function DecisionForm({ found, onDecided }: { found: RecognitionCase; onDecided: () => void }) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const [outcome, setOutcome] = useState<Outcome>(found.proposal.outcome)
  const [ects, setEcts] = useState(String(found.proposal.ectsGranted || 1))
  const [justification, setJustification] = useState('')
  const [isShared, setIsShared] = useState(true)
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const ectsGranted = Number(ects.replace(',', '.'))
  const differs =
    outcome !== found.proposal.outcome ||
    (outcome === 'partial' && ectsGranted !== found.proposal.ectsGranted)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (differs && justification.trim() === '') {
      setProblem(t('recognition.decision.justificationNeeded'))
      document.getElementById('recognition-justification')?.focus()
      return
    }
    setIsSending(true)
    try {
      await decideRecognitionRequest(
        found.id,
        {
          outcome,
          ...(outcome === 'partial' ? { ectsGranted } : {}),
          justification,
          isShared,
        },
        csrfToken(),
      )
      onDecided()
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.code === 'RECOGNITION_DECISION_INVALID'
          ? t('recognition.decision.invalid', { max: found.target.ects })
          : t('recognition.decision.failed'),
      )
    } finally {
      setIsSending(false)
    }
  }
  return (
    <section aria-labelledby="recognition-decide-heading">
      <h2 id="recognition-decide-heading">{t('recognition.decision.formTitle')}</h2>
      <p>{t('recognition.decision.humanDecides')}</p>
      <form onSubmit={submit} noValidate>
        {problem !== undefined && <p role="alert">{problem}</p>}
        <fieldset>
          <legend>{t('recognition.decision.outcome')}</legend>
          {(['full', 'partial', 'none'] as const).map((value) => (
            <div key={value}>
              <input
                type="radio"
                id={`recognition-outcome-${value}`}
                name="outcome"
                value={value}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              <label htmlFor={`recognition-outcome-${value}`}>
                {t(`recognition.outcome.${value}`)}
                {value === found.proposal.outcome && ` (${t('recognition.decision.proposed')})`}
              </label>
            </div>
          ))}
        </fieldset>
        {outcome === 'partial' && (
          <p>
            <label htmlFor="recognition-ects">
              {t('recognition.decision.ects', { max: found.target.ects })}
            </label>
            <input
              id="recognition-ects"
              inputMode="decimal"
              value={ects}
              onChange={(event) => setEcts(event.target.value)}
            />
          </p>
        )}
        <p>
          <label htmlFor="recognition-justification">
            {t('recognition.decision.justification')}
            {differs && ` (${t('recognition.decision.required')})`}
          </label>
          <textarea
            id="recognition-justification"
            rows={4}
            value={justification}
            aria-required={differs}
            onChange={(event) => setJustification(event.target.value)}
          />
        </p>
        <p>
          <input
            type="checkbox"
            id="recognition-shared"
            checked={isShared}
            onChange={(event) => setIsShared(event.target.checked)}
          />
          <label htmlFor="recognition-shared">{t('recognition.decision.shared')}</label>
        </p>
        <button type="submit" disabled={isSending}>
          {t('recognition.decision.submit')}
        </button>
      </form>
    </section>
  )
}
