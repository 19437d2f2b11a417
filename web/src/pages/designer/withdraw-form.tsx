import { useTranslation } from 'react-i18next'
import { useSession } from '../../session.js'
import { type SpecificationVersion, transition } from './api.js'
import { ReasonForm } from './reason-form.js'

/**
 * Takes an approved version back to draft, with the reason, before it is published: the designer
 * found something to change after the review. The reviewer sees the reason in the history.
 */
export function WithdrawForm({
  versionId,
  onWithdrawn,
}: {
  versionId: string
  onWithdrawn: (version: SpecificationVersion) => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  return (
    <ReasonForm
      fieldId="f-withdraw-reason"
      title={t('designer.withdraw.title')}
      lead={t('designer.withdraw.lead')}
      label={t('designer.withdraw.reason')}
      submitLabel={t('designer.withdraw.submit')}
      isPrimary={false}
      missingText={t('designer.withdraw.missing')}
      onSubmit={async (reason) => {
        onWithdrawn(await transition(versionId, 'withdraw', csrfToken(), reason))
      }}
      failureText={() => t('designer.withdraw.failed')}
    />
  )
}
