import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import {
  type CredentialReference,
  createReflection,
  deleteReflection,
  listReflections,
  type ReflectedOutcome,
  type Reflection,
} from './sharing-api.js'
import './sharing.css'

/**
 * The learner's reflections on a credential, per learning outcome: each outcome with its
 * reflections (and counsellors' comments), a form to add one, and removal. Private: the page
 * says who else may see them.
 */
export function ReflectionsPanel({ credential }: { credential: CredentialReference }) {
  const { t, i18n } = useTranslation()
  const loaded = useLoad(
    (signal) => listReflections(credential, i18n.language, signal),
    [credential.kind, credential.id, i18n.language],
  )
  return (
    <section className="panel" aria-labelledby="reflections-title">
      <h2 id="reflections-title">{t('portfolio-sharing.reflections.title')}</h2>
      <p>{t('portfolio-sharing.reflections.intro')}</p>
      {loaded.error !== undefined && (
        <p className="alert" role="alert">
          {t('portfolio-sharing.reflections.failed')}
        </p>
      )}
      {loaded.data === undefined && loaded.error === undefined && (
        <p role="status">{t('portfolio-sharing.loading')}</p>
      )}
      {loaded.data?.outcomes.length === 0 && <p>{t('portfolio-sharing.reflections.noOutcomes')}</p>}
      {loaded.data?.outcomes.map((outcome, index) => (
        <OutcomeReflections
          key={outcome.key}
          credential={credential}
          outcome={outcome}
          number={index + 1}
          onChange={loaded.reload}
        />
      ))}
    </section>
  )
}

function OutcomeReflections({
  credential,
  outcome,
  number,
  onChange,
}: {
  credential: CredentialReference
  outcome: ReflectedOutcome
  number: number
  onChange: () => void
}) {
  const { t } = useTranslation()
  const [isWriting, setIsWriting] = useState(false)
  const headingId = useId()
  return (
    <article className="reflection-outcome" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {t('portfolio-sharing.reflections.outcome', { number })}: {outcome.text}
      </h3>
      {outcome.reflections.length === 0 ? (
        <p className="reflection-empty">{t('portfolio-sharing.reflections.none')}</p>
      ) : (
        <ul className="reflection-list">
          {outcome.reflections.map((reflection) => (
            <ReflectionItem key={reflection.id} reflection={reflection} onChange={onChange} />
          ))}
        </ul>
      )}
      {isWriting ? (
        <ReflectionForm
          credential={credential}
          outcome={outcome}
          onDone={(isSaved) => {
            setIsWriting(false)
            if (isSaved) {
              onChange()
            }
          }}
        />
      ) : (
        <button
          type="button"
          className="hds-button hds-button--secondary"
          onClick={() => setIsWriting(true)}
        >
          <span className="hds-button__label">
            {t('portfolio-sharing.reflections.add', { number })}
          </span>
        </button>
      )}
    </article>
  )
}

/** One reflection with its date, evidence, counsellors' comments and removal. */
export function ReflectionItem({
  reflection,
  onChange,
}: {
  reflection: Reflection
  onChange?: (() => void) | undefined
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [hasFailed, setHasFailed] = useState(false)
  const remove = async () => {
    try {
      await deleteReflection(reflection.id, csrfToken())
      onChange?.()
    } catch {
      setHasFailed(true)
    }
  }
  return (
    <li className="reflection">
      <p className="reflection__date">{formatDate(reflection.date, i18n.language)}</p>
      <p className="reflection__text">{reflection.text}</p>
      {reflection.evidenceUrl !== null && (
        <p>
          <a href={reflection.evidenceUrl} rel="noopener noreferrer">
            {t('portfolio-sharing.reflections.evidence')}
          </a>
        </p>
      )}
      {reflection.comments.length > 0 && (
        <ul className="reflection-comments" aria-label={t('portfolio-sharing.comments.title')}>
          {reflection.comments.map((comment) => (
            <li key={comment.id}>
              <strong>{comment.authorName}</strong> ({formatDate(comment.createdAt, i18n.language)}
              ): {comment.text}
            </li>
          ))}
        </ul>
      )}
      {onChange !== undefined && (
        <button
          type="button"
          className="hds-button hds-button--supplementary"
          onClick={() => void remove()}
        >
          <span className="hds-button__label">{t('portfolio-sharing.reflections.remove')}</span>
        </button>
      )}
      {hasFailed && (
        <p className="alert" role="alert">
          {t('portfolio-sharing.failed')}
        </p>
      )}
    </li>
  )
}

function ReflectionForm({
  credential,
  outcome,
  onDone,
}: {
  credential: CredentialReference
  outcome: ReflectedOutcome
  onDone: (isSaved: boolean) => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const id = useId()
  const today = new Date().toLocaleDateString('en-CA')
  const [text, setText] = useState('')
  const [date, setDate] = useState(today)
  const [evidenceUrl, setEvidenceUrl] = useState('')
  const [hasFailed, setHasFailed] = useState(false)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      await createReflection(
        credential,
        {
          learningOutcomeKey: outcome.key,
          text,
          date,
          evidenceUrl: evidenceUrl.trim() === '' ? null : evidenceUrl.trim(),
        },
        csrfToken(),
      )
      onDone(true)
    } catch {
      setHasFailed(true)
    }
  }
  return (
    <form className="reflection-form" onSubmit={(event) => void submit(event)}>
      <div className="hds-text-input">
        <label className="hds-text-input__label" htmlFor={`${id}-text`}>
          {t('portfolio-sharing.reflections.text')}
        </label>
        <textarea
          id={`${id}-text`}
          className="hds-text-input__input"
          required
          maxLength={5000}
          rows={4}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
      </div>
      <div className="hds-text-input">
        <label className="hds-text-input__label" htmlFor={`${id}-date`}>
          {t('portfolio-sharing.reflections.date')}
        </label>
        <input
          id={`${id}-date`}
          className="hds-text-input__input"
          type="date"
          required
          max={today}
          value={date}
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="hds-text-input">
        <label className="hds-text-input__label" htmlFor={`${id}-evidence`}>
          {t('portfolio-sharing.reflections.evidenceUrl')}
        </label>
        <input
          id={`${id}-evidence`}
          className="hds-text-input__input"
          type="url"
          placeholder="https://"
          value={evidenceUrl}
          onChange={(event) => setEvidenceUrl(event.target.value)}
        />
      </div>
      {hasFailed && (
        <p className="alert" role="alert">
          {t('portfolio-sharing.reflections.refused')}
        </p>
      )}
      <p>
        <button type="submit" className="hds-button hds-button--primary">
          <span className="hds-button__label">{t('portfolio-sharing.reflections.save')}</span>
        </button>{' '}
        <button
          type="button"
          className="hds-button hds-button--secondary"
          onClick={() => onDone(false)}
        >
          <span className="hds-button__label">{t('portfolio-sharing.cancel')}</span>
        </button>
      </p>
    </form>
  )
}
