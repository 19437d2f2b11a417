import { type FormEvent, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi, type Role } from '../../api-client.js'
import { useSession } from '../../session.js'
import { allRoles, organisationPath } from './api.js'
import { ErrorSummary, RoleCheckboxes } from './form-parts.js'
import { FailureText } from './shared.js'

type FieldProblems = { emailAddress?: string; roles?: string; form?: unknown }

const looksLikeAddress = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Adds a person with an account to the organisation by e-mail address, with their roles. The
 * server's refusals that concern the address (no such account, a member already) are shown beside
 * the address field in the reader's language; what was typed stays.
 */
export function AddMemberForm({
  slug,
  onAdded,
}: {
  slug: string
  onAdded: (displayName: string) => void
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const [emailAddress, setEmailAddress] = useState('')
  const [roles, setRoles] = useState<Role[]>([])
  const [problems, setProblems] = useState<FieldProblems>({})
  const [isBusy, setIsBusy] = useState(false)
  const summaryRef = useRef<HTMLElement>(null)

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault()
    const found: FieldProblems = {}
    if (!looksLikeAddress.test(emailAddress.trim())) {
      found.emailAddress = t('admin.addMember.addressInvalid')
    }
    if (roles.length === 0) {
      found.roles = t('admin.addMember.rolesRequired')
    }
    setProblems(found)
    if (found.emailAddress !== undefined || found.roles !== undefined) {
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setIsBusy(true)
    try {
      const answer = await callApi<{ person: { displayName: string } }>(
        'POST',
        `${organisationPath(slug)}/members`,
        {
          csrfToken: csrfToken(),
          body: {
            emailAddress: emailAddress.trim(),
            roles: allRoles.filter((role) => roles.includes(role)),
            language: i18n.resolvedLanguage,
          },
        },
      )
      setEmailAddress('')
      setRoles([])
      onAdded(answer.person.displayName)
    } catch (failure) {
      const code = failure instanceof ApiError ? failure.code : undefined
      if (code === 'PERSON_NOT_FOUND' || code === 'MEMBERSHIP_EXISTS') {
        setProblems({
          emailAddress: t(
            code === 'PERSON_NOT_FOUND' ? 'admin.addMember.noAccount' : 'admin.addMember.isMember',
          ),
        })
        requestAnimationFrame(() => summaryRef.current?.focus())
      } else {
        setProblems({ form: failure })
      }
    } finally {
      setIsBusy(false)
    }
  }

  const fieldProblems = [
    ...(problems.emailAddress === undefined
      ? []
      : [{ target: 'member-address', text: problems.emailAddress }]),
    ...(problems.roles === undefined
      ? []
      : [{ target: `member-role-${allRoles[0]}`, text: problems.roles }]),
  ]

  return (
    <form className="admin-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>{t('admin.addMember.title')}</h3>
      <p>{t('admin.addMember.lead')}</p>
      <ErrorSummary
        id="member-errors-title"
        title={t('admin.addMember.errorsTitle')}
        problems={fieldProblems}
        summaryRef={summaryRef}
      />
      <div className={`hds-text-input${problems.emailAddress ? ' hds-text-input--invalid' : ''}`}>
        <label className="hds-text-input__label" htmlFor="member-address">
          {t('admin.addMember.addressLabel')}
        </label>
        <div className="hds-text-input__input-wrapper">
          <input
            id="member-address"
            className="hds-text-input__input"
            type="email"
            autoComplete="off"
            maxLength={320}
            value={emailAddress}
            aria-invalid={problems.emailAddress !== undefined}
            aria-describedby={`member-address-help${problems.emailAddress ? ' member-address-error' : ''}`}
            onChange={(event) => setEmailAddress(event.target.value)}
          />
        </div>
        {problems.emailAddress !== undefined && (
          <span className="hds-text-input__error-text" id="member-address-error">
            {problems.emailAddress}
          </span>
        )}
        <span className="hds-text-input__helper-text" id="member-address-help">
          {t('admin.addMember.addressHelp')}
        </span>
      </div>
      <RoleCheckboxes
        idPrefix="member-role"
        legend={t('admin.addMember.rolesLabel')}
        roles={roles}
        error={problems.roles}
        onChange={setRoles}
      />
      {problems.form !== undefined && (
        <p role="alert" className="admin-error">
          <FailureText error={problems.form} />
        </p>
      )}
      <div className="admin-buttons">
        <button type="submit" className="hds-button hds-button--primary" disabled={isBusy}>
          <span className="hds-button__label">{t('admin.addMember.submit')}</span>
        </button>
      </div>
    </form>
  )
}
