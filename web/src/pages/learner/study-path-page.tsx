import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { formsOfParticipation } from '../../../../src/core/specification/vocabularies.js'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { SignInToContinue } from './signed-out.js'
import {
  type EscoMatch,
  enrolInStep,
  planStudyPath,
  type StudyPath,
  type StudyPathConstraints,
  type StudyPathObjective,
  type StudyPathStep,
  type StudyPathTotals,
  searchEsco,
} from './study-path-api.js'
import './learner.css'
import './study-path.css'

const objectives: readonly StudyPathObjective[] = ['least-ects', 'least-cost', 'soonest-finish']

/** /my/study-path — "Plan my path": a goal, limits and an objective in; the explained path out. */
export function StudyPathPage(_props: PageProps) {
  const { t } = useTranslation()
  const { session, csrfToken } = useSession()
  const [goalKind, setGoalKind] = useState<'occupation' | 'skills'>('occupation')
  const [searchText, setSearchText] = useState('')
  const [matches, setMatches] = useState<EscoMatch[] | undefined>(undefined)
  const [occupation, setOccupation] = useState<EscoMatch | undefined>(undefined)
  const [skills, setSkills] = useState<EscoMatch[]>([])
  const [constraints, setConstraints] = useState<Record<string, string>>({})
  const [objective, setObjective] = useState<StudyPathObjective>('least-ects')
  const [path, setPath] = useState<StudyPath | undefined>(undefined)
  const [error, setError] = useState<string | undefined>(undefined)
  const [isPlanning, setIsPlanning] = useState(false)

  if (session.state === 'signed-out') {
    return (
      <>
        <h1>{t('study-paths.title')}</h1>
        <SignInToContinue />
      </>
    )
  }

  const search = async (event: FormEvent) => {
    event.preventDefault()
    if (searchText.trim().length < 2) {
      return
    }
    try {
      setMatches(
        await searchEsco(goalKind === 'occupation' ? 'occupations' : 'skills', searchText.trim()),
      )
    } catch {
      setMatches([])
    }
  }

  const plan = async (event: FormEvent) => {
    event.preventDefault()
    setError(undefined)
    if (goalKind === 'occupation' ? occupation === undefined : skills.length === 0) {
      setError(t('study-paths.goal.missing'))
      return
    }
    const limits: StudyPathConstraints = {}
    if (constraints.from) {
      limits.startsOnOrAfter = constraints.from
    }
    if (constraints.to) {
      limits.endsOnOrBefore = constraints.to
    }
    if (constraints.budget) {
      limits.budgetCents = Math.round(Number(constraints.budget) * 100)
    }
    if (constraints.maxEcts) {
      limits.maxEcts = Number(constraints.maxEcts)
    }
    if (constraints.language) {
      limits.languages = [constraints.language]
    }
    if (constraints.form) {
      limits.formsOfParticipation = [constraints.form]
    }
    setIsPlanning(true)
    try {
      setPath(
        await planStudyPath(
          {
            goal:
              goalKind === 'occupation'
                ? { kind: 'occupation', occupationUri: occupation?.uri ?? '' }
                : { kind: 'skills', skillUris: skills.map((skill) => skill.uri) },
            constraints: limits,
            objective,
          },
          csrfToken(),
        ),
      )
    } catch (failure) {
      setPath(undefined)
      setError(
        failure instanceof ApiError && failure.code === 'STUDY_PATH_REQUEST_INVALID'
          ? t('study-paths.invalid')
          : t('study-paths.failed'),
      )
    } finally {
      setIsPlanning(false)
    }
  }

  const setLimit = (name: string, value: string) =>
    setConstraints((current) => ({ ...current, [name]: value }))

  return (
    <>
      <h1>{t('study-paths.title')}</h1>
      <p className="lead">{t('study-paths.lead')}</p>
      <section aria-labelledby="study-path-goal">
        <h2 id="study-path-goal">{t('study-paths.goal.title')}</h2>
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">{t('study-paths.goal.kind')}</legend>
          {(['occupation', 'skills'] as const).map((kind) => (
            <div className="hds-radio-button" key={kind}>
              <input
                className="hds-radio-button__input"
                type="radio"
                id={`goal-${kind}`}
                name="goal-kind"
                checked={goalKind === kind}
                onChange={() => {
                  setGoalKind(kind)
                  setMatches(undefined)
                }}
              />
              <label className="hds-radio-button__label" htmlFor={`goal-${kind}`}>
                {t(`study-paths.goal.${kind}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <form onSubmit={search} className="study-path-search">
          <div className="hds-text-input">
            <label className="hds-text-input__label" htmlFor="goal-search">
              {goalKind === 'occupation'
                ? t('study-paths.goal.searchOccupation')
                : t('study-paths.goal.searchSkill')}
            </label>
            <div className="hds-text-input__input-wrapper">
              <input
                className="hds-text-input__input"
                id="goal-search"
                type="search"
                value={searchText}
                onChange={(event) => setSearchText(event.target.value)}
              />
            </div>
          </div>
          <button type="submit" className="hds-button hds-button--secondary">
            <span className="hds-button__label">{t('study-paths.goal.search')}</span>
          </button>
        </form>
        {matches !== undefined && matches.length === 0 && (
          <p role="status">{t('study-paths.goal.noMatches')}</p>
        )}
        {matches !== undefined && matches.length > 0 && (
          <ul className="learner-list" aria-label={t('study-paths.goal.matches')}>
            {matches.map((match) => (
              <li key={match.uri}>
                <button
                  type="button"
                  className="hds-button hds-button--supplementary"
                  onClick={() => {
                    if (goalKind === 'occupation') {
                      setOccupation(match)
                    } else if (!skills.some((skill) => skill.uri === match.uri)) {
                      setSkills([...skills, match])
                    }
                  }}
                >
                  <span className="hds-button__label">
                    {t('study-paths.goal.choose', { label: match.preferredLabel })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <p aria-live="polite">
          {goalKind === 'occupation' && occupation !== undefined && (
            <>
              {t('study-paths.goal.chosenOccupation')} <strong>{occupation.preferredLabel}</strong>
            </>
          )}
        </p>
        {goalKind === 'skills' && skills.length > 0 && (
          <ul className="learner-list" aria-label={t('study-paths.goal.chosenSkills')}>
            {skills.map((skill) => (
              <li key={skill.uri}>
                {skill.preferredLabel}{' '}
                <button
                  type="button"
                  className="hds-button hds-button--supplementary hds-button--small"
                  onClick={() => setSkills(skills.filter((other) => other.uri !== skill.uri))}
                >
                  <span className="hds-button__label">
                    {t('study-paths.goal.remove', { label: skill.preferredLabel })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <form onSubmit={plan} aria-labelledby="study-path-limits">
        <h2 id="study-path-limits">{t('study-paths.limits.title')}</h2>
        <div className="study-path-limits">
          {(
            [
              ['from', 'date'],
              ['to', 'date'],
              ['budget', 'number'],
              ['maxEcts', 'number'],
            ] as const
          ).map(([name, type]) => (
            <div className="hds-text-input" key={name}>
              <label className="hds-text-input__label" htmlFor={`limit-${name}`}>
                {t(`study-paths.limits.${name}`)}
              </label>
              <div className="hds-text-input__input-wrapper">
                <input
                  className="hds-text-input__input"
                  id={`limit-${name}`}
                  type={type}
                  min={type === 'number' ? 0 : undefined}
                  value={constraints[name] ?? ''}
                  onChange={(event) => setLimit(name, event.target.value)}
                />
              </div>
            </div>
          ))}
          <div className="hds-select">
            <label className="hds-text-input__label" htmlFor="limit-language">
              {t('study-paths.limits.language')}
            </label>
            <select
              id="limit-language"
              value={constraints.language ?? ''}
              onChange={(event) => setLimit('language', event.target.value)}
            >
              <option value="">{t('study-paths.limits.any')}</option>
              {(['fi', 'sv', 'en'] as const).map((language) => (
                <option key={language} value={language}>
                  {t(`study-paths.languages.${language}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="hds-select">
            <label className="hds-text-input__label" htmlFor="limit-form">
              {t('study-paths.limits.form')}
            </label>
            <select
              id="limit-form"
              value={constraints.form ?? ''}
              onChange={(event) => setLimit('form', event.target.value)}
            >
              <option value="">{t('study-paths.limits.any')}</option>
              {formsOfParticipation.map((form) => (
                <option key={form.key} value={form.key}>
                  {inLanguage(form.label, document.documentElement.lang || 'fi')}
                </option>
              ))}
            </select>
          </div>
        </div>
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">
            {t('study-paths.objective.title')}
          </legend>
          {objectives.map((value) => (
            <div className="hds-radio-button" key={value}>
              <input
                className="hds-radio-button__input"
                type="radio"
                id={`objective-${value}`}
                name="objective"
                checked={objective === value}
                onChange={() => setObjective(value)}
              />
              <label className="hds-radio-button__label" htmlFor={`objective-${value}`}>
                {t(`study-paths.objective.${value}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="hds-button hds-button--primary" disabled={isPlanning}>
          <span className="hds-button__label">{t('study-paths.plan')}</span>
        </button>
      </form>
      {error !== undefined && (
        <p className="alert" role="alert">
          {error}
        </p>
      )}
      {isPlanning && <p role="status">{t('study-paths.planning')}</p>}
      {path !== undefined && <PathView path={path} />}
    </>
  )
}

function PathView({ path }: { path: StudyPath }) {
  const { t } = useTranslation()
  const label = (uri: string) => path.skills.find((skill) => skill.uri === uri)?.label ?? uri
  return (
    <section aria-labelledby="study-path-result" className="study-path-result">
      <h2 id="study-path-result">
        {path.goal.label === null
          ? t('study-paths.result.title')
          : t('study-paths.result.titleFor', { goal: path.goal.label })}
      </h2>
      <p role="status">{t(`study-paths.status.${path.status}`)}</p>
      {path.heldSkillUris.length > 0 && (
        <p>{t('study-paths.result.held', { count: path.heldSkillUris.length })}</p>
      )}
      {path.steps.length > 0 && (
        <>
          <Totals totals={path.totals} />
          <ol className="learner-list" aria-label={t('study-paths.result.steps')}>
            {path.steps.map((step) => (
              <StepItem key={step.offeringId} step={step} label={label} path={path} />
            ))}
          </ol>
        </>
      )}
      {path.uncoveredSkills.length > 0 && (
        <>
          <h3>{t('study-paths.result.uncovered')}</h3>
          <ul>
            {path.uncoveredSkills.map((skill) => (
              <li key={skill.uri}>
                {label(skill.uri)}: {t(`study-paths.reason.${skill.reason}`)}
              </li>
            ))}
          </ul>
        </>
      )}
      {path.alternatives.length > 0 && (
        <>
          <h3>{t('study-paths.result.alternatives')}</h3>
          <ol>
            {path.alternatives.map((alternative) => (
              <li key={alternative.steps.map((step) => step.offeringId).join()}>
                <Totals totals={alternative.totals} />
                <ul>
                  {alternative.steps.map((step) => (
                    <li key={step.offeringId}>
                      <StepTitle step={step} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}

function StepTitle({ step }: { step: StudyPathStep }) {
  const { i18n } = useTranslation()
  return (
    <Link href={`/catalogue/${encodeURIComponent(step.specificationId)}`}>
      {inLanguage(step.title, i18n.language)}
    </Link>
  )
}

function Totals({ totals }: { totals: StudyPathTotals }) {
  const { t } = useTranslation()
  return (
    <p className="learner-card__meta">
      {t('study-paths.result.totals', {
        count: totals.stepCount,
        ects: totals.ects,
        price: (totals.priceCents / 100).toFixed(2),
        finishesOn: totals.finishesOn ?? '',
      })}
    </p>
  )
}

function StepItem({
  step,
  label,
  path,
}: {
  step: StudyPathStep
  label: (uri: string) => string
  path: StudyPath
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const [enrolment, setEnrolment] = useState<'idle' | 'done' | 'failed'>('idle')
  const enrol = async () => {
    try {
      await enrolInStep(step.offeringId, csrfToken())
      setEnrolment('done')
    } catch (failure) {
      setEnrolment(
        failure instanceof ApiError && failure.code === 'ENROLMENT_EXISTS' ? 'done' : 'failed',
      )
    }
  }
  const titleOf = (offeringId: string) => {
    const later = path.steps.find((other) => other.offeringId === offeringId)
    return later === undefined ? offeringId : later.title
  }
  const { i18n } = useTranslation()
  return (
    <li className="learner-card">
      <h3 className="learner-card__title">
        <StepTitle step={step} />
      </h3>
      <p className="learner-card__meta">
        {t('study-paths.step.meta', {
          startsOn: step.startsOn,
          endsOn: step.endsOn,
          ects: step.ects,
          price: (step.priceCents / 100).toFixed(2),
          language: step.languageOfInstruction,
        })}
      </p>
      {step.coversSkillUris.length > 0 && (
        <p>
          {t('study-paths.step.covers', {
            skills: step.coversSkillUris.map(label).join(', '),
          })}
        </p>
      )}
      {step.meetsPrerequisites.map((met) => {
        const title = titleOf(met.forOfferingId)
        return (
          <p key={`${met.skillUri} ${met.forOfferingId}`}>
            {t('study-paths.step.meets', {
              skill: label(met.skillUri),
              step: typeof title === 'string' ? title : inLanguage(title, i18n.language),
            })}
          </p>
        )
      })}
      {step.isEnrolmentOpen && enrolment === 'idle' && (
        <button type="button" className="hds-button hds-button--secondary" onClick={enrol}>
          <span className="hds-button__label">
            {t('study-paths.step.enrol', { title: inLanguage(step.title, i18n.language) })}
          </span>
        </button>
      )}
      {!step.isEnrolmentOpen && <p>{t('study-paths.step.notOpen')}</p>}
      {enrolment === 'done' && <p role="status">{t('study-paths.step.enrolled')}</p>}
      {enrolment === 'failed' && (
        <p className="alert" role="alert">
          {t('study-paths.step.enrolFailed')}
        </p>
      )}
    </li>
  )
}
