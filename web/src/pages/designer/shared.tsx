import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  assessmentTypes,
  type Concept,
  formsOfParticipation,
  gradingSchemes,
  iscedBroadFields,
  learningSettings,
  qfEheaCycles,
  supervisionLevels,
} from '../../../../src/core/specification/vocabularies.js'
import { inLanguage, type LanguageMap, type Role } from '../../api-client.js'
import {
  AccessGate as SharedAccessGate,
  useRoleAccess as useSharedRoleAccess,
} from '../../role-access.js'
import type { SpecificationContent, SpecificationStatus, ValidationProblem } from './api.js'
import './designer.css'

export type { Concept }
export {
  assessmentTypes,
  formsOfParticipation,
  gradingSchemes,
  iscedBroadFields,
  learningSettings,
  qfEheaCycles,
  supervisionLevels,
}

export const contentLanguages = ['fi', 'sv', 'en'] as const
export type ContentLanguage = (typeof contentLanguages)[number]

export type { RoleOrganisation } from '../../role-access.js'

/** The organisations where the signed-in person has the role (from GET /api/me). */
export function useRoleAccess(role: Role) {
  return useSharedRoleAccess([role])
}
export { useLoad } from '../../use-load.js'

/** The role gate of the designer's and reviewer's pages, with their texts. */
export function AccessGate(props: Omit<Parameters<typeof SharedAccessGate>[0], 'textPrefix'>) {
  return <SharedAccessGate {...props} textPrefix="designer" />
}

const statusClasses: Record<SpecificationStatus, string> = {
  draft: 'hds-status-label',
  'in-review': 'hds-status-label hds-status-label--info',
  approved: 'hds-status-label hds-status-label--alert',
  published: 'hds-status-label hds-status-label--success',
  retired: 'hds-status-label',
}

/** A version's status in words (the colour only adds to them). */
export function StatusLabel({ status }: { status: SpecificationStatus }) {
  const { t } = useTranslation()
  return <span className={statusClasses[status]}>{t(`designer.status.${status}`)}</span>
}

