import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage, type LanguageMap } from '../../api-client.js'
import type { ValidationProblem } from './api.js'
import { type Concept, type ContentLanguage, fieldIdOf } from './shared.js'

/** The problems whose path points at the control with this id. */
export function problemsAt(problems: readonly ValidationProblem[], id: string) {
  return problems.filter((problem) => fieldIdOf(problem.path) === id)
}

/** A field's problems under it: errors as HDS error text, advisories as notes; ids for aria. */
export function FieldProblems({
  id,
  problems,
}: {
  id: string
  problems: readonly ValidationProblem[]
}) {
  const { t, i18n } = useTranslation()
  const here = problemsAt(problems, id)
  if (here.length === 0) {
    return null
  }
  return (
    <span id={`${id}-problems`}>
      {here.map((problem) => (
        <span
          key={problem.code}
          className={problem.severity === 'blocking' ? 'designer-error' : 'designer-advisory'}
        >
          {problem.severity === 'blocking'
            ? t('designer.checklist.errorPrefix')
            : t('designer.checklist.advisoryPrefix')}{' '}
          {inLanguage(problem.message, i18n.language)}
        </span>
      ))}
    </span>
  )
}

function describedBy(id: string, problems: readonly ValidationProblem[], helper?: string) {
  const ids = [
    problemsAt(problems, id).length > 0 ? `${id}-problems` : undefined,
    helper !== undefined ? `${id}-helper` : undefined,
  ].filter((value) => value !== undefined)
  return ids.length === 0 ? undefined : ids.join(' ')
}

function hasError(id: string, problems: readonly ValidationProblem[]) {
  return problemsAt(problems, id).some((problem) => problem.severity === 'blocking')
}

/** A labelled control in the HDS text-input style, with helper text and its problems. */
export function Field({
  id,
  label,
  helper,
  problems,
  children,
}: {
  id: string
  label: string
  helper?: string
  problems: readonly ValidationProblem[]
  children: (props: {
    id: string
    'aria-invalid': boolean
    'aria-describedby': string | undefined
  }) => ReactNode
}) {
  const invalid = hasError(id, problems)
  return (
    <div className={`hds-text-input designer-field${invalid ? ' hds-text-input--invalid' : ''}`}>
      <label className="hds-text-input__label" htmlFor={id}>
        {label}
      </label>
      <div className="hds-text-input__input-wrapper">
        {children({
          id,
          'aria-invalid': invalid,
          'aria-describedby': describedBy(id, problems, helper),
        })}
      </div>
      <FieldProblems id={id} problems={problems} />
      {helper !== undefined && (
        <span className="hds-text-input__helper-text" id={`${id}-helper`}>
          {helper}
        </span>
      )}
    </div>
  )
}

/** A text in the language of the open tab; the control says which language it is in. */
export function LanguageTextField({
  id,
  label,
  value,
  language,
  isMultiline = false,
  helper,
  problems,
  onChange,
}: {
  id: string
  label: string
  value: LanguageMap | undefined
  language: ContentLanguage
  isMultiline?: boolean
  helper?: string
  problems: readonly ValidationProblem[]
  onChange: (value: LanguageMap) => void
}) {
  const { t } = useTranslation()
  const text = value?.[language] ?? ''
  const change = (next: string) => {
    const copy: LanguageMap = { ...(value ?? {}) }
    if (next === '') {
      delete copy[language]
    } else {
      copy[language] = next
    }
    onChange(copy)
  }
  return (
    <Field
      id={id}
      label={`${label} (${t(`designer.language.${language}`)})`}
      {...(helper === undefined ? {} : { helper })}
      problems={problems}
    >
      {(props) =>
        isMultiline ? (
          <textarea
            {...props}
            lang={language}
            rows={4}
            value={text}
            onChange={(event) => change(event.target.value)}
          />
        ) : (
          <input
            {...props}
            lang={language}
            className="hds-text-input__input"
            value={text}
            onChange={(event) => change(event.target.value)}
          />
        )
      }
    </Field>
  )
}

/** A choice of one concept of a vocabulary (or none). */
export function ConceptSelect({
  id,
  label,
  vocabulary,
  value,
  problems,
  onChange,
}: {
  id: string
  label: string
  vocabulary: readonly Concept[]
  value: string | undefined
  problems: readonly ValidationProblem[]
  onChange: (value: string | undefined) => void
}) {
  const { t, i18n } = useTranslation()
  return (
    <Field id={id} label={label} problems={problems}>
      {(props) => (
        <select
          {...props}
          value={value ?? ''}
          onChange={(event) => onChange(event.target.value === '' ? undefined : event.target.value)}
        >
          <option value="">{t('designer.notChosen')}</option>
          {value !== undefined && !vocabulary.some((concept) => concept.key === value) && (
            <option value={value}>{value}</option>
          )}
          {vocabulary.map((concept) => (
            <option key={concept.key} value={concept.key}>
              {inLanguage(concept.label, i18n.language)}
            </option>
          ))}
        </select>
      )}
    </Field>
  )
}

/** Checkboxes for several concepts; the first box carries the group's id (for the checklist). */
export function ConceptCheckboxes({
  id,
  legend,
  vocabulary,
  value,
  problems,
  onChange,
}: {
  id: string
  legend: string
  vocabulary: readonly Concept[]
  value: readonly string[]
  problems: readonly ValidationProblem[]
  onChange: (value: string[]) => void
}) {
  const { i18n } = useTranslation()
  const here = problemsAt(problems, id)
  return (
    <fieldset
      className="designer-fieldset"
      aria-describedby={here.length > 0 ? `${id}-problems` : undefined}
    >
      <legend>{legend}</legend>
      {vocabulary.map((concept, index) => {
        const boxId = index === 0 ? id : `${id}-${concept.key}`
        return (
          <div className="designer-checkbox" key={concept.key}>
            <input
              type="checkbox"
              id={boxId}
              checked={value.includes(concept.key)}
              onChange={(event) =>
                onChange(
                  event.target.checked
                    ? [...value, concept.key]
                    : value.filter((key) => key !== concept.key),
                )
              }
            />
            <label htmlFor={boxId}>{inLanguage(concept.label, i18n.language)}</label>
          </div>
        )
      })}
      <FieldProblems id={id} problems={problems} />
    </fieldset>
  )
}
