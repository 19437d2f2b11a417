import { type ReactNode, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageMap } from '../../api-client.js'
import { ApiError } from '../../api-client.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import './admin.css'

/** An organisation the signed-in person administers. */
export type AdministeredOrganisation = { id: string; slug: string; name: LanguageMap }

export type AdminAccess =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'failed' }
  | { state: 'ready'; personId: string; organisations: AdministeredOrganisation[] }

/** The organisations whose admin the reader is, from their account (GET /api/me). */
export function useAdminAccess(): AdminAccess {
  const { session, refresh } = useSession()
  const [hasFailed, setHasFailed] = useState(false)
  useEffect(() => {
    if (session.state === 'signed-in' && session.me === undefined) {
      refresh().catch(() => setHasFailed(true))
    }
  }, [session, refresh])
  if (session.state === 'signed-out') {
    return { state: 'signed-out' }
  }
  if (hasFailed) {
    return { state: 'failed' }
  }
  if (session.state === 'loading' || session.me === undefined) {
    return { state: 'loading' }
  }
  return {
    state: 'ready',
    personId: session.person.id,
    organisations: session.me.memberships
      .filter((membership) => membership.roles.includes('admin'))
      .map((membership) => membership.organisation),
  }
}

/**
 * Shows the page only to an admin (of the organisation `slug`, when given); everyone else gets a
 * plain page saying why not: signed out, no admin role, or still loading.
 */
export function AdminGate({
  title,
  slug,
  children,
}: {
  title: string
  slug?: string
  children: (access: Extract<AdminAccess, { state: 'ready' }>) => ReactNode
}) {
  const { t } = useTranslation()
  const access = useAdminAccess()
  const isAllowed =
    access.state === 'ready' &&
    (slug === undefined
      ? access.organisations.length > 0
      : access.organisations.some((organisation) => organisation.slug === slug))
  if (access.state === 'ready' && isAllowed) {
    return children(access)
  }
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {access.state === 'loading' && <p role="status">{t('admin.loading')}</p>}
      {access.state === 'failed' && <p role="alert">{t('admin.loadFailed')}</p>}
      {access.state === 'signed-out' && (
        <>
          <p>{t('admin.signedOut')}</p>
          <p>
            <Link href="/sign-in">{t('admin.signInLink')}</Link>
          </p>
        </>
      )}
      {access.state === 'ready' && (
        <section className="hds-notification hds-notification--info" aria-labelledby="no-access">
          <div className="hds-notification__label" id="no-access">
            {t('admin.noAccess.title')}
          </div>
          <div className="hds-notification__body">
            <p>
              {slug === undefined ? t('admin.noAccess.text') : t('admin.noAccess.organisation')}
            </p>
            <p>
              <Link href="/">{t('admin.noAccess.home')}</Link>
            </p>
          </div>
        </section>
      )}
    </div>
  )
}

export { useLoad } from '../../use-load.js'

/** Times in Finnish time, in the reader's language. */
export function useDateTime(): (value: string) => string {
  const { i18n } = useTranslation()
  const format = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  })
  return (value) => format.format(new Date(value))
}

/** The server's message for a failed change (it speaks English), or a general one. */
export function FailureText({ error }: { error: unknown }) {
  const { t } = useTranslation()
  return (
    <>
      {t('admin.changeFailed')}
      {error instanceof ApiError && error.detail !== undefined && (
        <>
          {' '}
          <span lang="en">{error.detail}</span>
        </>
      )}
    </>
  )
}

/**
 * A modal confirmation (native dialog: focus stays inside, Escape cancels): a title, an
 * explanation and a button for the change.
 */
export function ConfirmDialog({
  id,
  title,
  children,
  confirmLabel,
  isDanger = false,
  onConfirm,
  onCancel,
}: {
  id: string
  title: string
  children: ReactNode
  confirmLabel: string
  isDanger?: boolean
  onConfirm: () => Promise<void>
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [isBusy, setIsBusy] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog !== null && !dialog.open) {
      dialog.showModal()
    }
  }, [])
  const confirm = async () => {
    setIsBusy(true)
    setError(undefined)
    try {
      await onConfirm()
      dialogRef.current?.close()
    } catch (failure) {
      setError(failure)
      setIsBusy(false)
    }
  }
  return (
    <dialog
      ref={dialogRef}
      className="admin-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={onCancel}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-text`}>{children}</div>
      {error !== undefined && (
        <p role="alert" className="admin-error">
          <FailureText error={error} />
        </p>
      )}
      <div className="admin-buttons">
        <button
          type="button"
          className={`hds-button ${isDanger ? 'hds-button--danger' : 'hds-button--primary'}`}
          disabled={isBusy}
          onClick={() => void confirm()}
        >
          <span className="hds-button__label">{confirmLabel}</span>
        </button>
        <button
          type="button"
          className="hds-button hds-button--secondary"
          // biome-ignore lint/a11y/noAutofocus: the safe choice takes the focus in a confirmation
          autoFocus
          onClick={() => {
            dialogRef.current?.close()
            onCancel()
          }}
        >
          <span className="hds-button__label">{t('admin.cancel')}</span>
        </button>
      </div>
    </dialog>
  )
}

/** A table's scrolling box: a named region that takes the focus, so it scrolls by keyboard. */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="hds-table-container admin-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
