import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi, inLanguage, type LanguageMap } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { AccessGate, type RoleOrganisation, useRoleAccess } from '../../role-access.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import {
  createStack,
  listOrganisationStacks,
  publishStack,
  type StackDefinition,
  type StackPart,
} from '../learner/stack-api.js'

type Offered = { specificationId: string; title: LanguageMap }

/** /design/stacks — an institution's stacks: define one (parts and rules), publish a draft. */
export function StackDesignPage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRoleAccess(['designer', 'admin'])
  return (
    <AccessGate title={t('stacks.design.title')} access={access} textPrefix="stacks.design">
      {(organisations) => <Design organisation={organisations[0] as RoleOrganisation} />}
    </AccessGate>
  )
}

function Design({ organisation }: { organisation: RoleOrganisation }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const stacks = useLoad(
    (signal) => listOrganisationStacks(organisation.slug, signal).then((answer) => answer.items),
    [organisation.slug],
  )
  const offered = useLoad(
    (signal) =>
      callApi<{ items: Offered[] }>(
        'GET',
        `/api/catalogue?organisation=${encodeURIComponent(organisation.slug)}&limit=100`,
        { signal },
      ).then((answer) => answer.items),
    [organisation.slug],
  )
  const publish = async (stackId: string) => {
    await publishStack(stackId, csrfToken())
    stacks.reload()
  }
  return (
    <>
      <h1>{t('stacks.design.title')}</h1>
      <p className="lead">
        {t('stacks.design.lead', { organisation: inLanguage(organisation.name, i18n.language) })}
      </p>
      <section aria-labelledby="stack-design-list-title">
        <h2 id="stack-design-list-title">{t('stacks.design.listTitle')}</h2>
        {stacks.data !== undefined && stacks.data.length === 0 && <p>{t('stacks.design.empty')}</p>}
        <ul className="learner-list">
          {(stacks.data ?? []).map((stack) => (
            <li key={stack.id} className="learner-card">
              <h3 className="learner-card__title">{inLanguage(stack.name, i18n.language)}</h3>
              <p>
                {stack.isPublished ? t('stacks.design.published') : t('stacks.design.draft')}{' '}
                {t('stacks.design.partCount', { count: stack.rules.parts.length })}
              </p>
              {!stack.isPublished && (
                <button
                  type="button"
                  className="hds-button hds-button--secondary"
                  onClick={() => void publish(stack.id)}
                >
                  <span className="hds-button__label">
                    {t('stacks.design.publish', { name: inLanguage(stack.name, i18n.language) })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      </section>
      <StackForm
        organisation={organisation}
        offered={offered.data ?? []}
        onCreated={stacks.reload}
      />
    </>
  )
}

function StackForm({
  organisation,
  offered,
  onCreated,
}: {
  organisation: RoleOrganisation
  offered: Offered[]
  onCreated: () => void
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [name, setName] = useState({ fi: '', sv: '', en: '' })
  const [description, setDescription] = useState('')
  const [required, setRequired] = useState<string[]>([])
  const [choice, setChoice] = useState<string[]>([])
  const [choiceCount, setChoiceCount] = useState('1')
  const [skillUri, setSkillUri] = useState('')
  const [skillLevel, setSkillLevel] = useState('')
  const [minimumEcts, setMinimumEcts] = useState('')
  const [maximumAgeMonths, setMaximumAgeMonths] = useState('')
  const [issuers, setIssuers] = useState('')
  const [message, setMessage] = useState<{ kind: 'saved' | 'failed'; text: string } | undefined>()

  const toggle = (list: string[], id: string) =>
    list.includes(id) ? list.filter((known) => known !== id) : [...list, id]
  const optionalNumber = (key: string, text: string) =>
    text.trim() === '' ? {} : { [key]: Number(text) }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const parts: StackPart[] = [
      ...required.map((specificationId) => ({ kind: 'specification' as const, specificationId })),
      ...(choice.length === 0
        ? []
        : [{ kind: 'any-of' as const, count: Number(choiceCount), specificationIds: choice }]),
      ...(skillUri.trim() === ''
        ? []
        : [
            {
              kind: 'skill' as const,
              skillUri: skillUri.trim(),
              count: 1,
              ...(skillLevel === '' ? {} : { minimumEqfLevel: Number(skillLevel) }),
            },
          ]),
    ]
    const definition: StackDefinition = {
      name: Object.fromEntries(Object.entries(name).filter(([, text]) => text.trim() !== '')),
      description: description.trim() === '' ? {} : { [i18n.language]: description.trim() },
      rules: {
        parts,
        ...optionalNumber('minimumEcts', minimumEcts),
        ...optionalNumber('maximumAgeMonths', maximumAgeMonths),
        acceptedIssuers: issuers
          .split('\n')
          .map((line) => line.trim())
          .filter((line) => line !== ''),
      },
    }
    try {
      await createStack(organisation.slug, definition, csrfToken())
      setMessage({ kind: 'saved', text: t('stacks.design.saved') })
      onCreated()
    } catch (error) {
      setMessage({
        kind: 'failed',
        text:
          error instanceof ApiError && error.code === 'STACK_INVALID'
            ? t('stacks.design.invalid')
            : t('stacks.design.failed'),
      })
    }
  }
  const title = (item: Offered) => inLanguage(item.title, i18n.language)
  return (
    <section aria-labelledby="stack-form-title">
      <h2 id="stack-form-title">{t('stacks.design.formTitle')}</h2>
      <form onSubmit={submit} className="narrow">
        {(['fi', 'sv', 'en'] as const).map((language) => (
          <div className="hds-text-input" key={language}>
            <label className="hds-text-input__label" htmlFor={`stack-name-${language}`}>
              {t(`stacks.design.name.${language}`)}
            </label>
            <div className="hds-text-input__input-wrapper">
              <input
                id={`stack-name-${language}`}
                className="hds-text-input__input"
                value={name[language]}
                onChange={(event) => setName({ ...name, [language]: event.target.value })}
              />
            </div>
          </div>
        ))}
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor="stack-description">
            {t('stacks.design.description')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id="stack-description"
              className="hds-text-input__input"
              value={description}
              onChange={(event) => setDescription(event.target.value)}
            />
          </div>
        </div>
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">{t('stacks.design.required')}</legend>
          {offered.map((item) => (
            <div className="hds-checkbox" key={item.specificationId}>
              <input
                type="checkbox"
                className="hds-checkbox__input"
                id={`stack-required-${item.specificationId}`}
                checked={required.includes(item.specificationId)}
                onChange={() => setRequired(toggle(required, item.specificationId))}
              />
              <label
                className="hds-checkbox__label"
                htmlFor={`stack-required-${item.specificationId}`}
              >
                {title(item)}
              </label>
            </div>
          ))}
        </fieldset>
        <fieldset className="hds-selection-group">
          <legend className="hds-selection-group__legend">{t('stacks.design.choice')}</legend>
          {offered.map((item) => (
            <div className="hds-checkbox" key={item.specificationId}>
              <input
                type="checkbox"
                className="hds-checkbox__input"
                id={`stack-choice-${item.specificationId}`}
                checked={choice.includes(item.specificationId)}
                onChange={() => setChoice(toggle(choice, item.specificationId))}
              />
              <label
                className="hds-checkbox__label"
                htmlFor={`stack-choice-${item.specificationId}`}
              >
                {title(item)}
              </label>
            </div>
          ))}
        </fieldset>
        <NumberField
          id="stack-choice-count"
          label={t('stacks.design.choiceCount')}
          value={choiceCount}
          onChange={setChoiceCount}
        />
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor="stack-skill">
            {t('stacks.design.skill')}
          </label>
          <p className="hds-text-input__helper-text" id="stack-skill-help">
            {t('stacks.design.skillHelp')}
          </p>
          <div className="hds-text-input__input-wrapper">
            <input
              id="stack-skill"
              className="hds-text-input__input"
              aria-describedby="stack-skill-help"
              value={skillUri}
              onChange={(event) => setSkillUri(event.target.value)}
            />
          </div>
        </div>
        <NumberField
          id="stack-skill-level"
          label={t('stacks.design.skillLevel')}
          value={skillLevel}
          onChange={setSkillLevel}
        />
        <NumberField
          id="stack-minimum-ects"
          label={t('stacks.design.minimumEcts')}
          value={minimumEcts}
          onChange={setMinimumEcts}
        />
        <NumberField
          id="stack-maximum-age"
          label={t('stacks.design.maximumAgeMonths')}
          value={maximumAgeMonths}
          onChange={setMaximumAgeMonths}
        />
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor="stack-issuers">
            {t('stacks.design.acceptedIssuers')}
          </label>
          <p className="hds-text-input__helper-text" id="stack-issuers-help">
            {t('stacks.design.acceptedIssuersHelp')}
          </p>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id="stack-issuers"
              className="hds-text-input__input"
              aria-describedby="stack-issuers-help"
              value={issuers}
              onChange={(event) => setIssuers(event.target.value)}
            />
          </div>
        </div>
        <div role="status">
          {message !== undefined && (
            <p className={message.kind === 'failed' ? 'alert' : 'notice'}>{message.text}</p>
          )}
        </div>
        <button type="submit" className="hds-button hds-button--primary">
          <span className="hds-button__label">{t('stacks.design.create')}</span>
        </button>
      </form>
    </section>
  )
}

function NumberField({
  id,
  label,
  value,
  onChange,
}: {
  id: string
  label: string
  value: string
  onChange: (value: string) => void
}) {
  return (
    <div className="hds-text-input">
      <label className="hds-text-input__label" htmlFor={id}>
        {label}
      </label>
      <div className="hds-text-input__input-wrapper">
        <input
          id={id}
          type="number"
          inputMode="decimal"
          className="hds-text-input__input"
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
    </div>
  )
}
