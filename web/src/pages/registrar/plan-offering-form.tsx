import { type FormEvent, type ReactNode, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import { navigate } from '../../router.js'
import { useSession } from '../../session.js'
import {
  type Offering,
  ProblemError,
  type RowProblem,
  type SpecificationVersion,
  sendJson,
} from './api.js'
import { FormField } from './form-field.js'
import { useProblemText } from './problem-text.js'
import { ErrorSummary, type ManagedOrganisation } from './shared.js'

const formsOfParticipation = [
  'online',
  'blended',
  'presential',
  'work-based',
  'project-based',
  'research-lab-based',
] as const

type Values = {
  versionId: string
  startsOn: string
  endsOn: string
  enrolmentOpensAt: string
  enrolmentClosesAt: string
  seatLimit: string
  price: string
  formOfParticipation: string
  languageOfInstruction: string
  teachers: string
  courseCode: string
}
type FieldName = keyof Values

const fieldOrder: readonly FieldName[] = [
  'versionId',
  'startsOn',
  'endsOn',
  'enrolmentOpensAt',
  'enrolmentClosesAt',
  'seatLimit',
  'price',
  'formOfParticipation',
  'languageOfInstruction',
  'teachers',
  'courseCode',
]

const empty: Values = {
  versionId: '',
  startsOn: '',
  endsOn: '',
  enrolmentOpensAt: '',
  enrolmentClosesAt: '',
  seatLimit: '',
  price: '',
  formOfParticipation: 'online',
  languageOfInstruction: 'fi',
  teachers: '',
  courseCode: '',
}

/** Which field of the form a problem of the API (its `path`) belongs to. */
function fieldOfPath(path: string): FieldName | undefined {
  const head = path.split('/')[0] ?? ''
  if (head === 'priceCents') {
    return 'price'
  }
  if (head === 'specificationId') {
    return 'versionId'
  }
  return (fieldOrder as readonly string[]).includes(head) ? (head as FieldName) : undefined
}

/** A wall-clock time in Helsinki (from datetime-local) as ISO 8601 with Helsinki's offset then. */
export function helsinkiDateTime(local: string): string {
  const guess = new Date(`${local}:00Z`)
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/Helsinki', timeZoneName: 'longOffset' })
      .formatToParts(guess)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT+02:00'
  const offset = name === 'GMT' ? '+00:00' : name.slice(3)
  return `${local}:00${offset}`
}

/** A field's problem: a text of the form's own, or the API's problem (worded when shown). */
type FieldError = { key: string } | { problem: RowProblem }
type Errors = Partial<Record<FieldName, FieldError>>

/** Plans an offering of a published specification; every problem is shown beside its field. */
export function PlanOfferingForm({
  specifications,
}: {
  specifications: { organisation: ManagedOrganisation; version: SpecificationVersion }[]
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken, setNotice } = useSession()
  const problemText = useProblemText()
  const [values, setValues] = useState<Values>(empty)
  const [errors, setErrors] = useState<Errors>({})
  const [otherProblems, setOtherProblems] = useState<RowProblem[]>([])
  const [failure, setFailure] = useState<string | undefined>(undefined)
  const [isBusy, setIsBusy] = useState(false)
  const [attempt, setAttempt] = useState(0)

  if (specifications.length === 0) {
    return <p>{t('registrar.plan.noSpecifications')}</p>
  }

  const set = (name: FieldName) => (value: string) =>
    setValues((current) => ({ ...current, [name]: value }))

  const checkLocally = (): { errors: Errors; body?: Record<string, unknown> } => {
    const found: Errors = {}
    const required: FieldName[] = [
      'versionId',
      'startsOn',
      'endsOn',
      'enrolmentOpensAt',
      'enrolmentClosesAt',
    ]
    for (const name of required) {
      if (values[name].trim() === '') {
        found[name] = { key: `registrar.plan.required.${name}` }
      }
    }
    let seatLimit: number | null = null
    if (values.seatLimit.trim() !== '') {
      if (/^\d{1,6}$/.test(values.seatLimit.trim())) {
        seatLimit = Number(values.seatLimit.trim())
      } else {
        found.seatLimit = { key: 'registrar.plan.invalid.seatLimit' }
      }
    }
    let priceCents: number | null = null
    if (values.price.trim() !== '') {
      const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(values.price.trim())
      if (match === null) {
        found.price = { key: 'registrar.plan.invalid.price' }
      } else {
        priceCents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
      }
    }
    if (Object.keys(found).length > 0) {
      return { errors: found }
    }
    return {
      errors: found,
      body: {
        versionId: values.versionId,
        startsOn: values.startsOn,
        endsOn: values.endsOn,
        enrolmentOpensAt: helsinkiDateTime(values.enrolmentOpensAt),
        enrolmentClosesAt: helsinkiDateTime(values.enrolmentClosesAt),
        seatLimit,
        priceCents,
        formOfParticipation: values.formOfParticipation,
        languageOfInstruction: values.languageOfInstruction,
        teachers: values.teachers
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
        courseCode: values.courseCode.trim() === '' ? null : values.courseCode.trim(),
      },
    }
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setFailure(undefined)
    setOtherProblems([])
    const checked = checkLocally()
    setAttempt((value) => value + 1)
    if (checked.body === undefined) {
      setErrors(checked.errors)
      return
    }
    const chosen = specifications.find(({ version }) => version.id === values.versionId)
    if (chosen === undefined) {
      setErrors({ versionId: { key: 'registrar.plan.required.versionId' } })
      return
    }
    setErrors({})
    setIsBusy(true)
    try {
      const offering = await sendJson<Offering>(
        `/api/specifications/${chosen.version.specificationId}/offerings`,
        csrfToken(),
        checked.body,
      )
      const path = `/registrar/offerings/${offering.id}`
      setNotice({ path, key: 'registrar.plan.created' })
      navigate(path)
    } catch (error) {
      if (error instanceof ProblemError && error.code === 'OFFERING_INVALID') {
        const found: Errors = {}
        const others: RowProblem[] = []
        for (const problem of error.problems) {
          const field = fieldOfPath(problem.path)
          if (field === undefined) {
            others.push(problem)
          } else if (found[field] === undefined) {
            found[field] = { problem }
          }
        }
        setErrors(found)
        setOtherProblems(others)
      } else {
        setFailure(t('registrar.plan.failed'))
      }
    } finally {
      setIsBusy(false)
    }
  }

  // Worded when shown, so that a change of language rewords the problems too.
  const errorText = (error: FieldError): ReactNode =>
    'key' in error ? (
      t(error.key)
    ) : (
      <>
        {t('registrar.plan.checkField')} {problemText(error.problem)}
      </>
    )
  const summaryItems = fieldOrder.flatMap((name) => {
    const error = errors[name]
    return error === undefined
      ? []
      : [
          {
            targetId: `plan-${name}`,
            text: (
              <>
                {t(`registrar.plan.fields.${name}`)}: {errorText(error)}
              </>
            ),
          },
        ]
  })
  const field = (name: FieldName) => {
    const error = errors[name]
    return {
      id: `plan-${name}`,
      label: t(`registrar.plan.fields.${name}`),
      error: error === undefined ? undefined : errorText(error),
    }
  }
  const organisations = [...new Set(specifications.map(({ organisation }) => organisation))]

  return (
    <form className="registrar-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <p className="registrar-muted">{t('registrar.plan.requiredNote')}</p>
      {(summaryItems.length > 0 || otherProblems.length > 0) && (
        <ErrorSummary
          key={attempt}
          id="plan-error-summary"
          title={t('registrar.plan.errorSummary')}
          items={[
            ...summaryItems,
            ...otherProblems.map((problem) => ({
              targetId: 'plan-versionId',
              text: problemText(problem),
            })),
          ]}
        />
      )}
      <FormField {...field('versionId')} isRequired requiredText={t('registrar.required')}>
        {(props) => (
          <select
            {...props}
            className="hds-text-input__input"
            value={values.versionId}
            onChange={(event) => set('versionId')(event.target.value)}
          >
            <option value="">{t('registrar.plan.choose')}</option>
            {organisations.map((organisation) => (
              <optgroup key={organisation.id} label={inLanguage(organisation.name, i18n.language)}>
                {specifications
                  .filter((each) => each.organisation === organisation)
                  .map(({ version }) => (
                    <option key={version.id} value={version.id}>
                      {inLanguage(version.content.title, i18n.language)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        )}
      </FormField>
      <div className="registrar-field-pair">
        {(['startsOn', 'endsOn'] as const).map((name) => (
          <FormField key={name} {...field(name)} isRequired requiredText={t('registrar.required')}>
            {(props) => (
              <input
                {...props}
                className="hds-text-input__input"
                type="date"
                value={values[name]}
                onChange={(event) => set(name)(event.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
      <div className="registrar-field-pair">
        {(['enrolmentOpensAt', 'enrolmentClosesAt'] as const).map((name) => (
          <FormField
            key={name}
            {...field(name)}
            helper={t('registrar.plan.helsinkiTime')}
            isRequired
            requiredText={t('registrar.required')}
          >
            {(props) => (
              <input
                {...props}
                className="hds-text-input__input"
                type="datetime-local"
                value={values[name]}
                onChange={(event) => set(name)(event.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
      <div className="registrar-field-pair">
        <FormField {...field('seatLimit')} helper={t('registrar.plan.seatLimitHelp')}>
          {(props) => (
            <input
              {...props}
              className="hds-text-input__input"
              inputMode="numeric"
              value={values.seatLimit}
              onChange={(event) => set('seatLimit')(event.target.value)}
            />
          )}
        </FormField>
        <FormField {...field('price')} helper={t('registrar.plan.priceHelp')}>
          {(props) => (
            <input
              {...props}
              className="hds-text-input__input"
              inputMode="decimal"
              value={values.price}
              onChange={(event) => set('price')(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="registrar-field-pair">
        <FormField {...field('formOfParticipation')}>
          {(props) => (
            <select
              {...props}
              className="hds-text-input__input"
              value={values.formOfParticipation}
              onChange={(event) => set('formOfParticipation')(event.target.value)}
            >
              {formsOfParticipation.map((form) => (
                <option key={form} value={form}>
                  {t(`registrar.form.${form}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField {...field('languageOfInstruction')}>
          {(props) => (
            <select
              {...props}
              className="hds-text-input__input"
              value={values.languageOfInstruction}
              onChange={(event) => set('languageOfInstruction')(event.target.value)}
            >
              {(['fi', 'sv', 'en'] as const).map((language) => (
                <option key={language} value={language}>
                  {t(`registrar.language.${language}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField {...field('teachers')} helper={t('registrar.plan.teachersHelp')}>
        {(props) => (
          <textarea
            {...props}
            className="hds-text-input__input registrar-textarea"
            rows={3}
            value={values.teachers}
            onChange={(event) => set('teachers')(event.target.value)}
          />
        )}
      </FormField>
      <FormField {...field('courseCode')} helper={t('registrar.plan.courseCodeHelp')}>
        {(props) => (
          <input
            {...props}
            className="hds-text-input__input"
            value={values.courseCode}
            onChange={(event) => set('courseCode')(event.target.value)}
          />
        )}
      </FormField>
      {failure !== undefined && (
        <p role="alert" className="registrar-error">
          {failure}
        </p>
      )}
      <button type="submit" className="hds-button hds-button--primary" disabled={isBusy}>
        <span className="hds-button__label">{t('registrar.plan.submit')}</span>
      </button>
    </form>
  )
}
