import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { callApi } from '../../api-client.js'
import { useSession } from '../../session.js'
import { organisationPath, type SigningKey } from './api.js'
import { ConfirmDialog, TableWrap, useDateTime, useLoad } from './shared.js'

/** Signing keys: the active one and the retired ones, and rotating to a new key. */
export function SigningKeysSection({ slug, onChanged }: { slug: string; onChanged: () => void }) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const dateTime = useDateTime()
  const [isConfirming, setIsConfirming] = useState(false)
  const [notice, setNotice] = useState<string | undefined>(undefined)
  const keys = useLoad(
    (signal) =>
      callApi<{ items: SigningKey[] }>('GET', `${organisationPath(slug)}/signing-keys`, {
        signal,
      }).then((answer) => [...answer.items].reverse()),
    [slug],
  )

  return (
    <section className="panel admin-section" id="signing-keys" aria-labelledby="keys-title">
      <h2 id="keys-title">{t('admin.keys.title')}</h2>
      <p>{t('admin.keys.lead')}</p>
      {keys.error !== undefined && <p role="alert">{t('admin.loadFailed')}</p>}
      {keys.data === undefined && keys.error === undefined && (
        <p role="status">{t('admin.loading')}</p>
      )}
      {keys.data?.length === 0 && <p>{t('admin.keys.none')}</p>}
      {keys.data !== undefined && keys.data.length > 0 && (
        <TableWrap label={t('admin.keys.title')}>
          <table className="hds-table hds-table--light admin-table">
            <thead>
              <tr className="hds-table__header-row">
                <th scope="col">{t('admin.keys.publicKey')}</th>
                <th scope="col">{t('admin.keys.state')}</th>
                <th scope="col">{t('admin.keys.created')}</th>
                <th scope="col">{t('admin.keys.retired')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {keys.data.map((key) => (
                <tr key={key.id}>
                  <th scope="row" className="admin-code">
                    {key.publicKeyMultibase}
                  </th>
                  <td>
                    {key.retiredAt === null ? (
                      <span className="hds-status-label hds-status-label--success">
                        {t('admin.keys.active')}
                      </span>
                    ) : (
                      <span className="hds-status-label">{t('admin.keys.retiredState')}</span>
                    )}
                  </td>
                  <td>{dateTime(key.createdAt)}</td>
                  <td>{key.retiredAt === null ? '–' : dateTime(key.retiredAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <div className="admin-buttons">
        <button
          type="button"
          className="hds-button hds-button--secondary"
          onClick={() => {
            setNotice(undefined)
            setIsConfirming(true)
          }}
        >
          <span className="hds-button__label">{t('admin.keys.rotate')}</span>
        </button>
      </div>
      <div aria-live="polite">
        {notice !== undefined && <p className="admin-saved">{notice}</p>}
      </div>
      {isConfirming && (
        <ConfirmDialog
          id="rotate-confirm"
          title={t('admin.keys.rotateTitle')}
          confirmLabel={t('admin.keys.rotateConfirm')}
          onConfirm={async () => {
            await callApi('POST', `${organisationPath(slug)}/signing-keys/rotate`, {
              csrfToken: csrfToken(),
            })
            setIsConfirming(false)
            setNotice(t('admin.keys.rotated'))
            keys.reload()
            onChanged()
          }}
          onCancel={() => setIsConfirming(false)}
        >
          <p>{t('admin.keys.rotateText')}</p>
          <p>{t('admin.keys.rotateOld')}</p>
        </ConfirmDialog>
      )}
    </section>
  )
}
