import { useEffect, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi, inLanguage, type Me } from '../api-client.js'
import { EmailAddresses } from '../components/email-addresses.js'
import { Link, navigate } from '../router.js'
import { useSession } from '../session.js'

function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation()
  // Times are shown in Finnish time whatever the device’s zone (the domain’s rule for times).
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  })
  return (iso) => format.format(new Date(iso))
}

export function AccountPage() {
  const { t } = useTranslation()
  const { session, refresh } = useSession()
  const [hasFailed, setHasFailed] = useState(false)
  const me = session.state === 'signed-in' ? session.me : undefined

  useEffect(() => {
    if (session.state === 'signed-in' && session.me === undefined) {
      refresh().catch(() => setHasFailed(true))
    }
  }, [session, refresh])

  if (session.state === 'signed-out') {
    return (
      <div className="narrow">
        <h1>{t('account.title')}</h1>
        <p>{t('account.signedOut')}</p>
        <p>
          <Link href="/sign-in">{t('account.signInLink')}</Link>
        </p>
      </div>
    )
  }
  if (hasFailed) {
    return (
      <>
        <h1>{t('account.title')}</h1>
        <p role="alert">{t('account.loadFailed')}</p>
      </>
    )
  }
  if (me === undefined) {
    return (
      <>
        <h1>{t('account.title')}</h1>
        <p role="status">{t('account.loading')}</p>
      </>
    )
  }
  return <AccountDetails me={me} />
}

function AccountDetails({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const { refresh, csrfToken, forget, setNotice } = useSession()
  const formatDate = useDateFormat()
  const [status, setStatus] = useState<{ text: string; isError: boolean } | undefined>(undefined)
  const [isDeleteConfirmed, setIsDeleteConfirmed] = useState(false)
  const [deleteError, setDeleteError] = useState(false)
  const deleteErrorRef = useRef<HTMLParagraphElement>(null)
  const statusRef = useRef<HTMLParagraphElement>(null)
  const idPrefix = useId()

  const fail = () => {
    setStatus({ text: t('account.actionFailed'), isError: true })
  }

  useEffect(() => {
    if (status !== undefined) {
      statusRef.current?.focus()
    }
  }, [status])

  const endSession = async (id: string) => {
    try {
      await callApi('DELETE', `/api/me/sessions/${encodeURIComponent(id)}`, {
        csrfToken: csrfToken(),
      })
      await refresh()
      setStatus({ text: t('account.sessionEnded'), isError: false })
    } catch {
      fail()
    }
  }

  const signOutEverywhere = async () => {
    try {
      const answer = await callApi<{ endedSessions: number }>(
        'POST',
        '/api/auth/sign-out-everywhere',
        { csrfToken: csrfToken() },
      )
      setNotice({
        path: '/sign-in',
        key: 'account.signedOutEverywhere',
        count: answer.endedSessions,
      })
      forget()
      navigate('/sign-in')
    } catch {
      fail()
    }
  }

  const deleteAccount = async () => {
    if (!isDeleteConfirmed) {
      setDeleteError(true)
      return
    }
    try {
      await callApi('DELETE', '/api/me', { csrfToken: csrfToken() })
      setNotice({ path: '/', key: 'account.deleted' })
      forget()
      navigate('/')
    } catch {
      fail()
    }
  }

  useEffect(() => {
    if (deleteError) {
      deleteErrorRef.current?.focus()
    }
  }, [deleteError])

  return (
    <>
      <h1>{t('account.title')}</h1>
      <p className="lead">
        {t('account.signedInAs')} <strong>{me.person.displayName}</strong>
      </p>
      <div role="status" className="live-region">
        {status !== undefined && (
          <p ref={statusRef} tabIndex={-1} className={status.isError ? 'alert' : 'notice'}>
            {status.text}
          </p>
        )}
      </div>

      <EmailAddresses me={me} />

      <section aria-labelledby="memberships-title" className="panel">
        <h2 id="memberships-title">{t('account.memberships')}</h2>
        {me.memberships.length === 0 ? (
          <p>{t('account.noMemberships')}</p>
        ) : (
          <ul className="plain-list">
            {me.memberships.map((membership) => (
              <li key={membership.organisation.id}>
                <span className="organisation-name">
                  {inLanguage(membership.organisation.name, i18n.language)}
                </span>
                {': '}
                {membership.roles.map((role) => t(`roles.${role}`)).join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sessions-title" className="panel">
        <h2 id="sessions-title">{t('account.sessions')}</h2>
        <p>{t('account.sessionsText')}</p>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('account.sessionStarted')}</th>
                <th scope="col">{t('account.sessionLastSeen')}</th>
                <th scope="col">{t('account.sessionAction')}</th>
              </tr>
            </thead>
            <tbody>
              {me.sessions.map((item) => (
                <tr key={item.id}>
                  <th scope="row" id={`${idPrefix}-session-${item.id}`}>
                    {formatDate(item.createdAt)}
                  </th>
                  <td>{formatDate(item.lastSeenAt)}</td>
                  <td>
                    {item.isCurrent ? (
                      <strong>{t('account.thisDevice')}</strong>
                    ) : (
                      <button
                        type="button"
                        className="button secondary"
                        aria-describedby={`${idPrefix}-session-${item.id}`}
                        onClick={() => void endSession(item.id)}
                      >
                        {t('account.endSession')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>{t('account.signOutEverywhereText')}</p>
        <button type="button" className="button secondary" onClick={() => void signOutEverywhere()}>
          {t('account.signOutEverywhere')}
        </button>
      </section>

      <section aria-labelledby="data-title" className="panel">
        <h2 id="data-title">{t('account.dataTitle')}</h2>
        <p>{t('account.dataText')}</p>
        <p>
          <a href="/api/me/export" download>
            {t('account.download')}
          </a>
        </p>
      </section>

      <section aria-labelledby="delete-title" className="panel danger-zone">
        <h2 id="delete-title">{t('account.deleteTitle')}</h2>
        <p id="delete-text">{t('account.deleteText')}</p>
        {deleteError && !isDeleteConfirmed && (
          <p className="alert" role="alert" tabIndex={-1} ref={deleteErrorRef}>
            {t('account.deleteNeedsConfirmation')}
          </p>
        )}
        <div className="checkbox">
          <input
            id="delete-confirm"
            type="checkbox"
            checked={isDeleteConfirmed}
            onChange={(event) => setIsDeleteConfirmed(event.target.checked)}
          />
          <label htmlFor="delete-confirm">{t('account.deleteConfirm')}</label>
        </div>
        <button
          type="button"
          className="button danger"
          aria-describedby="delete-text"
          onClick={() => void deleteAccount()}
        >
          {t('account.deleteButton')}
        </button>
      </section>
    </>
  )
}
