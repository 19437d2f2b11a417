import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import { useSession } from '../../session.js'
import {
  actionsFor,
  type Offering,
  type OfferingAction,
  type OfferingState,
  transitionOffering,
} from './api.js'

/**
 * The steps an offering can take next (open, start, close). Closing is final, so it asks once
 * more before it happens.
 */
export function OfferingTransitions({
  offeringId,
  state,
  label,
  onChanged,
}: {
  offeringId: string
  state: OfferingState
  /** Names the offering for screen readers when several are listed. */
  label: string
  onChanged: (offering: Offering) => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const [isConfirmingClose, setIsConfirmingClose] = useState(false)
  const [isBusy, setIsBusy] = useState(false)
  const [failure, setFailure] = useState<string | undefined>(undefined)

  const take = async (action: OfferingAction) => {
    setIsBusy(true)
    setFailure(undefined)
    try {
      const offering = await transitionOffering(offeringId, action, csrfToken())
      setIsConfirmingClose(false)
      onChanged(offering)
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.code === 'OFFERING_TRANSITION_NOT_ALLOWED'
          ? t('registrar.transitions.notAllowed')
          : t('registrar.transitions.failed'),
      )
    } finally {
      setIsBusy(false)
    }
  }

  const actions = actionsFor(state)
  if (actions.length === 0) {
    return null
  }
  return (
    <div className="registrar-transitions">
      {isConfirmingClose ? (
        <div className="registrar-confirm">
          <p>{t('registrar.transitions.confirmClose')}</p>
          <div className="registrar-buttons">
            <button
              type="button"
              className="hds-button hds-button--primary hds-button--small"
              disabled={isBusy}
              onClick={() => void take('close')}
              aria-label={`${t('registrar.transitions.confirmCloseButton')}: ${label}`}
            >
              <span className="hds-button__label">
                {t('registrar.transitions.confirmCloseButton')}
              </span>
            </button>
            <button
              type="button"
              className="hds-button hds-button--secondary hds-button--small"
              onClick={() => setIsConfirmingClose(false)}
            >
              <span className="hds-button__label">{t('registrar.cancel')}</span>
            </button>
          </div>
        </div>
      ) : (
        <div className="registrar-buttons">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={`hds-button hds-button--small ${action === 'close' ? 'hds-button--secondary' : 'hds-button--primary'}`}
              disabled={isBusy}
              aria-label={`${t(`registrar.transitions.${action}`)}: ${label}`}
              onClick={() => (action === 'close' ? setIsConfirmingClose(true) : void take(action))}
            >
              <span className="hds-button__label">{t(`registrar.transitions.${action}`)}</span>
            </button>
          ))}
        </div>
      )}
      {failure !== undefined && (
        <p role="alert" className="registrar-error">
          {failure}
        </p>
      )}
    </div>
  )
}
