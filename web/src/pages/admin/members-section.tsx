import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi, type Role } from '../../api-client.js'
import { useSession } from '../../session.js'
import { AddMemberForm } from './add-member-form.js'
import { allRoles, type Member, organisationPath } from './api.js'
import { ConfirmDialog, FailureText } from './shared.js'

/** People and roles: each member's roles as checkboxes, saved per person. */
export function MembersSection({
  slug,
  personId,
  members,
  error,
  onRolesSaved,
  onChanged,
}: {
  slug: string
  personId: string
  members: Member[] | undefined
  error: unknown
  /** A person's roles were saved. */
  onRolesSaved: () => void
  /** Someone left the organisation: the list needs loading again. */
  onChanged: () => void
}) {
  const { t } = useTranslation()
  const [notice, setNotice] = useState<string | undefined>(undefined)
  return (
    <section className="panel admin-section" id="people" aria-labelledby="people-title">
      <h2 id="people-title">{t('admin.members.title')}</h2>
      <p>{t('admin.members.lead')}</p>
      <div aria-live="polite">
        {notice !== undefined && <p className="admin-saved">{notice}</p>}
      </div>
      {error !== undefined && <p role="alert">{t('admin.loadFailed')}</p>}
      {members === undefined && error === undefined && <p role="status">{t('admin.loading')}</p>}
      {members?.length === 0 && <p>{t('admin.members.none')}</p>}
      {members?.map((member) => (
        <MemberRoles
          key={member.person.id}
          slug={slug}
          member={member}
          isSelf={member.person.id === personId}
          onSaved={onRolesSaved}
          onEnded={() => {
            setNotice(t('admin.members.ended', { name: member.person.displayName }))
            onChanged()
          }}
        />
      ))}
      <AddMemberForm
        slug={slug}
        onAdded={(name) => {
          setNotice(t('admin.addMember.added', { name }))
          onChanged()
        }}
      />
    </section>
  )
}

type Outcome = { kind: 'saved'; roles: Role[] } | { kind: 'failed'; error: unknown }

function MemberRoles({
  slug,
  member,
  isSelf,
  onSaved,
  onEnded,
}: {
  slug: string
  member: Member
  isSelf: boolean
  onSaved: () => void
  onEnded: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken, refresh } = useSession()
  const [roles, setRoles] = useState<Role[]>(member.roles)
  const [saved, setSaved] = useState<Role[]>(member.roles)
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined)
  const [confirmation, setConfirmation] = useState<'end' | 'self' | undefined>(undefined)
  const [isBusy, setIsBusy] = useState(false)
  const id = `member-${member.person.id}`
  const isChanged = roles.length !== saved.length || roles.some((role) => !saved.includes(role))

  const save = async () => {
    const ordered = allRoles.filter((role) => roles.includes(role))
    const answer = await callApi<{ roles: Role[] }>(
      'PUT',
      `${organisationPath(slug)}/members/${member.person.id}`,
      { csrfToken: csrfToken(), body: { roles: ordered } },
    )
    setSaved(answer.roles)
    setRoles(answer.roles)
    setOutcome({ kind: 'saved', roles: answer.roles })
    if (isSelf) {
      await refresh().catch(() => undefined)
    }
    if (answer.roles.length === 0) {
      onEnded()
    } else {
      onSaved()
    }
  }

  const onSave = async () => {
    if (roles.length === 0) {
      setConfirmation('end')
      return
    }
    if (isSelf && saved.includes('admin') && !roles.includes('admin')) {
      setConfirmation('self')
      return
    }
    setIsBusy(true)
    setOutcome(undefined)
    try {
      await save()
    } catch (failure) {
      setOutcome({ kind: 'failed', error: failure })
    } finally {
      setIsBusy(false)
    }
  }

  const roleNames = (list: readonly Role[]) => list.map((role) => t(`roles.${role}`)).join(', ')

  return (
    <article className="admin-member" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>
        {member.person.displayName}
        {isSelf && <span className="admin-muted"> {t('admin.members.you')}</span>}
      </h3>
      {member.emailAddresses.length > 0 && (
        <p className="admin-muted admin-code">{member.emailAddresses.join(', ')}</p>
      )}
      <fieldset className="admin-roles">
        <legend>{t('admin.members.rolesOf', { name: member.person.displayName })}</legend>
        {allRoles.map((role) => (
          <div className="hds-checkbox" key={role}>
            <input
              type="checkbox"
              className="hds-checkbox__input"
              id={`${id}-${role}`}
              checked={roles.includes(role)}
              onChange={(event) =>
                setRoles((current) =>
                  event.target.checked
                    ? [...current, role]
                    : current.filter((candidate) => candidate !== role),
                )
              }
            />
            <label className="hds-checkbox__label" htmlFor={`${id}-${role}`}>
              {t(`roles.${role}`)}
            </label>
          </div>
        ))}
      </fieldset>
      <div className="admin-buttons">
        <button
          type="button"
          className="hds-button hds-button--secondary"
          disabled={isBusy || !isChanged}
          onClick={() => void onSave()}
        >
          <span className="hds-button__label">
            {t('admin.members.save', { name: member.person.displayName })}
          </span>
        </button>
      </div>
      <div aria-live="polite" id={`${id}-outcome`}>
        {outcome?.kind === 'saved' && outcome.roles.length > 0 && (
          <p className="admin-saved">
            {t('admin.members.saved', {
              name: member.person.displayName,
              roles: roleNames(outcome.roles),
            })}
          </p>
        )}
      </div>
      {outcome?.kind === 'failed' && (
        <p role="alert" className="admin-error">
          <FailureText error={outcome.error} />
        </p>
      )}
      {confirmation !== undefined && (
        <ConfirmDialog
          id={`${id}-confirm`}
          title={
            confirmation === 'end'
              ? t('admin.members.endTitle', { name: member.person.displayName })
              : t('admin.members.selfTitle')
          }
          confirmLabel={
            confirmation === 'end' ? t('admin.members.endConfirm') : t('admin.members.selfConfirm')
          }
          isDanger
          onConfirm={async () => {
            await save()
            setConfirmation(undefined)
          }}
          onCancel={() => setConfirmation(undefined)}
        >
          <p>
            {confirmation === 'end'
              ? t('admin.members.endText', { name: member.person.displayName })
              : t('admin.members.selfText')}
          </p>
        </ConfirmDialog>
      )}
    </article>
  )
}
