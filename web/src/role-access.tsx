import { type ReactNode, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LanguageMap, Role } from './api-client.js'
import { Link } from './router.js'
import { useSession } from './session.js'

/** An organisation where the reader has one of a page's roles. */
export type RoleOrganisation = { id: string; slug: string; name: LanguageMap }

export type Access =
  | { state: 'loading' }
  | { state: 'signed-out' }
  | { state: 'failed' }
  | { state: 'ready'; organisations: RoleOrganisation[] }

/** The organisations where the signed-in person has any of `roles` (from GET /api/me). */
export function useRoleAccess(roles: readonly Role[]): Access {
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
      .filter((membership) => membership.roles.some((role) => roles.includes(role)))
      .map((membership) => membership.organisation),
  }
}

/**
 * What a page shows while the reader's access is not known yet or is missing; its texts are
 * `<textPrefix>.loading`, `.loadFailed`, `.signedOut`, `.signInLink` and `.noRole`.
 */
export function AccessGate({
  title,
  access,
  textPrefix,
  children,
}: {
  title: string
  access: Access
  textPrefix: string
  children: (organisations: RoleOrganisation[]) => ReactNode
}) {
  const { t } = useTranslation()
  if (access.state === 'ready' && access.organisations.length > 0) {
    return children(access.organisations)
  }
  return (
    <div className="narrow">
      <h1>{title}</h1>
      {access.state === 'loading' && <p role="status">{t(`${textPrefix}.loading`)}</p>}
      {access.state === 'failed' && <p role="alert">{t(`${textPrefix}.loadFailed`)}</p>}
      {access.state === 'signed-out' && (
        <>
          <p>{t(`${textPrefix}.signedOut`)}</p>
          <p>
            <Link href="/sign-in">{t(`${textPrefix}.signInLink`)}</Link>
          </p>
        </>
      )}
      {access.state === 'ready' && <p>{t(`${textPrefix}.noRole`)}</p>}
    </div>
  )
}
