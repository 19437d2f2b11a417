import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi } from '../../api-client.js'
import type { ApiToken, AuditEntry, Member } from './api.js'
import { organisationPath } from './api.js'
import { TableWrap, useDateTime, useLoad } from './shared.js'

const pageSize = 20

/** The audit log, newest first, a page at a time (`before` the oldest entry shown). */
export function AuditSection({
  slug,
  members,
  changes,
}: {
  slug: string
  /** How many changes were made on the page: each new one loads the page shown again. */
  changes: number
  /** The organisation's people, to name actors and subjects; undefined while they load. */
  members: Member[] | undefined
}) {
  const { t, i18n } = useTranslation()
  const dateTime = useDateTime()
  // The `before` of each page shown so far: the last is the page on screen (undefined: newest).
  const [pages, setPages] = useState<(number | undefined)[]>([undefined])
  const before = pages[pages.length - 1]
  const headingRef = useRef<HTMLHeadingElement>(null)
  const entries = useLoad(
    (signal) =>
      callApi<{ items: AuditEntry[] }>(
        'GET',
        `${organisationPath(slug)}/audit?limit=${pageSize}${before === undefined ? '' : `&before=${before}`}`,
        { signal },
      ).then((answer) => answer.items),
    [slug, before, changes],
  )
  const tokens = useLoad(
    (signal) =>
      callApi<{ items: ApiToken[] }>('GET', `${organisationPath(slug)}/api-tokens`, {
        signal,
      }).then((answer) => answer.items),
    [slug, before, changes],
  )

  const personName = (id: string) =>
    members?.find((member) => member.person.id === id)?.person.displayName
  const tokenName = (id: string) => tokens.data?.find((token) => token.id === id)?.name

  const actorText = (actor: AuditEntry['actor']): string => {
    if (actor.kind === 'person' && actor.id !== null) {
      return (
        personName(actor.id) ?? t('admin.audit.actor.formerPerson', { id: actor.id.slice(0, 8) })
      )
    }
    if (actor.kind === 'api-token' && actor.id !== null) {
      return t('admin.audit.actor.token', { name: tokenName(actor.id) ?? actor.id.slice(0, 8) })
    }
    if (actor.kind === 'system') {
      return t('admin.audit.actor.system')
    }
    if (actor.kind === 'anonymous') {
      return t('admin.audit.actor.anonymous')
    }
    return actor.kind
  }

  const actionText = (action: string): { text: string; isRaw: boolean } => {
    const key = `admin.audit.actions.${action}`
    return i18n.exists(key) ? { text: t(key), isRaw: false } : { text: action, isRaw: true }
  }

  const subjectValue = (name: string, value: string): string => {
    if (name === 'personId') {
      return personName(value) ?? value
    }
    if (name === 'tokenId') {
      return tokenName(value) ?? value
    }
    if ((name === 'from' || name === 'to') && i18n.exists(`admin.audit.states.${value}`)) {
      return t(`admin.audit.states.${value}`)
    }
    if (name === 'roles') {
      return value === ''
        ? t('admin.audit.noRoles')
        : value
            .split(',')
            .map((role) => (i18n.exists(`roles.${role}`) ? t(`roles.${role}`) : role))
            .join(', ')
    }
    return value
  }

  const subjectLabel = (name: string): string => {
    const key = `admin.audit.subject.${name}`
    return i18n.exists(key) ? t(key) : name
  }

  const moveTo = (next: (number | undefined)[]) => {
    setPages(next)
    headingRef.current?.focus()
  }

  // Shown once the people are known too, so that nobody reads as a former member meanwhile.
  const items = members === undefined ? undefined : entries.data
  const oldest = items?.[items.length - 1]

  return (
    <section className="panel admin-section" id="audit-log" aria-labelledby="audit-title">
      <h2 id="audit-title" ref={headingRef} tabIndex={-1}>
        {t('admin.audit.title')}
      </h2>
      <p>{t('admin.audit.lead')}</p>
      <div aria-live="polite">
        {entries.error !== undefined && <p role="alert">{t('admin.loadFailed')}</p>}
        {items === undefined && entries.error === undefined && <p>{t('admin.loading')}</p>}
        {items !== undefined && (
          <p className="admin-muted">
            {items.length === 0
              ? t('admin.audit.none')
              : t('admin.audit.showing', { count: items.length, page: pages.length })}
          </p>
        )}
      </div>
      {items !== undefined && items.length > 0 && (
        <TableWrap label={t('admin.audit.title')}>
          <table className="hds-table hds-table--light admin-table">
            <thead>
              <tr className="hds-table__header-row">
                <th scope="col">{t('admin.audit.time')}</th>
                <th scope="col">{t('admin.audit.actorColumn')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.subjectColumn')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {items.map((entry) => {
                const action = actionText(entry.action)
                return (
                  <tr key={entry.position}>
                    <td>{dateTime(entry.occurredAt)}</td>
                    <td>{actorText(entry.actor)}</td>
                    <th scope="row">
                      {action.isRaw ? <code lang="en">{action.text}</code> : action.text}
                    </th>
                    <td>
                      <ul className="admin-subject">
                        {Object.entries(entry.subject).map(([name, value]) => (
                          <li key={name}>
                            {subjectLabel(name)}:{' '}
                            <span className="admin-code">{subjectValue(name, value)}</span>
                          </li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
      <div className="admin-buttons">
        {pages.length > 1 && (
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => moveTo(pages.slice(0, -1))}
          >
            <span className="hds-button__label">{t('admin.audit.newer')}</span>
          </button>
        )}
        {items !== undefined && items.length === pageSize && oldest !== undefined && (
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => moveTo([...pages, oldest.position])}
          >
            <span className="hds-button__label">{t('admin.audit.older')}</span>
          </button>
        )}
      </div>
    </section>
  )
}
