import { type ReactNode, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import {
  type Access,
  type RoleOrganisation,
  AccessGate as SharedAccessGate,
  useRoleAccess,
} from '../../role-access.js'
import type { CredentialState, OfferingState } from './api.js'
import './registrar.css'

export { useLoad } from '../../use-load.js'

/** An organisation the signed-in person may manage offerings of (registrar or admin). */
export type ManagedOrganisation = RoleOrganisation

const managerRoles = ['registrar', 'admin'] as const

/** The organisations whose registrar or admin the reader is, from their account (GET /api/me). */
export function useRegistrarAccess(): Access {
  return useRoleAccess(managerRoles)
}

/** The role gate of the registrar's pages, with their texts. */
export function AccessGate(props: Omit<Parameters<typeof SharedAccessGate>[0], 'textPrefix'>) {
  return <SharedAccessGate {...props} textPrefix="registrar" />
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
