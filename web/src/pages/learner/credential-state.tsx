import { useTranslation } from 'react-i18next'
import type { MyCredential } from './api.js'

const statusClass: Record<MyCredential['state'], string> = {
  active: 'hds-status-label--success',
  suspended: 'hds-status-label--alert',
  revoked: 'hds-status-label--error',
}

/** A credential's state as a label in words (colour is only an extra). */
export function CredentialState({ state }: { state: MyCredential['state'] }) {
  const { t } = useTranslation()
  return (
    <span className={`hds-status-label ${statusClass[state]} learner-state`}>
      {t(`learner.state.${state}`)}
    </span>
  )
}
