import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../session.js'
import { type SpecificationVersion, transition } from './api.js'

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
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<string>()
  const [isBusy, setIsBusy] = useState(false)
  const onSubmit = async () => {
    if (reason.trim() === '') {
      setProblem(t('designer.withdraw.missing'))
      document.getElementById('f-withdraw-reason')?.focus()
      return
    }
    setIsBusy(true)
    try {
      onWithdrawn(await transition(versionId, 'withdraw', csrfToken(), reason.trim()))
    } catch {
      setProblem(t('designer.withdraw.failed'))
      setIsBusy(false)
    }
  }
  return (
    <section className="designer-section" aria-labelledby="withdraw-title">
      <h2 id="withdraw-title">{t('designer.withdraw.title')}</h2>
      <p>{t('designer.withdraw.lead')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void onSubmit()
        }}
        className="designer-inline-form"
      >
        <div
          className={`hds-text-input designer-field${problem ? ' hds-text-input--invalid' : ''}`}
        >
          <label className="hds-text-input__label" htmlFor="f-withdraw-reason">
            {t('designer.withdraw.reason')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <textarea
              id="f-withdraw-reason"
              rows={3}
              maxLength={2000}
              value={reason}
              aria-invalid={problem !== undefined}
              aria-describedby={problem ? 'f-withdraw-reason-error' : undefined}
              onChange={(event) => {
                setReason(event.target.value)
                setProblem(undefined)
              }}
            />
          </div>
          {problem !== undefined && (
            <span className="hds-text-input__error-text" id="f-withdraw-reason-error" role="alert">
              {problem}
            </span>
          )}
        </div>
        <div>
          <button type="submit" className="hds-button hds-button--secondary" disabled={isBusy}>
            <span className="hds-button__label">{t('designer.withdraw.submit')}</span>
          </button>
        </div>
      </form>
    </section>
  )
}
