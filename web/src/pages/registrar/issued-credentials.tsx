import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi } from '../../api-client.js'
import { useSession } from '../../session.js'
import type { CredentialState, OfferingCredential, StatusAction } from './api.js'
import { CredentialStateLabel, TableWrap, useFormats } from './shared.js'

function actionsFor(state: CredentialState): StatusAction[] {
  switch (state) {
    case 'active':
      return ['suspend', 'revoke']
    case 'suspended':
      return ['reinstate', 'revoke']
    case 'revoked':
      return []
  }
}

/**
 * The credentials issued for the offering, each with its state and the changes it allows. A
 * change asks for a reason in a dialog, and the new state shows at once.
 */
export function IssuedCredentials({
  credentials,
  onChanged,
  onStale,
}: {
  credentials: OfferingCredential[]
  onChanged: (credential: OfferingCredential) => void
  /** The shown state was out of date (someone else changed it): load the list again. */
  onStale: () => void
}) {
  const { t } = useTranslation()
  const formats = useFormats()
  const [asking, setAsking] = useState<
    { credential: OfferingCredential; action: StatusAction } | undefined
  >(undefined)
  const [announcement, setAnnouncement] = useState('')
  const returnFocus = useRef<HTMLElement | null>(null)

  if (credentials.length === 0) {
    return <p>{t('registrar.credentials.none')}</p>
  }
  return (
    <>
      <div role="status" className="registrar-status">
        {announcement !== '' && <p>{announcement}</p>}
      </div>
      <TableWrap label={t('registrar.credentials.title')}>
        <table className="hds-table hds-table--light registrar-table registrar-credentials-table">
          <thead>
            <tr className="hds-table__header-row">
              <th scope="col">{t('registrar.credentials.learner')}</th>
              <th scope="col">{t('registrar.credentials.studentNumber')}</th>
              <th scope="col">{t('registrar.credentials.issuedAt')}</th>
              <th scope="col">{t('registrar.credentials.state')}</th>
              <th scope="col">{t('registrar.credentials.claim')}</th>
              <th scope="col">{t('registrar.credentials.actions')}</th>
            </tr>
          </thead>
          <tbody className="hds-table__content">
            {credentials.map((credential) => (
              <tr key={credential.id} data-credential-id={credential.id}>
                <th scope="row">{credential.displayName}</th>
                <td>{credential.studentNumber ?? '–'}</td>
                <td>{formats.dateTime(credential.issuedAt)}</td>
                <td>
                  <CredentialStateLabel state={credential.state} />
                  {credential.statusReason !== null && (
                    <span className="registrar-reason">
                      {t('registrar.credentials.reason')}: {credential.statusReason}
                    </span>
                  )}
                </td>
                <td>
                  {credential.claimedAt === null
                    ? t('registrar.credentials.notClaimed')
                    : t('registrar.credentials.claimedAt', {
                        at: formats.dateTime(credential.claimedAt),
                      })}
                </td>
                <td>
                  <div className="registrar-buttons">
                    {actionsFor(credential.state).map((action) => (
                      <button
                        key={action}
                        type="button"
                        className={`hds-button hds-button--small ${action === 'revoke' ? 'hds-button--danger' : 'hds-button--secondary'}`}
                        aria-label={`${t(`registrar.credentials.${action}`)}: ${credential.displayName}`}
                        onClick={(event) => {
                          returnFocus.current = event.currentTarget
                          setAsking({ credential, action })
                        }}
                      >
                        <span className="hds-button__label">
                          {t(`registrar.credentials.${action}`)}
                        </span>
                      </button>
                    ))}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      {asking !== undefined && (
        <ReasonDialog
          credential={asking.credential}
          action={asking.action}
          onStale={onStale}
          onClose={(changed) => {
            setAsking(undefined)
            if (changed !== undefined) {
              onChanged(changed)
              setAnnouncement(
                t('registrar.credentials.changed', {
                  name: changed.displayName,
                  state: t(`registrar.credentialState.${changed.state}`),
                }),
              )
            }
            // The button that opened the dialog may be gone (a revoked credential has none).
            const target = returnFocus.current
            window.setTimeout(() => {
              if (target?.isConnected) {
                target.focus()
              } else {
                document.getElementById('issued-credentials')?.focus()
              }
            }, 0)
          }}
        />
      )}
    </>
  )
}

function ReasonDialog({
  credential,
  action,
  onStale,
  onClose,
}: {
  credential: OfferingCredential
  action: StatusAction
  onStale: () => void
  onClose: (changed: OfferingCredential | undefined) => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [isBusy, setIsBusy] = useState(false)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog !== null && !dialog.open) {
      dialog.showModal()
    }
  }, [])

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (reason.trim() === '') {
      setError(t('registrar.credentials.reasonRequired'))
      return
    }
    setIsBusy(true)
    setError(undefined)
    try {
      const answer = await callApi<{
        state: CredentialState
        statusReason: string | null
        statusChangedAt: string | null
      }>('POST', `/api/credentials/${credential.id}/${action}`, {
        csrfToken: csrfToken(),
        body: { reason: reason.trim() },
      })
      dialogRef.current?.close()
      onClose({
        ...credential,
        state: answer.state,
        statusReason: answer.statusReason,
        statusChangedAt: answer.statusChangedAt,
      })
    } catch (failure) {
      const isNotAllowed =
        failure instanceof ApiError && failure.code === 'CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED'
      setError(
        isNotAllowed ? t('registrar.credentials.notAllowed') : t('registrar.credentials.failed'),
      )
      if (isNotAllowed) {
        onStale()
      }
      setIsBusy(false)
    }
  }

  return (
    <dialog
      ref={dialogRef}
      className="registrar-dialog"
      aria-labelledby="reason-dialog-title"
      onCancel={() => onClose(undefined)}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <h2 id="reason-dialog-title">
          {t(`registrar.credentials.dialogTitle.${action}`, { name: credential.displayName })}
        </h2>
        <p>{t(`registrar.credentials.dialogText.${action}`)}</p>
        <div className={`hds-text-input registrar-field${error ? ' hds-text-input--invalid' : ''}`}>
          <label className="hds-text-input__label" htmlFor="status-reason">
            {t('registrar.credentials.reasonLabel')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id="status-reason"
              className="hds-text-input__input registrar-textarea"
              rows={3}
              maxLength={500}
              value={reason}
              aria-invalid={error !== undefined}
              aria-describedby={`status-reason-helper${error !== undefined ? ' status-reason-error' : ''}`}
              onChange={(event) => setReason(event.target.value)}
              autoFocus
            />
          </div>
          {error !== undefined && (
            <span className="hds-text-input__error-text" id="status-reason-error" role="alert">
              {error}
            </span>
          )}
          <span className="hds-text-input__helper-text" id="status-reason-helper">
            {t('registrar.credentials.reasonHelp')}
          </span>
        </div>
        <div className="registrar-buttons">
          <button
            type="submit"
            className={`hds-button ${action === 'revoke' ? 'hds-button--danger' : 'hds-button--primary'}`}
            disabled={isBusy}
          >
            <span className="hds-button__label">
              {t(`registrar.credentials.confirm.${action}`)}
            </span>
          </button>
          <button
            type="button"
            className="hds-button hds-button--secondary"
            onClick={() => {
              dialogRef.current?.close()
              onClose(undefined)
            }}
          >
            <span className="hds-button__label">{t('registrar.cancel')}</span>
          </button>
        </div>
      </form>
    </dialog>
  )
}
