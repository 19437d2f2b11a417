import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import { Link } from '../../router.js'
import type { StackProgress } from './stack-api.js'

type Part = StackProgress['parts'][number]

/** What a part asks for, in words: a named specification, any N of a list, or a skill at a level. */
export function PartDescription({ part, view }: { part: Part; view: StackProgress }) {
  const { t, i18n } = useTranslation()
  const title = (id: string) =>
    inLanguage(
      view.specifications.find((specification) => specification.id === id)?.title ?? {},
      i18n.language,
    ) || id
  const { part: rule } = part
  if (rule.kind === 'specification') {
    return <>{title(rule.specificationId)}</>
  }
  if (rule.kind === 'any-of') {
    return (
      <>
        {t('stacks.part.anyOf', { count: rule.count })}{' '}
        {rule.specificationIds.map(title).join(' · ')}
      </>
    )
  }
  const skill = view.skills.find((known) => known.uri === rule.skillUri)?.label ?? rule.skillUri
  return (
    <>
      {rule.minimumEqfLevel === undefined
        ? t('stacks.part.skill', { count: rule.count, skill })
        : t('stacks.part.skillAtLevel', { count: rule.count, skill, level: rule.minimumEqfLevel })}
    </>
  )
}

/** Each part of the stack: done with the credential that fills it, or missing with the options. */
export function StackParts({ view }: { view: StackProgress }) {
  const { t, i18n } = useTranslation()
  const credentialName = (id: string) => {
    const credential = view.credentials.find((known) => known.id === id)
    return credential === undefined ? id : `${credential.name} (${credential.issuerName})`
  }
  const title = (id: string) =>
    inLanguage(
      view.specifications.find((specification) => specification.id === id)?.title ?? {},
      i18n.language,
    ) || id
  return (
    <ol className="stack-parts">
      {view.parts.map((part) => (
        <li key={part.index} className="learner-card stack-part">
          <h3 className="learner-card__title">
            <PartDescription part={part} view={view} />
          </h3>
          <p>
            <span
              className={`hds-status-label learner-state hds-status-label--${part.isDone ? 'success' : 'alert'}`}
            >
              {part.isDone
                ? t('stacks.part.done')
                : t('stacks.part.missing', { count: part.missing })}
            </span>
          </p>
          {part.filledBy.length > 0 && (
            <p>
              {t('stacks.part.filledBy')} {part.filledBy.map(credentialName).join(', ')}
            </p>
          )}
          {part.options.length > 0 && (
            <>
              <p>{t('stacks.part.options')}</p>
              <ul>
                {part.options.map((id) => (
                  <li key={id}>
                    <Link href={`/catalogue/${encodeURIComponent(id)}`}>{title(id)}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {part.notCounted.length > 0 && (
            <ul className="stack-not-counted">
              {part.notCounted.map((entry) => (
                <li key={entry.credentialId}>
                  {t('stacks.part.notCounted', {
                    name: credentialName(entry.credentialId),
                    reasons: entry.reasons.map((reason) => t(`stacks.reason.${reason}`)).join(', '),
                  })}
                </li>
              ))}
            </ul>
          )}
          {part.usedElsewhere.length > 0 && (
            <p>
              {t('stacks.part.usedElsewhere', {
                names: part.usedElsewhere
                  .map((entry) => credentialName(entry.credentialId))
                  .join(', '),
              })}
            </p>
          )}
        </li>
      ))}
    </ol>
  )
}
