import { type ReactNode, useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageMap } from '../../api-client.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import type { CredentialState, OfferingState } from './api.js'
import './registrar.css'

/** An organisation the signed-in person may manage offerings of (registrar or admin). */
export type ManagedOrganisation = { id: string; slug: string; name: LanguageMap }

type Access =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'failed' }
  | { state: 'ready'; organisations: ManagedOrganisation[] }

/** The organisations whose registrar or admin the reader is, from their account (GET /api/me). */
export function useRegistrarAccess(): Access {
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
    organisations: session.me.memberships
      .filter((membership) =>
        membership.roles.some((role) => role === 'registrar' || role === 'admin'),
      )
      .map((membership) => membership.organisation),
  }
}

/** What a page shows while the reader's access is not yet known or is missing. */
export function AccessGate({
  title,
  access,
  children,
}: {
  title: string
  access: Access
  children: (organisations: ManagedOrganisation[]) => ReactNode
}) {
  const { t } = useTranslation()
  if (access.state === 'ready' && access.organisations.length > 0) {
    return children(access.organisations)
  }
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {access.state === 'loading' && <p role="status">{t('registrar.loading')}</p>}
      {access.state === 'failed' && <p role="alert">{t('registrar.loadFailed')}</p>}
      {access.state === 'signed-out' && (
        <>
          <p>{t('registrar.signedOut')}</p>
          <p>
            <Link href="/sign-in">{t('registrar.signInLink')}</Link>
          </p>
        </>
      )}
      {access.state === 'ready' && <p>{t('registrar.noRole')}</p>}
    </div>
  )
}

/** Loads data when the page opens and again on `reload()`; keeps the last data while reloading. */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  keys: readonly unknown[],
): { data: T | undefined; error: unknown; reload: () => void } {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const [round, setRound] = useState(0)
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what the load depends on
  useEffect(() => {
    const controller = new AbortController()
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) {
          setData(value)
          setError(undefined)
        }
      },
      (reason: unknown) => {
        if (!controller.signal.aborted) {
          setError(reason)
        }
      },
    )
    return () => controller.abort()
  }, [...keys, round])
  const reload = useCallback(() => setRound((value) => value + 1), [])
  return { data, error, reload }
}

/** Formats dates (YYYY-MM-DD, shown as they are) and times (in Finnish time) for the reader. */
export function useFormats() {
  const { i18n } = useTranslation()
  const language = i18n.language
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' })
  const dateTime = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Helsinki',
  })
  return {
    date: (value: string) => date.format(new Date(`${value}T00:00:00Z`)),
    dateTime: (value: string) => dateTime.format(new Date(value)),
  }
}

const offeringStateLabels: Record<OfferingState, string> = {
  planned: 'hds-status-label',
  open: 'hds-status-label hds-status-label--info',
  running: 'hds-status-label hds-status-label--success',
  closed: 'hds-status-label',
}

/** An offering's state as a label: its words carry the meaning, the colour only adds to it. */
export function OfferingStateLabel({ state }: { state: OfferingState }) {
  const { t } = useTranslation()
  return <span className={offeringStateLabels[state]}>{t(`registrar.state.${state}`)}</span>
}

const credentialStateLabels: Record<CredentialState, string> = {
  active: 'hds-status-label hds-status-label--success',
  suspended: 'hds-status-label hds-status-label--alert',
  revoked: 'hds-status-label hds-status-label--error',
}

export function CredentialStateLabel({ state }: { state: CredentialState }) {
  const { t } = useTranslation()
  return (
    <span className={credentialStateLabels[state]}>{t(`registrar.credentialState.${state}`)}</span>
  )
}

/** A message from the server, which speaks English: marked so that screen readers say it right. */
export function ServerText({ children }: { children: string }) {
  return <span lang="en">{children}</span>
}

/** An error summary (HDS) whose links move the focus to the field or row with the problem. */
export function ErrorSummary({
  id,
  title,
  items,
}: {
  id: string
  title: string
  items: readonly { targetId: string; text: ReactNode }[]
}) {
  useEffect(() => {
    document.getElementById(id)?.focus()
  }, [id])
  return (
    <section
      id={id}
      className="hds-error-summary registrar-error-summary"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h3 className="hds-error-summary__label" id={`${id}-title`}>
        {title}
      </h3>
      <div className="hds-error-summary__body">
        <ul>
          {items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is shown once and never reordered
            <li key={index}>
              <a
                href={`#${item.targetId}`}
                onClick={(event) => {
                  const target = document.getElementById(item.targetId)
                  if (target !== null) {
                    event.preventDefault()
                    target.focus()
                    target.scrollIntoView({ block: 'center' })
                  }
                }}
              >
                {item.text}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  )
}

/**
 * A table's scrolling box (tables scroll sideways on narrow screens): a named region that takes
 * the keyboard focus, so that it can be scrolled without a mouse.
 */
export function TableWrap({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
    <section className="hds-table-container registrar-table-wrap" aria-label={label} tabIndex={0}>
      {children}
    </section>
  )
}
