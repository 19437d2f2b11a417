import { type KeyboardEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { getEscoSkill } from '../catalogue/api.js'
import {
  getVersion,
  type Review,
  type SpecificationContent,
  type SpecificationVersion,
  saveVersion,
  startNextVersion,
  transition,
  type ValidationProblem,
  validateContent,
} from './api.js'
import { EscoPicker } from './esco-picker.js'
import {
  ConceptCheckboxes,
  ConceptSelect,
  Field,
  FieldProblems,
  LanguageTextField,
  problemsAt,
} from './fields.js'
import { History } from './history.js'
import { JointAwardingField } from './joint-awarding-field.js'
import { ReasonForm } from './reason-form.js'
import {
  AccessGate,
  assessmentTypes,
  Checklist,
  type ContentLanguage,
  ContentPreview,
  contentLanguages,
  formsOfParticipation,
  gradingSchemes,
  iscedBroadFields,
  learningSettings,
  qfEheaCycles,
  StatusLabel,
  supervisionLevels,
  useLoad,
  useRoleAccess,
} from './shared.js'
import { WithdrawForm } from './withdraw-form.js'

type Loaded = { version: SpecificationVersion; problems: ValidationProblem[]; reviews: Review[] }

/** /design/versions/:versionId: edit a draft beside its live checklist; other states read-only. */
export function EditorPage({ params }: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess('designer')
  return (
    <AccessGate title={t('designer.editor.title')} access={access}>
      {() => <Editor versionId={params.versionId ?? ''} />}
    </AccessGate>
  )
}

function Editor({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation()
  const { data, error, setData } = useLoad((signal) => getVersion(versionId, signal), [versionId])
  const title = data ? inLanguage(data.version.content.title ?? {}, i18n.language) : undefined
  usePageTitle(title || undefined)
  if (error !== undefined) {
    return (
      <div className="narrow">
        <h1>{t('designer.editor.title')}</h1>
        <p role="alert">
          {error instanceof ApiError && error.status === 404
            ? t('designer.editor.notFound')
            : t('designer.loadFailed')}
        </p>
        <p>
          <Link href="/design">{t('designer.editor.back')}</Link>
        </p>
      </div>
    )
  }
  if (data === undefined) {
    return (
      <div className="narrow">
        <h1>{t('designer.editor.title')}</h1>
        <p role="status">{t('designer.loading')}</p>
      </div>
    )
  }
  return (
    <EditorLoaded key={data.version.id + data.version.status} loaded={data} onLoaded={setData} />
  )
}

function EditorLoaded({ loaded, onLoaded }: { loaded: Loaded; onLoaded: (value: Loaded) => void }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const { version, reviews } = loaded
  const isDraft = version.status === 'draft'
  const [content, setContent] = useState<SpecificationContent>(version.content)
  const [problems, setProblems] = useState<ValidationProblem[]>(loaded.problems)
  const [isChecking, setIsChecking] = useState(false)
  const [isDirty, setIsDirty] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string }>()
  const [isBusy, setIsBusy] = useState(false)
  const [language, setLanguage] = useState<ContentLanguage>(
    contentLanguages.find((code) => code === i18n.language) ?? 'fi',
  )
  const [showPreview, setShowPreview] = useState(false)
  const [skillLabels, setSkillLabels] = useState<Record<string, string>>({})
  const firstRender = useRef(true)

  // The names of the skills chosen earlier, from the imported ESCO data (the address when absent).
  const skillUris = (version.content.learningOutcomes ?? [])
    .flatMap((outcome) => outcome.skills.map((skill) => skill.uri))
    .join(' ')
  useEffect(() => {
    const controller = new AbortController()
    for (const uri of skillUris.split(' ').filter((value) => value !== '')) {
      getEscoSkill(uri, controller.signal).then(
        (skill) => setSkillLabels((labels) => ({ ...labels, [uri]: skill.preferredLabel })),
        () => undefined,
      )
    }
    return () => controller.abort()
  }, [skillUris])

  // The checklist follows the form: the content is checked a moment after each change.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    const controller = new AbortController()
    setIsChecking(true)
    const timer = window.setTimeout(() => {
      validateContent(content, csrfToken(), controller.signal).then(
        (found) => {
          setProblems(found)
          setIsChecking(false)
        },
        () => {
          if (!controller.signal.aborted) {
            setIsChecking(false)
          }
        },
      )
    }, 500)
    return () => {
      window.clearTimeout(timer)
      controller.abort()
    }
  }, [content, csrfToken])

  // Leaving the page (closing, reloading, following a link out) with unsaved changes asks first.
  useEffect(() => {
    if (!isDirty) {
      return
    }
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [isDirty])

  const update = (change: Partial<SpecificationContent>) => {
    setContent((current) => ({ ...current, ...change }))
    setIsDirty(true)
    setMessage(undefined)
  }

  const save = async (): Promise<Loaded | undefined> => {
    const answer = await saveVersion(version.id, content, csrfToken())
    setProblems(answer.problems)
    setIsDirty(false)
    return { ...answer, reviews }
  }

  const onSave = async () => {
    setIsBusy(true)
    try {
      const saved = await save()
      if (saved !== undefined) {
        setMessage({ kind: 'success', text: t('designer.editor.saved') })
      }
    } catch {
      setMessage({ kind: 'error', text: t('designer.editor.saveFailed') })
    }
    setIsBusy(false)
  }

  const onSubmit = async () => {
    setIsBusy(true)
    try {
      const saved = await save()
      if (saved?.problems.some((problem) => problem.severity === 'blocking')) {
        setMessage({ kind: 'error', text: t('designer.editor.fixFirst') })
        setIsBusy(false)
        document.getElementById('checklist-title')?.scrollIntoView({ block: 'start' })
        return
      }
      const moved = await transition(version.id, 'submit', csrfToken())
      onLoaded({ version: moved, problems: saved?.problems ?? [], reviews })
    } catch {
      setMessage({ kind: 'error', text: t('designer.editor.submitFailed') })
      setIsBusy(false)
    }
  }

  const outcomes = content.learningOutcomes ?? []
  const setOutcomes = (next: NonNullable<SpecificationContent['learningOutcomes']>) =>
    update({ learningOutcomes: next })
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step !== 0) {
      event.preventDefault()
      const next = contentLanguages[(index + step + 3) % 3] ?? 'fi'
      setLanguage(next)
      document.getElementById(`tab-${next}`)?.focus()
    }
  }
  const title = inLanguage(content.title ?? {}, i18n.language) || t('designer.untitled')
  const location = content.issuerLocations?.[0]
  const lastReturn = [...reviews].reverse().find((review) => review.decision === 'return')

  return (
    <>
      <p>
        <Link href="/design">{t('designer.editor.back')}</Link>
      </p>
      <h1>{title}</h1>
      <p>
        {t('designer.editor.versionLine', { number: version.versionNumber })}{' '}
        <StatusLabel status={version.status} />
      </p>
      {message !== undefined && (
        <div
          className={`hds-notification hds-notification--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          <div className="hds-notification__body">{message.text}</div>
        </div>
      )}
      {isDraft && lastReturn !== undefined && (
        <div className="hds-notification hds-notification--alert">
          <div className="hds-notification__label">{t('designer.editor.returned')}</div>
          <div className="hds-notification__body">{lastReturn.reasons}</div>
        </div>
      )}
      {!isDraft && <p className="lead">{t(`designer.editor.readOnly.${version.status}`)}</p>}
      <div className="designer-layout">
        <aside className="designer-aside" aria-label={t('designer.checklist.title')}>
          <Checklist problems={problems} isLinked={isDraft} isChecking={isChecking} />
        </aside>
        <div className="designer-main">
          {isDraft ? (
            <form
              aria-labelledby="form-title"
              noValidate
              onSubmit={(event) => {
                event.preventDefault()
                void onSave()
              }}
            >
              <h2 id="form-title">{t('designer.editor.formTitle')}</h2>
              <div
                role="tablist"
                aria-label={t('designer.editor.textLanguage')}
                className="designer-tabs"
              >
                {contentLanguages.map((code, index) => (
                  <button
                    key={code}
                    id={`tab-${code}`}
                    type="button"
                    role="tab"
                    aria-selected={language === code}
                    aria-controls="language-panel"
                    tabIndex={language === code ? 0 : -1}
                    onClick={() => setLanguage(code)}
                    onKeyDown={(event) => onTabKey(event, index)}
                  >
                    {t(`designer.language.${code}`)}
                  </button>
                ))}
              </div>
              <div id="language-panel" role="tabpanel" aria-labelledby={`tab-${language}`}>
                <h3>{t('designer.section.basics')}</h3>
                <LanguageTextField
                  id="f-title"
                  label={t('designer.field.title')}
                  value={content.title}
                  language={language}
                  problems={problems}
                  onChange={(value) => update({ title: value })}
                />
                <LanguageTextField
                  id="f-summary"
                  label={t('designer.field.summary')}
                  value={content.summary}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) => update({ summary: value })}
                />
                <LanguageTextField
                  id="f-description"
                  label={t('designer.field.description')}
                  value={content.description}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) => update({ description: value })}
                />
                <Field
                  id="f-country"
                  label={t('designer.field.country')}
                  helper={t('designer.field.countryHelper')}
                  problems={problems}
                >
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      value={location?.country ?? ''}
                      maxLength={2}
                      onChange={(event) =>
                        update({
                          issuerLocations:
                            event.target.value === '' && !location?.region
                              ? []
                              : [{ ...location, country: event.target.value.toUpperCase() }],
                        })
                      }
                    />
                  )}
                </Field>
                <Field id="f-region" label={t('designer.field.region')} problems={problems}>
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      value={location?.region ?? ''}
                      onChange={(event) =>
                        update({
                          issuerLocations: [
                            {
                              country: location?.country ?? '',
                              ...(event.target.value === '' ? {} : { region: event.target.value }),
                            },
                          ],
                        })
                      }
                    />
                  )}
                </Field>

                <JointAwardingField
                  ownerId={version.organisationId}
                  awardingBodyIds={content.awardingBodyIds ?? []}
                  problems={problems}
                  onChange={(ids) => update({ awardingBodyIds: ids })}
                />

                <h3>{t('designer.field.learningOutcomes')}</h3>
                <FieldProblems id="f-add-outcome" problems={problems} />
                {outcomes.map((outcome, index) => {
                  const label = t('designer.outcome.label', { number: index + 1 })
                  const skillProblems = problemsAt(problems, `f-outcome-${index}-skill`)
                  return (
                    <fieldset key={outcome.id} className="designer-outcome designer-fieldset">
                      <legend>{label}</legend>
                      <LanguageTextField
                        id={`f-outcome-${index}`}
                        label={t('designer.outcome.text')}
                        value={outcome.text}
                        language={language}
                        isMultiline
                        helper={t('designer.outcome.helper')}
                        problems={problems}
                        onChange={(value) =>
                          setOutcomes(
                            outcomes.map((candidate) =>
                              candidate.id === outcome.id
                                ? { ...candidate, text: value }
                                : candidate,
                            ),
                          )
                        }
                      />
                      <EscoPicker
                        id={`f-outcome-${index}-skill`}
                        outcomeLabel={label}
                        skills={outcome.skills}
                        labels={skillLabels}
                        describedBy={
                          skillProblems.length > 0 ? `f-outcome-${index}-skill-problems` : undefined
                        }
                        onChoose={(match) => {
                          setSkillLabels((labels) => ({
                            ...labels,
                            [match.uri]: match.preferredLabel,
                          }))
                          setOutcomes(
                            outcomes.map((candidate) =>
                              candidate.id === outcome.id
                                ? {
                                    ...candidate,
                                    skills: [
                                      ...candidate.skills,
                                      {
                                        uri: match.uri,
                                        kind: match.type === 'knowledge' ? 'knowledge' : 'skill',
                                      },
                                    ],
                                  }
                                : candidate,
                            ),
                          )
                        }}
                        onRemove={(uri) =>
                          setOutcomes(
                            outcomes.map((candidate) =>
                              candidate.id === outcome.id
                                ? {
                                    ...candidate,
                                    skills: candidate.skills.filter((skill) => skill.uri !== uri),
                                  }
                                : candidate,
                            ),
                          )
                        }
                      />
                      <FieldProblems id={`f-outcome-${index}-skill`} problems={problems} />
                      <button
                        type="button"
                        className="hds-button hds-button--secondary hds-button--small"
                        onClick={() => {
                          setOutcomes(outcomes.filter((candidate) => candidate.id !== outcome.id))
                          document.getElementById('f-add-outcome')?.focus()
                        }}
                      >
                        <span className="hds-button__label">
                          {t('designer.outcome.remove', { number: index + 1 })}
                        </span>
                      </button>
                    </fieldset>
                  )
                })}
                <button
                  id="f-add-outcome"
                  type="button"
                  className="hds-button hds-button--secondary"
                  aria-describedby={
                    problemsAt(problems, 'f-add-outcome').length > 0
                      ? 'f-add-outcome-problems'
                      : undefined
                  }
                  onClick={() => {
                    const index = outcomes.length
                    setOutcomes([...outcomes, { id: crypto.randomUUID(), text: {}, skills: [] }])
                    window.setTimeout(
                      () => document.getElementById(`f-outcome-${index}`)?.focus(),
                      0,
                    )
                  }}
                >
                  <span className="hds-button__label">{t('designer.outcome.add')}</span>
                </button>

                <h3>{t('designer.section.scope')}</h3>
                <Field
                  id="f-ects"
                  label={t('designer.field.ects')}
                  helper={t('designer.field.ectsHelper')}
                  problems={problems}
                >
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      inputMode="decimal"
                      value={content.ects ?? ''}
                      onChange={(event) => update(numberChange('ects', event.target.value))}
                    />
                  )}
                </Field>
                <Field
                  id="f-hours"
                  label={t('designer.field.hours')}
                  helper={t('designer.field.hoursHelper')}
                  problems={problems}
                >
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      inputMode="decimal"
                      value={content.hours ?? ''}
                      onChange={(event) => update(numberChange('hours', event.target.value))}
                    />
                  )}
                </Field>
                <Field id="f-eqfLevel" label={t('designer.field.eqfLevel')} problems={problems}>
                  {(props) => (
                    <select
                      {...props}
                      value={content.eqfLevel === undefined ? '' : String(content.eqfLevel)}
                      onChange={(event) =>
                        update({
                          eqfLevel:
                            event.target.value === ''
                              ? undefined
                              : event.target.value === 'not-applicable'
                                ? 'not-applicable'
                                : Number(event.target.value),
                        } as Partial<SpecificationContent>)
                      }
                    >
                      <option value="">{t('designer.notChosen')}</option>
                      {[1, 2, 3, 4, 5, 6, 7, 8].map((level) => (
                        <option key={level} value={level}>
                          {t('designer.eqfLevel', { level })}
                        </option>
                      ))}
                      <option value="not-applicable">{t('designer.eqfNotApplicable')}</option>
                    </select>
                  )}
                </Field>
                <ConceptSelect
                  id="f-qfEheaCycle"
                  label={t('designer.field.qfEheaCycle')}
                  vocabulary={qfEheaCycles}
                  value={content.qfEheaCycle}
                  problems={problems}
                  onChange={(value) =>
                    update({ qfEheaCycle: value } as Partial<SpecificationContent>)
                  }
                />
                <Field id="f-nqfLevel" label={t('designer.field.nqfLevel')} problems={problems}>
                  {(props) => (
                    <select
                      {...props}
                      value={content.nqfLevel === undefined ? '' : String(content.nqfLevel)}
                      onChange={(event) =>
                        update({
                          nqfLevel:
                            event.target.value === '' ? undefined : Number(event.target.value),
                        } as Partial<SpecificationContent>)
                      }
                    >
                      <option value="">{t('designer.notChosen')}</option>
                      {[1, 2, 3, 4, 5, 6, 7, 8].map((level) => (
                        <option key={level} value={level}>
                          {t('designer.nqfLevel', { level })}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <ConceptSelect
                  id="f-iscedField"
                  label={t('designer.field.iscedField')}
                  vocabulary={iscedBroadFields}
                  value={content.iscedField}
                  problems={problems}
                  onChange={(value) =>
                    update({ iscedField: value } as Partial<SpecificationContent>)
                  }
                />

                <h3>{t('designer.section.delivery')}</h3>
                <ConceptCheckboxes
                  id="f-formsOfParticipation"
                  legend={t('designer.field.formsOfParticipation')}
                  vocabulary={formsOfParticipation}
                  value={content.formsOfParticipation ?? []}
                  problems={problems}
                  onChange={(value) => update({ formsOfParticipation: value })}
                />
                <ConceptCheckboxes
                  id="f-assessmentTypes"
                  legend={t('designer.field.assessmentTypes')}
                  vocabulary={assessmentTypes}
                  value={content.assessmentTypes ?? []}
                  problems={problems}
                  onChange={(value) => update({ assessmentTypes: value })}
                />
                <ConceptSelect
                  id="f-supervision"
                  label={t('designer.field.supervision')}
                  vocabulary={supervisionLevels}
                  value={content.supervision}
                  problems={problems}
                  onChange={(value) =>
                    update({ supervision: value } as Partial<SpecificationContent>)
                  }
                />
                <ConceptSelect
                  id="f-learningSetting"
                  label={t('designer.field.learningSetting')}
                  vocabulary={learningSettings}
                  value={content.learningSetting}
                  problems={problems}
                  onChange={(value) =>
                    update({ learningSetting: value } as Partial<SpecificationContent>)
                  }
                />
                <ConceptSelect
                  id="f-gradingScheme"
                  label={t('designer.field.gradingScheme')}
                  vocabulary={gradingSchemes}
                  value={content.gradingScheme}
                  problems={problems}
                  onChange={(value) =>
                    update({ gradingScheme: value } as Partial<SpecificationContent>)
                  }
                />
                <ConceptCheckboxes
                  id="f-languages"
                  legend={t('designer.field.languages')}
                  vocabulary={contentLanguages.map((code) => ({
                    key: code,
                    uri: undefined,
                    label: { [i18n.language]: t(`designer.language.${code}`) },
                  }))}
                  value={content.languages ?? []}
                  problems={problems}
                  onChange={(value) => update({ languages: value })}
                />

                <h3>{t('designer.section.quality')}</h3>
                <Field
                  id="f-qualityAssurance-code"
                  label={t('designer.field.qualityAssuranceCode')}
                  helper={t('designer.field.qualityAssuranceHelper')}
                  problems={problems}
                >
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      value={content.qualityAssurance?.code ?? ''}
                      onChange={(event) =>
                        update({
                          qualityAssurance: {
                            code: event.target.value,
                            text: content.qualityAssurance?.text ?? {},
                          },
                        })
                      }
                    />
                  )}
                </Field>
                <LanguageTextField
                  id="f-qualityAssurance-text"
                  label={t('designer.field.qualityAssurance')}
                  value={content.qualityAssurance?.text}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) =>
                    update({
                      qualityAssurance: { code: content.qualityAssurance?.code ?? '', text: value },
                    })
                  }
                />
                <LanguageTextField
                  id="f-prerequisites"
                  label={t('designer.field.prerequisites')}
                  value={content.prerequisites}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) => update({ prerequisites: value })}
                />
                <LanguageTextField
                  id="f-targetGroup"
                  label={t('designer.field.targetGroup')}
                  value={content.targetGroup}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) => update({ targetGroup: value })}
                />
                <Field id="f-price" label={t('designer.field.priceEuros')} problems={problems}>
                  {(props) => (
                    <input
                      {...props}
                      className="hds-text-input__input"
                      inputMode="decimal"
                      value={
                        content.price === undefined ? '' : String(content.price.amountCents / 100)
                      }
                      onChange={(event) => {
                        const euros = Number(event.target.value.replace(',', '.'))
                        update({
                          price:
                            event.target.value.trim() === '' || !Number.isFinite(euros)
                              ? undefined
                              : { amountCents: Math.round(euros * 100), currency: 'EUR' },
                        } as Partial<SpecificationContent>)
                      }}
                    />
                  )}
                </Field>
                <LanguageTextField
                  id="f-furtherInformation"
                  label={t('designer.field.furtherInformation')}
                  value={content.furtherInformation}
                  language={language}
                  isMultiline
                  problems={problems}
                  onChange={(value) => update({ furtherInformation: value })}
                />
                <fieldset className="designer-fieldset">
                  <legend>{t('designer.field.stackability')}</legend>
                  {(['stand-alone', 'stackable'] as const).map((kind) => (
                    <div className="designer-checkbox" key={kind}>
                      <input
                        type="radio"
                        id={`f-stackability-${kind}`}
                        name="stackability"
                        checked={(content.stackability?.kind ?? 'stand-alone') === kind}
                        onChange={() =>
                          update({
                            stackability: kind === 'stackable' ? { kind, towards: [{}] } : { kind },
                          })
                        }
                      />
                      <label htmlFor={`f-stackability-${kind}`}>
                        {t(`designer.stackability.${kind}`)}
                      </label>
                    </div>
                  ))}
                </fieldset>
                {content.stackability?.kind === 'stackable' && (
                  <LanguageTextField
                    id="f-stackability-towards"
                    label={t('designer.stackability.towards')}
                    value={content.stackability.towards[0]}
                    language={language}
                    problems={problems}
                    onChange={(value) =>
                      update({ stackability: { kind: 'stackable', towards: [value] } })
                    }
                  />
                )}
                <h4>{t('designer.field.links')}</h4>
                {(content.links ?? []).map((link, index) => (
                  <fieldset
                    // biome-ignore lint/suspicious/noArrayIndexKey: links have no id of their own
                    key={index}
                    className="designer-outcome designer-fieldset"
                  >
                    <legend>{t('designer.link.label', { number: index + 1 })}</legend>
                    <Field
                      id={`f-link-${index}-url`}
                      label={t('designer.link.url')}
                      problems={problems}
                    >
                      {(props) => (
                        <input
                          {...props}
                          type="url"
                          className="hds-text-input__input"
                          value={link.url}
                          onChange={(event) =>
                            update({
                              links: (content.links ?? []).map((candidate, at) =>
                                at === index
                                  ? { ...candidate, url: event.target.value }
                                  : candidate,
                              ),
                            })
                          }
                        />
                      )}
                    </Field>
                    <LanguageTextField
                      id={`f-link-${index}-name`}
                      label={t('designer.link.name')}
                      value={link.label}
                      language={language}
                      problems={problems}
                      onChange={(value) =>
                        update({
                          links: (content.links ?? []).map((candidate, at) =>
                            at === index ? { ...candidate, label: value } : candidate,
                          ),
                        })
                      }
                    />
                    <button
                      type="button"
                      className="hds-button hds-button--secondary hds-button--small"
                      onClick={() =>
                        update({ links: (content.links ?? []).filter((_, at) => at !== index) })
                      }
                    >
                      <span className="hds-button__label">
                        {t('designer.link.remove', { number: index + 1 })}
                      </span>
                    </button>
                  </fieldset>
                ))}
                <button
                  type="button"
                  className="hds-button hds-button--secondary"
                  onClick={() =>
                    update({ links: [...(content.links ?? []), { url: '', label: {} }] })
                  }
                >
                  <span className="hds-button__label">{t('designer.link.add')}</span>
                </button>
              </div>
              <div className="designer-actions">
                <button
                  type="submit"
                  className="hds-button hds-button--secondary"
                  disabled={isBusy}
                >
                  <span className="hds-button__label">{t('designer.editor.save')}</span>
                </button>
                <button
                  type="button"
                  className="hds-button hds-button--primary"
                  disabled={isBusy}
                  onClick={() => void onSubmit()}
                >
                  <span className="hds-button__label">{t('designer.editor.submit')}</span>
                </button>
                {isDirty && <span className="designer-muted">{t('designer.editor.unsaved')}</span>}
              </div>
            </form>
          ) : (
            <ContentPreview content={content} />
          )}
          {isDraft && (
            <section className="designer-section" aria-labelledby="preview-title">
              <h2 id="preview-title">{t('designer.preview.title')}</h2>
              <button
                type="button"
                className="hds-button hds-button--secondary"
                aria-expanded={showPreview}
                aria-controls="preview-body"
                onClick={() => setShowPreview((shown) => !shown)}
              >
                <span className="hds-button__label">
                  {showPreview ? t('designer.preview.hide') : t('designer.preview.show')}
                </span>
              </button>
              <div id="preview-body" hidden={!showPreview}>
                {showPreview && <ContentPreview content={content} headingLevel={3} />}
              </div>
            </section>
          )}
          {version.status === 'published' && <NextVersionForm versionId={version.id} />}
          {version.status === 'approved' && (
            <WithdrawForm
              versionId={version.id}
              onWithdrawn={(withdrawn) => onLoaded({ version: withdrawn, problems, reviews })}
            />
          )}
          <History specificationId={version.specificationId} currentId={version.id} />
        </div>
      </div>
    </>
  )
}

function numberChange(name: 'ects' | 'hours', text: string): Partial<SpecificationContent> {
  const value = Number(text.replace(',', '.'))
  return {
    [name]: text.trim() === '' || !Number.isFinite(value) ? undefined : value,
  } as Partial<SpecificationContent>
}

function NextVersionForm({ versionId }: { versionId: string }) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  return (
    <ReasonForm
      fieldId="f-changeLog"
      title={t('designer.next.title')}
      label={t('designer.next.changeLog')}
      submitLabel={t('designer.next.start')}
      isPrimary
      missingText={t('designer.next.missing')}
      onSubmit={async (changeLog) => {
        const version = await startNextVersion(versionId, changeLog, csrfToken())
        navigate(`/design/versions/${version.id}`)
      }}
      failureText={(error) =>
        error instanceof ApiError && error.status === 409
          ? t('designer.next.exists')
          : t('designer.next.failed')
      }
    />
  )
}