/** The id of the form control a problem's path points at (see the editor's fields). */
export function fieldIdOf(path: string): string | undefined {
  const outcome = /^learningOutcomes\[(\d+)\]\.(text|skills)/.exec(path)
  if (outcome) {
    return outcome[2] === 'text' ? `f-outcome-${outcome[1]}` : `f-outcome-${outcome[1]}-skill`
  }
  const link = /^links\[(\d+)\]/.exec(path)
  if (link) {
    return `f-link-${link[1]}-url`
  }
  const head = path.split(/[.[]/)[0] ?? path
  const map: Record<string, string> = {
    issuerLocations: 'f-country',
    learningOutcomes: 'f-add-outcome',
    qualityAssurance: 'f-qualityAssurance-code',
    stackability: 'f-stackability-towards',
    price: 'f-price',
    awardingBodyIds: 'f-awarding-body',
  }
  return map[head] ?? `f-${head}`
}

/** The validation checklist: every problem in the reader's language, errors first, each a link. */
export function Checklist({
  problems,
  isLinked,
  isChecking = false,
}: {
  problems: readonly ValidationProblem[]
  isLinked: boolean
  isChecking?: boolean
}) {
  const { t, i18n } = useTranslation()
  const blocking = problems.filter((problem) => problem.severity === 'blocking')
  const advisory = problems.filter((problem) => problem.severity === 'advisory')
  const item = (problem: ValidationProblem, index: number) => {
    const text = inLanguage(problem.message, i18n.language)
    const target = fieldIdOf(problem.path)
    return (
      <li key={`${problem.path}-${problem.code}-${index}`}>
        {isLinked && target !== undefined ? (
          <a
            href={`#${target}`}
            onClick={(event) => {
              const element = document.getElementById(target)
              if (element !== null) {
                event.preventDefault()
                element.focus()
                element.scrollIntoView({ block: 'center' })
              }
            }}
          >
            {text}
          </a>
        ) : (
          text
        )}
      </li>
    )
  }
  return (
    <section className="designer-checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">{t('designer.checklist.title')}</h2>
      {/* The count is announced when a check ends; "Checking…" is only shown, not announced. */}
      <p role="status" className="designer-checklist-summary">
        {blocking.length === 0
          ? t('designer.checklist.ready')
          : t('designer.checklist.counts', { count: blocking.length })}
      </p>
      {isChecking && (
        <p className="designer-muted" aria-hidden="true">
          {t('designer.checklist.checking')}
        </p>
      )}
      {blocking.length > 0 && (
        <>
          <h3>{t('designer.checklist.errors', { count: blocking.length })}</h3>
          <ul className="designer-problems designer-problems--error">{blocking.map(item)}</ul>
        </>
      )}
      {advisory.length > 0 && (
        <>
          <h3>{t('designer.checklist.advisories', { count: advisory.length })}</h3>
          <ul className="designer-problems designer-problems--advisory">{advisory.map(item)}</ul>
        </>
      )}
    </section>
  )
}

export function conceptLabel(
  vocabulary: readonly Concept[],
  key: string | undefined,
  language: string,
): string {
  if (key === undefined) {
    return ''
  }
  const concept = vocabulary.find((candidate) => candidate.key === key)
  return concept === undefined ? key : inLanguage(concept.label, language)
}

/** A text in the reader's language, marked with its own language when it falls back to another. */
export function LocalText({
  text,
  as = 'span',
}: {
  text: LanguageMap | undefined
  as?: 'span' | 'p'
}) {
  const { i18n } = useTranslation()
  const map = text ?? {}
  const order = [i18n.language, 'fi', 'en', 'sv'] as const
  const language = order.find((candidate) => map[candidate as keyof LanguageMap])
  if (language === undefined) {
    return null
  }
  const value = map[language as keyof LanguageMap] ?? ''
  const lang = language === i18n.language ? undefined : language
  return as === 'p' ? <p lang={lang}>{value}</p> : <span lang={lang}>{value}</span>
}

/** The micro-credential as the catalogue page shows it: every element with its heading. */
export function ContentPreview({
  content,
  headingLevel = 2,
}: {
  content: SpecificationContent
  headingLevel?: 2 | 3
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const Sub = headingLevel === 2 ? 'h3' : 'h4'
  const number = (value: number) => new Intl.NumberFormat(language).format(value)
  const facts: [string, ReactNode][] = [
    [t('designer.field.ects'), content.ects === undefined ? '' : number(content.ects)],
    [
      t('designer.field.hours'),
      content.hours !== undefined
        ? number(content.hours)
        : content.ects !== undefined
          ? number(content.ects * 27)
          : '',
    ],
    [
      t('designer.field.eqfLevel'),
      content.eqfLevel === 'not-applicable'
        ? t('designer.eqfNotApplicable')
        : content.eqfLevel === undefined
          ? ''
          : String(content.eqfLevel),
    ],
    [
      t('designer.field.formsOfParticipation'),
      (content.formsOfParticipation ?? [])
        .map((key) => conceptLabel(formsOfParticipation, key, language))
        .join(', '),
    ],
    [
      t('designer.field.assessmentTypes'),
      (content.assessmentTypes ?? [])
        .map((key) => conceptLabel(assessmentTypes, key, language))
        .join(', '),
    ],
    [
      t('designer.field.supervision'),
      conceptLabel(supervisionLevels, content.supervision, language),
    ],
    [
      t('designer.field.learningSetting'),
      conceptLabel(learningSettings, content.learningSetting, language),
    ],
    [
      t('designer.field.gradingScheme'),
      conceptLabel(gradingSchemes, content.gradingScheme, language),
    ],
    [
      t('designer.field.languages'),
      (content.languages ?? [])
        .map((code) => new Intl.DisplayNames([language], { type: 'language' }).of(code) ?? code)
        .join(', '),
    ],
    [
      t('designer.field.country'),
      (content.issuerLocations ?? [])
        .map((location) =>
          [location.country, location.region]
            .filter((part) => part !== undefined && part !== '')
            .join(', '),
        )
        .join('; '),
    ],
    [t('designer.field.nqfLevel'), content.nqfLevel === undefined ? '' : String(content.nqfLevel)],
    [
      t('designer.field.iscedField'),
      content.iscedField === undefined
        ? ''
        : `${content.iscedField} ${conceptLabel(iscedBroadFields, content.iscedField.slice(0, 2), language)}`,
    ],
    [
      t('designer.field.stackability'),
      content.stackability === undefined
        ? ''
        : content.stackability.kind === 'stand-alone'
          ? t('designer.stackability.stand-alone')
          : `${t('designer.stackability.towards')}: ${content.stackability.towards
              .map((text) => inLanguage(text, language))
              .join(', ')}`,
    ],
    [
      t('designer.field.price'),
      content.price === undefined
        ? ''
        : new Intl.NumberFormat(language, { style: 'currency', currency: 'EUR' }).format(
            content.price.amountCents / 100,
          ),
    ],
  ]
  const texts: [string, LanguageMap | undefined][] = [
    [t('designer.field.description'), content.description],
    [t('designer.field.prerequisites'), content.prerequisites],
    [t('designer.field.targetGroup'), content.targetGroup],
    [t('designer.field.furtherInformation'), content.furtherInformation],
  ]
  return (
    <article className="designer-preview">
      <Heading>
        <LocalText text={content.title} />
        {inLanguage(content.title ?? {}, language) === '' && t('designer.untitled')}
      </Heading>
      <LocalText text={content.summary} as="p" />
      <dl className="designer-facts">
        {facts
          .filter(([, value]) => value !== '')
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      <Sub>{t('designer.field.learningOutcomes')}</Sub>
      {(content.learningOutcomes ?? []).length === 0 ? (
        <p>{t('designer.preview.noOutcomes')}</p>
      ) : (
        <ul>
          {(content.learningOutcomes ?? []).map((outcome) => (
            <li key={outcome.id}>
              <LocalText text={outcome.text} />
              {outcome.skills.length > 0 && (
                <span className="designer-muted">
                  {' '}
                  ({t('designer.preview.skills', { count: outcome.skills.length })})
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {content.qualityAssurance !== undefined && (
        <>
          <Sub>{t('designer.field.qualityAssurance')}</Sub>
          <LocalText text={content.qualityAssurance.text} as="p" />
        </>
      )}
      {(content.links ?? []).length > 0 && (
        <>
          <Sub>{t('designer.field.links')}</Sub>
          <ul>
            {(content.links ?? []).map((link) => (
              <li key={link.url}>
                <a href={link.url}>{inLanguage(link.label, language) || link.url}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {texts
        .filter(([, text]) => text !== undefined && inLanguage(text, language) !== '')
        .map(([label, text]) => (
          <div key={label}>
            <Sub>{label}</Sub>
            <LocalText text={text} as="p" />
          </div>
        ))}
    </article>
  )
}

/** The content as flat, readable fields (path → text), for comparing two versions. */
export function flattenContent(content: SpecificationContent): Map<string, string> {
  const fields = new Map<string, string>()
  const visit = (value: unknown, path: string) => {
    if (value === undefined || value === null) {
      return
    }
    if (Array.isArray(value)) {
      if (value.every((entry) => typeof entry !== 'object')) {
        if (value.length > 0) {
          fields.set(path, value.join(', '))
        }
        return
      }
      for (const [index, entry] of value.entries()) {
        visit(entry, `${path}[${index + 1}]`)
      }
      return
    }
    if (typeof value === 'object') {
      for (const [key, entry] of Object.entries(value as Record<string, unknown>)) {
        if (key === 'id') {
          continue
        }
        visit(entry, path === '' ? key : `${path}.${key}`)
      }
      return
    }
    if (String(value) !== '') {
      fields.set(path, String(value))
    }
  }
  visit(content, '')
  return fields
}

export type Difference = { path: string; before: string | undefined; after: string | undefined }

export function differences(
  before: SpecificationContent,
  after: SpecificationContent,
): Difference[] {
  const old = flattenContent(before)
  const now = flattenContent(after)
  const paths = [...new Set([...old.keys(), ...now.keys()])]
  return paths
    .filter((path) => old.get(path) !== now.get(path))
    .map((path) => ({ path, before: old.get(path), after: now.get(path) }))
}
