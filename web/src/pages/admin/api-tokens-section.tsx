import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi, type Role } from '../../api-client.js'
import { useSession } from '../../session.js'
import { type ApiToken, allRoles, organisationPath } from './api.js'
import { ErrorSummary, RoleCheckboxes } from './form-parts.js'
import { ConfirmDialog, FailureText, TableWrap, useDateTime, useLoad } from './shared.js'

/** API tokens for machine clients: the list, creating one (its secret shown once) and revoking. */
export function ApiTokensSection({ slug, onChanged }: { slug: string; onChanged: () => void }) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const dateTime = useDateTime()
  const [created, setCreated] = useState<{ name: string; secret: string } | undefined>(undefined)
  const [revoking, setRevoking] = useState<ApiToken | undefined>(undefined)
  const [notice, setNotice] = useState<string | undefined>(undefined)
  const tokens = useLoad(
    (signal) =>
      callApi<{ items: ApiToken[] }>('GET', `${organisationPath(slug)}/api-tokens`, {
        signal,
      }).then((answer) => answer.items),
    [slug],
  )
  const roleNames = (list: readonly Role[]) => list.map((role) => t(`roles.${role}`)).join(', ')

  return (
    <section className="panel admin-section" id="api-tokens" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('admin.tokens.title')}</h2>
      <p>{t('admin.tokens.lead')}</p>
      {tokens.error !== undefined && <p role="alert">{t('admin.loadFailed')}</p>}
      {tokens.data === undefined && tokens.error === undefined && (
        <p role="status">{t('admin.loading')}</p>
      )}
      {tokens.data?.length === 0 && <p>{t('admin.tokens.none')}</p>}
      {tokens.data !== undefined && tokens.data.length > 0 && (
        <TableWrap label={t('admin.tokens.title')}>
          <table className="hds-table hds-table--light admin-table">
            <thead>
              <tr className="hds-table__header-row">
                <th scope="col">{t('admin.tokens.name')}</th>
                <th scope="col">{t('admin.tokens.roles')}</th>
                <th scope="col">{t('admin.tokens.created')}</th>
                <th scope="col">{t('admin.tokens.lastUsed')}</th>
                <th scope="col">{t('admin.tokens.state')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {tokens.data.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td>{roleNames(token.roles)}</td>
                  <td>{dateTime(token.createdAt)}</td>
                  <td>
                    {token.lastUsedAt === null
                      ? t('admin.tokens.never')
                      : dateTime(token.lastUsedAt)}
                  </td>
                  <td>
                    {token.revokedAt === null ? (
                      <button
                        type="button"
                        className="hds-button hds-button--secondary hds-button--small"
                        onClick={() => {
                          setNotice(undefined)
                          setRevoking(token)
                        }}
                      >
                        <span className="hds-button__label">
                          {t('admin.tokens.revoke', { name: token.name })}
                        </span>
                      </button>
                    ) : (
                      <span className="hds-status-label hds-status-label--error">
                        {t('admin.tokens.revokedAt', { time: dateTime(token.revokedAt) })}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <div aria-live="polite">
        {notice !== undefined && <p className="admin-saved">{notice}</p>}
      </div>
      {created !== undefined && <CreatedSecret name={created.name} secret={created.secret} />}
      <CreateTokenForm
        slug={slug}
        onCreated={(name, secret) => {
          setNotice(undefined)
          setCreated({ name, secret })
          tokens.reload()
          onChanged()
        }}
      />
      {revoking !== undefined && (
        <ConfirmDialog
          id="revoke-confirm"
          title={t('admin.tokens.revokeTitle', { name: revoking.name })}
          confirmLabel={t('admin.tokens.revokeConfirm')}
          isDanger
          onConfirm={async () => {
            await callApi('DELETE', `${organisationPath(slug)}/api-tokens/${revoking.id}`, {
              csrfToken: csrfToken(),
            })
            setRevoking(undefined)
            setCreated(undefined)
            setNotice(t('admin.tokens.revoked', { name: revoking.name }))
            tokens.reload()
            onChanged()
          }}
          onCancel={() => setRevoking(undefined)}
        >
          <p>{t('admin.tokens.revokeText')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}

/** The new token's secret: shown this once, with a copy button. */
function CreatedSecret({ name, secret }: { name: string; secret: string }) {
  const { t } = useTranslation()
  const [copyState, setCopyState] = useState<'copied' | 'failed' | undefined>(undefined)
  const ref = useRef<HTMLElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className="hds-notification hds-notification--success admin-section"
      aria-labelledby="token-secret-title"
    >
      <h3 className="hds-notification__label" id="token-secret-title">
        {t('admin.tokens.createdTitle', { name })}
      </h3>
      <div className="hds-notification__body">
        <p>
          <strong>{t('admin.tokens.secretWarning')}</strong>
        </p>
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor="token-secret">
            {t('admin.tokens.secretLabel')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <input
              id="token-secret"
              className="hds-text-input__input admin-code"
              type="text"
              readOnly
              value={secret}
              onFocus={(event) => event.target.select()}
            />
          </div>
        </div>
        <div className="admin-buttons">
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => {
              navigator.clipboard.writeText(secret).then(
                () => setCopyState('copied'),
                () => setCopyState('failed'),
              )
            }}
          >
            <span className="hds-button__label">{t('admin.tokens.copy')}</span>
          </button>
        </div>
        <p aria-live="polite">
          {copyState === 'copied' && t('admin.tokens.copied')}
          {copyState === 'failed' && t('admin.tokens.copyFailed')}
        </p>
      </div>
    </section>
  )
}

type FieldProblems = { name?: string; roles?: string; form?: unknown }

function CreateTokenForm({
  slug,
  onCreated,
}: {
  slug: string
  onCreated: (name: string, secret: string) => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const [name, setName] = useState('')
  const [roles, setRoles] = useState<Role[]>([])
  const [problems, setProblems] = useState<FieldProblems>({})
  const [isBusy, setIsBusy] = useState(false)
  const summaryRef = useRef<HTMLElement>(null)

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const found: FieldProblems = {}
    if (name.trim() === '') {
      found.name = t('admin.tokens.nameRequired')
    }
    if (roles.length === 0) {
      found.roles = t('admin.tokens.rolesRequired')
    }
    setProblems(found)
    if (found.name !== undefined || found.roles !== undefined) {
      requestAnimationFrame(() => summaryRef.current?.focus())
      return
    }
    setIsBusy(true)
    try {
      const answer = await callApi<{ token: ApiToken; secret: string }>(
        'POST',
        `${organisationPath(slug)}/api-tokens`,
        {
          csrfToken: csrfToken(),
          body: { name: name.trim(), roles: allRoles.filter((role) => roles.includes(role)) },
        },
      )
      setName('')
      setRoles([])
      onCreated(answer.token.name, answer.secret)
    } catch (failure) {
      setProblems({ form: failure })
    } finally {
      setIsBusy(false)
    }
  }

  const fieldProblems = [
    ...(problems.name === undefined ? [] : [{ target: 'token-name', text: problems.name }]),
    ...(problems.roles === undefined
      ? []
      : [{ target: `token-role-${allRoles[0]}`, text: problems.roles }]),
  ]

  return (
    <form className="admin-form" noValidate onSubmit={(event) => void onSubmit(event)}>
      <h3>{t('admin.tokens.createTitle')}</h3>
      <ErrorSummary
        id="token-errors-title"
        title={t('admin.tokens.errorsTitle')}
        problems={fieldProblems}
        summaryRef={summaryRef}
      />
      <div className={`hds-text-input${problems.name ? ' hds-text-input--invalid' : ''}`}>
        <label className="hds-text-input__label" htmlFor="token-name">
          {t('admin.tokens.nameLabel')}
        </label>
        <div className="hds-text-input__input-wrapper">
          <input
            id="token-name"
            className="hds-text-input__input"
            type="text"
            maxLength={100}
            value={name}
            aria-invalid={problems.name !== undefined}
            aria-describedby={`token-name-help${problems.name ? ' token-name-error' : ''}`}
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        {problems.name !== undefined && (
          <span className="hds-text-input__error-text" id="token-name-error">
            {problems.name}
          </span>
        )}
        <span className="hds-text-input__helper-text" id="token-name-help">
          {t('admin.tokens.nameHelp')}
        </span>
      </div>
      <RoleCheckboxes
        idPrefix="token-role"
        legend={t('admin.tokens.rolesLabel')}
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
          <span className="hds-button__label">{t('admin.tokens.create')}</span>
        </button>
      </div>
    </form>
  )
}
