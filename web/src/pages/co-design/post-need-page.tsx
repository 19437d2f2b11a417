import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { AccessGate, type RoleOrganisation, useRoleAccess } from '../../role-access.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { postNeed, rejectSkill, type SkillSuggestion, suggestSkills } from './api.js'
import './co-design.css'

/**
 * /co-design/needs/new — a partner posts a competence need. The need is written as free text
 * first; ESCO skills are suggested for it (BM25 over English ESCO labels and descriptions, with the
 * words that matched), and the partner accepts or rejects each one (decision 0026).
 */
export function PostNeedPage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess(['partner'])
  return (
    <AccessGate
      title={t('competence-needs.post.title')}
      access={access}
      textPrefix="competence-needs.access"
    >
      {(organisations) => <PostNeedForm organisation={organisations[0] as RoleOrganisation} />}
    </AccessGate>
  )
}

function PostNeedForm({ organisation }: { organisation: RoleOrganisation }) {
  const { t, i18n } = useTranslation()
  const { csrfToken, setNotice } = useSession()
  const [description, setDescription] = useState('')
  const [suggestions, setSuggestions] = useState<SkillSuggestion[] | undefined>(undefined)
  const [rejectedCount, setRejectedCount] = useState(0)
  const [accepted, setAccepted] = useState<SkillSuggestion[]>([])
  const [message, setMessage] = useState<string | undefined>(undefined)
  const [isBusy, setIsBusy] = useState(false)
  const [title, setTitle] = useState('')
  const [peopleCount, setPeopleCount] = useState('1')
  const [region, setRegion] = useState('')
  const [startsOn, setStartsOn] = useState('')
  const [endsOn, setEndsOn] = useState('')
  const [visibility, setVisibility] = useState('public')
  const [problem, setProblem] = useState<string | undefined>(undefined)

  const suggest = async () => {
    setMessage(undefined)
    setIsBusy(true)
    try {
      const answer = await suggestSkills(
        organisation.slug,
        { text: description, excludeSkillUris: accepted.map((skill) => skill.uri) },
        csrfToken(),
      )
      setSuggestions(answer.suggestions)
      setRejectedCount(answer.rejectedCount)
      if (!answer.isEscoImported) {
        setMessage(t('competence-needs.post.noEsco'))
      } else if (answer.suggestions.length === 0) {
        setMessage(t('competence-needs.post.noSuggestions'))
      }
    } catch (error) {
      setMessage(
        error instanceof ApiError && error.code === 'SKILL_SUGGESTION_TEXT_INVALID'
          ? t('competence-needs.post.textInvalid')
          : t('competence-needs.post.suggestFailed'),
      )
    } finally {
      setIsBusy(false)
    }
  }

  const accept = (suggestion: SkillSuggestion) => {
    setAccepted((list) => [...list, suggestion])
    setSuggestions((list) => list?.filter((entry) => entry.uri !== suggestion.uri))
    setMessage(t('competence-needs.post.acceptedNotice', { label: suggestion.preferredLabel }))
  }

  const reject = async (suggestion: SkillSuggestion) => {
    try {
      await rejectSkill(organisation.slug, suggestion.uri, csrfToken())
      setSuggestions((list) => list?.filter((entry) => entry.uri !== suggestion.uri))
      setMessage(t('competence-needs.post.rejectedNotice', { label: suggestion.preferredLabel }))
    } catch {
      setMessage(t('competence-needs.post.rejectFailed'))
    }
  }

  const remove = (uri: string) => setAccepted((list) => list.filter((entry) => entry.uri !== uri))

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (accepted.length === 0) {
      setProblem(t('competence-needs.post.skillsMissing'))
      return
    }
    setProblem(undefined)
    setIsBusy(true)
    try {
      const need = await postNeed(
        organisation.slug,
        {
          title,
          description,
          skillUris: accepted.map((skill) => skill.uri),
          peopleCount: Number(peopleCount),
          region,
          startsOn,
          endsOn,
          visibility,
        },
        csrfToken(),
      )
      const path = `/co-design/needs/${encodeURIComponent(need.id)}`
      setNotice({ key: 'competence-needs.post.posted', path })
      navigate(path)
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.code === 'COMPETENCE_NEED_INVALID'
          ? `${t('competence-needs.post.invalid')} ${error.detail ?? ''}`
          : t('competence-needs.post.failed'),
      )
      setIsBusy(false)
    }
  }

  return (
    <div className="narrow">
      <p>
        <Link href="/co-design/needs">{t('competence-needs.back')}</Link>
      </p>
      <h1>{t('competence-needs.post.title')}</h1>
      <p className="lead">
        {t('competence-needs.post.lead', {
          organisation: inLanguage(organisation.name, i18n.language),
        })}
      </p>
      {problem !== undefined && (
        <div className="hds-notification hds-notification--error" role="alert">
          <div className="hds-notification__content">
            <div className="hds-notification__body">{problem}</div>
          </div>
        </div>
      )}
      <form onSubmit={onSubmit} noValidate>
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor="need-description">
            {t('competence-needs.post.description')}
          </label>
          <p className="hds-text-input__helper-text" id="need-description-help">
            {t('competence-needs.post.englishOnly')}
          </p>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id="need-description"
              className="hds-text-input__input"
              rows={5}
              value={description}
              aria-describedby="need-description-help"
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
        </div>
        <p>
          <button
            type="button"
            className="hds-button hds-button--secondary"
            disabled={isBusy}
            onClick={() => void suggest()}
          >
            <span className="hds-button__label">{t('competence-needs.post.suggest')}</span>
          </button>
        </p>
        <div role="status" className="live-region">
          {message !== undefined && <p>{message}</p>}
        </div>
        {suggestions !== undefined && suggestions.length > 0 && (
          <section aria-labelledby="need-suggestions-title">
            <h2 id="need-suggestions-title">{t('competence-needs.post.suggestions')}</h2>
            <p>{t('competence-needs.post.suggestionsHelp')}</p>
            {rejectedCount > 0 && (
              <p>{t('competence-needs.post.rejectedLeftOut', { count: rejectedCount })}</p>
            )}
            <ul className="need-suggestions">
              {suggestions.map((suggestion) => (
                <li key={suggestion.uri} className="need-suggestion">
                  <span lang="en">{suggestion.preferredLabel}</span>
                  <span className="need-suggestion__words">
                    {t('competence-needs.post.matchedWords')}{' '}
                    <span lang="en">
                      {suggestion.matchedWords.map((word) => word.word).join(', ')}
                    </span>
                  </span>
                  <span className="need-suggestion__actions">
                    <button
                      type="button"
                      className="hds-button hds-button--small hds-button--primary"
                      aria-label={t('competence-needs.post.acceptLabel', {
                        label: suggestion.preferredLabel,
                      })}
                      onClick={() => accept(suggestion)}
                    >
                      <span className="hds-button__label">{t('competence-needs.post.accept')}</span>
                    </button>
                    <button
                      type="button"
                      className="hds-button hds-button--small hds-button--secondary"
                      aria-label={t('competence-needs.post.rejectLabel', {
                        label: suggestion.preferredLabel,
                      })}
                      onClick={() => void reject(suggestion)}
                    >
                      <span className="hds-button__label">{t('competence-needs.post.reject')}</span>
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="need-accepted-title">
          <h2 id="need-accepted-title">{t('competence-needs.post.accepted')}</h2>
          {accepted.length === 0 ? (
            <p>{t('competence-needs.post.noneAccepted')}</p>
          ) : (
            <ul className="need-suggestions">
              {accepted.map((skill) => (
                <li key={skill.uri} className="need-suggestion need-suggestion--accepted">
                  <span lang="en">{skill.preferredLabel}</span>
                  <button
                    type="button"
                    className="hds-button hds-button--small hds-button--supplementary"
                    aria-label={t('competence-needs.post.removeLabel', {
                      label: skill.preferredLabel,
                    })}
                    onClick={() => remove(skill.uri)}
                  >
                    <span className="hds-button__label">{t('competence-needs.post.remove')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <TextField
          id="need-title"
          label={t('competence-needs.post.needTitle')}
          value={title}
          onChange={setTitle}
        />
        <TextField
          id="need-people"
          label={t('competence-needs.post.people')}
          value={peopleCount}
          onChange={setPeopleCount}
          type="number"
        />
        <TextField
          id="need-region"
          label={t('competence-needs.post.region')}
          value={region}
          onChange={setRegion}
        />
        <TextField
          id="need-starts"
          label={t('competence-needs.post.startsOn')}
          value={startsOn}
          onChange={setStartsOn}
          type="date"
        />
        <TextField
          id="need-ends"
          label={t('competence-needs.post.endsOn')}
          value={endsOn}
          onChange={setEndsOn}
          type="date"
        />
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">
            {t('competence-needs.post.visibility')}
          </legend>
          {(['public', 'institutions'] as const).map((value) => (
            <div className="hds-radio-button" key={value}>
              <input
                type="radio"
                className="hds-radio-button__input"
                id={`need-visibility-${value}`}
                name="visibility"
                value={value}
                checked={visibility === value}
                onChange={() => setVisibility(value)}
              />
              <label className="hds-radio-button__label" htmlFor={`need-visibility-${value}`}>
                {t(`competence-needs.visibility.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <p>
          <button type="submit" className="hds-button hds-button--primary" disabled={isBusy}>
            <span className="hds-button__label">{t('competence-needs.post.submit')}</span>
          </button>
        </p>
      </form>
    </div>
  )
}

function TextField({
  id,
  label,
  value,
  onChange,
  type = 'text',
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
  type?: string
}) {
  return (
    <div className="hds-text-input">
      <label className="hds-text-input__label" htmlFor={id}>
        {label}
      </label>
      <div className="hds-text-input__input-wrapper">
        <input
          id={id}
          className="hds-text-input__input"
          type={type}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  )
}
