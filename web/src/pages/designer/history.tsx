import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from '../../router.js'
import { listVersions } from './api.js'
import { differences, StatusLabel, useLoad } from './shared.js'

/** The versions of a specification, and the differences between two of them field by field. */
export function History({
  specificationId,
  currentId,
  hrefPrefix = '/design/versions/',
}: {
  specificationId: string
  currentId: string
  hrefPrefix?: string
}) {
  const { t, i18n } = useTranslation()
  const { data, error } = useLoad(
    (signal) => listVersions(specificationId, signal),
    [specificationId],
  )
  const versions = [...(data ?? [])].sort((a, b) => a.versionNumber - b.versionNumber)
  const [fromId, setFromId] = useState<string>()
  const [toId, setToId] = useState<string>()
  const to = versions.find((version) => version.id === (toId ?? currentId)) ?? versions.at(-1)
  const from =
    versions.find((version) => version.id === fromId) ??
    versions
      .filter((version) => to !== undefined && version.versionNumber < to.versionNumber)
      .at(-1) ??
    versions[0]
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeZone: 'Europe/Helsinki',
  })
  /** "learningOutcomes[2].text.fi" as "Learning outcomes 2, text (Finnish)". */
  const fieldName = (path: string) => {
    const parts = path.split('.')
    const language = parts.at(-1)
    const isLanguage = language === 'fi' || language === 'sv' || language === 'en'
    const named = (isLanguage ? parts.slice(0, -1) : parts).map((part, index) => {
      const match = /^(\w+)(?:\[(\d+)\])?$/.exec(part)
      const key = match?.[1] ?? part
      const label =
        index === 0
          ? t(`designer.field.${key}`, { defaultValue: key })
          : key === 'skills'
            ? 'ESCO'
            : ''
      return [label, match?.[2]].filter((value) => value !== undefined && value !== '').join(' ')
    })
    return `${named.filter((value) => value !== '').join(', ')}${isLanguage ? ` (${t(`designer.language.${language}`)})` : ''}`
  }
  const changes = from && to ? differences(from.content, to.content) : []
  return (
    <section className="designer-section" aria-labelledby="history-title">
      <h2 id="history-title">{t('designer.history.title')}</h2>
      {error !== undefined && <p role="alert">{t('designer.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('designer.loading')}</p>}
      <ol>
        {versions.map((version) => (
          <li key={version.id}>
            {version.id === currentId ? (
              <strong>{t('designer.history.version', { number: version.versionNumber })}</strong>
            ) : (
              <Link href={`${hrefPrefix}${version.id}`}>
                {t('designer.history.version', { number: version.versionNumber })}
              </Link>
            )}{' '}
            <StatusLabel status={version.status} /> {format.format(new Date(version.createdAt))}
            {version.changeLog !== '' && <span>: {version.changeLog}</span>}
          </li>
        ))}
      </ol>
      {versions.length > 1 && from !== undefined && to !== undefined && (
        <>
          <h3>{t('designer.history.compare')}</h3>
          <div className="designer-actions">
            <div className="designer-field">
              <label htmlFor="compare-from">{t('designer.history.from')}</label>
              <select
                id="compare-from"
                value={from.id}
                onChange={(event) => setFromId(event.target.value)}
              >
                {versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {t('designer.history.version', { number: version.versionNumber })}
                  </option>
                ))}
              </select>
            </div>
            <div className="designer-field">
              <label htmlFor="compare-to">{t('designer.history.to')}</label>
              <select
                id="compare-to"
                value={to.id}
                onChange={(event) => setToId(event.target.value)}
              >
                {versions.map((version) => (
                  <option key={version.id} value={version.id}>
                    {t('designer.history.version', { number: version.versionNumber })}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {changes.length === 0 ? (
            <p role="status">{t('designer.history.same')}</p>
          ) : (
            <dl className="designer-diff" aria-live="polite">
              {changes.map((change) => (
                <div key={change.path}>
                  <dt>{fieldName(change.path)}</dt>
                  <dd>
                    <del>
                      <span className="designer-visually-hidden">
                        {t('designer.history.before')}{' '}
                      </span>
                      {change.before ?? t('designer.history.empty')}
                    </del>{' '}
                    →{' '}
                    <ins>
                      <span className="designer-visually-hidden">
                        {t('designer.history.after')}{' '}
                      </span>
                      {change.after ?? t('designer.history.empty')}
                    </ins>
                  </dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  )
}
