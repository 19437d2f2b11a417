import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import {
  listMyRecognitionRequests,
  listRecognitionTargets,
  type RecognitionCase,
  submitRecognitionRequest,
  withdrawRecognitionRequest,
} from '../registrar/recognition-api.js'
import {
  RecognitionPrecedents,
  RecognitionProposalView,
} from '../registrar/recognition-proposal.js'
import '../registrar/recognition.css'
import { listMyCredentials } from './api.js'
import { listImportedCredentials } from './portfolio-api.js'
import { SignInToContinue } from './signed-out.js'

/**
 * /my/recognition — the learner submits a credential of their portfolio towards a course or
 * degree, sees Osaamo's proposal with its reasons at once, and follows the request to its
 * decision (a registrar decides; the signed decision arrives in the portfolio).
 */
export function MyRecognitionPage(_props: PageProps) {
  const { t } = useTranslation()
  const { session } = useSession()
  return (
    <>
      <h1>{t('recognition.mine.title')}</h1>
      <p className="lead">{t('recognition.mine.lead')}</p>
      {session.state === 'signed-out' && <SignInToContinue />}
      {session.state === 'signed-in' && <MyRecognition />}
    </>
  )
}

function MyRecognition() {
  const { t } = useTranslation()
  const requests = useLoad((signal) => listMyRecognitionRequests(signal), [])
  return (
    <>
      <SubmitForm onSubmitted={requests.reload} />
      <h2>{t('recognition.mine.requests')}</h2>
      {requests.error !== undefined && <p role="alert">{t('recognition.loadFailed')}</p>}
      {requests.data === undefined && requests.error === undefined && (
        <p role="status">{t('recognition.loading')}</p>
      )}
      {requests.data?.items.length === 0 && <p>{t('recognition.mine.none')}</p>}
      {requests.data?.items.map((item) => (
        <MyRequest key={item.id} found={item} onChanged={requests.reload} />
      ))}
    </>
  )
}

function SubmitForm({ onSubmitted }: { onSubmitted: () => void }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const sources = useLoad(
    async (signal) => {
      const [issued, imported, targets] = await Promise.all([
        listMyCredentials(i18n.language, signal),
        listImportedCredentials(i18n.language, signal),
        listRecognitionTargets(signal),
      ])
      return { issued: issued.items, imported: imported.items, targets: targets.items }
    },
    [i18n.language],
  )
  const [credential, setCredential] = useState('')
  const [targetId, setTargetId] = useState('')
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const [kind, id] = credential.split(':')
    if (kind === undefined || id === undefined || targetId === '') {
      setProblem(t('recognition.mine.chooseBoth'))
      return
    }
    setIsSending(true)
    setProblem(undefined)
    try {
      await submitRecognitionRequest(
        { credential: { kind: kind as 'issued' | 'imported', id }, targetId },
        csrfToken(),
      )
      onSubmitted()
    } catch (error) {
      const code = error instanceof ApiError ? error.code : undefined
      setProblem(
        code === 'RECOGNITION_CREDENTIAL_NOT_VERIFIED'
          ? t('recognition.mine.notVerified')
          : code === 'RECOGNITION_REQUEST_EXISTS'
            ? t('recognition.mine.exists')
            : t('recognition.mine.failed'),
      )
    } finally {
      setIsSending(false)
    }
  }
  const data = sources.data
  return (
    <section aria-labelledby="recognition-submit-heading">
      <h2 id="recognition-submit-heading">{t('recognition.mine.submitTitle')}</h2>
      {sources.error !== undefined && <p role="alert">{t('recognition.loadFailed')}</p>}
      {data !== undefined && (
        <form onSubmit={submit} noValidate>
          {problem !== undefined && <p role="alert">{problem}</p>}
          <p>
            <label htmlFor="recognition-credential">{t('recognition.mine.credential')}</label>
            <select
              id="recognition-credential"
              value={credential}
              onChange={(event) => setCredential(event.target.value)}
            >
              <option value="">{t('recognition.mine.choose')}</option>
              {data.issued.map((item) => (
                <option key={item.id} value={`issued:${item.id}`}>
                  {item.achievementName} — {item.issuerName}
                </option>
              ))}
              {data.imported.map((item) => (
                <option key={item.id} value={`imported:${item.id}`}>
                  {item.achievementName} — {item.issuerName}
                </option>
              ))}
            </select>
          </p>
          <p>
            <label htmlFor="recognition-target">{t('recognition.mine.target')}</label>
            <select
              id="recognition-target"
              value={targetId}
              onChange={(event) => setTargetId(event.target.value)}
            >
              <option value="">{t('recognition.mine.choose')}</option>
              {data.targets.map((target) => (
                <option key={target.id} value={target.id}>
                  {target.code} {inLanguage(target.name, i18n.language)} (
                  {t('recognition.ectsCount', { count: target.ects })})
                </option>
              ))}
            </select>
          </p>
          <button type="submit" disabled={isSending}>
            {t('recognition.mine.submit')}
          </button>
        </form>
      )}
    </section>
  )
}

function MyRequest({ found, onChanged }: { found: RecognitionCase; onChanged: () => void }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const withdraw = async () => {
    try {
      await withdrawRecognitionRequest(found.id, csrfToken())
      onChanged()
    } catch {
      setProblem(t('recognition.mine.failed'))
    }
  }
  return (
    <article className="recognition-request" aria-labelledby={`request-${found.id}`}>
      <h3 id={`request-${found.id}`}>
        {found.achievementName} → {found.target.code} {inLanguage(found.target.name, i18n.language)}
      </h3>
      <p>
        {t('recognition.queue.state')}: <strong>{t(`recognition.state.${found.state}`)}</strong>
      </p>
      {found.decision !== null && (
        <p>
          {t('recognition.decision.title')}:{' '}
          <strong>{t(`recognition.outcome.${found.decision.outcome}`)}</strong> (
          {t('recognition.ectsCount', { count: found.decision.ectsGranted })})
          {found.decision.justification !== '' && ` — ${found.decision.justification}`}
        </p>
      )}
      <details>
        <summary>{t('recognition.mine.showProposal')}</summary>
        <RecognitionProposalView proposal={found.proposal} />
        <RecognitionPrecedents precedents={found.precedents} />
      </details>
      {problem !== undefined && <p role="alert">{problem}</p>}
      {found.state === 'submitted' && (
        <button type="button" onClick={withdraw}>
          {t('recognition.mine.withdraw')}
        </button>
      )}
    </article>
  )
}
