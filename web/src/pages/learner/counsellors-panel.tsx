import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { CredentialPicker, choiceName, type PortfolioChoice } from './credential-picker.js'
import {
  type CredentialReference,
  inviteCounsellor,
  listCounsellorInvitations,
  revokeCounsellorInvitation,
} from './sharing-api.js'

/**
 * The guidance counsellors the learner invites to read and comment on the reflections of some
 * credentials: the invitation form, and each invitation with revocation.
 */
export function CounsellorsPanel({ choices }: { choices: readonly PortfolioChoice[] }) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const id = useId()
  const invitations = useLoad((signal) => listCounsellorInvitations(signal), [])
  const [emailAddress, setEmailAddress] = useState('')
  const [chosen, setChosen] = useState<CredentialReference[]>([])
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const [sentTo, setSentTo] = useState<string | undefined>(undefined)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    try {
      const invitation = await inviteCounsellor(
        { emailAddress, credentials: chosen, language: i18n.language },
        csrfToken(),
      )
      setSentTo(invitation.counsellorEmailAddress)
      setProblem(undefined)
      setEmailAddress('')
      setChosen([])
      invitations.reload()
    } catch (error) {
      setSentTo(undefined)
      setProblem(
        error instanceof ApiError && error.code === 'COUNSELLOR_INVITATION_INVALID'
          ? t('portfolio-sharing.counsellors.refused')
          : t('portfolio-sharing.failed'),
      )
    }
  }
  const revoke = async (invitationId: string) => {
    try {
      await revokeCounsellorInvitation(invitationId, csrfToken())
      invitations.reload()
    } catch {
      setProblem(t('portfolio-sharing.failed'))
    }
  }
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portfolio-sharing.counsellors.title')}</h2>
      <p>{t('portfolio-sharing.counsellors.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor={`${id}-email`}>
            {t('portfolio-sharing.counsellors.emailAddress')}
          </label>
          <input
            id={`${id}-email`}
            className="hds-text-input__input"
            type="email"
            autoComplete="off"
            required
            value={emailAddress}
            onChange={(event) => setEmailAddress(event.target.value)}
          />
        </div>
        <CredentialPicker
          idPrefix={`${id}-credential`}
          legend={t('portfolio-sharing.counsellors.choose')}
          choices={choices}
          chosen={chosen}
          onChange={setChosen}
        />
        {problem !== undefined && (
          <p className="alert" role="alert">
            {problem}
          </p>
        )}
        {sentTo !== undefined && (
          <p role="status">{t('portfolio-sharing.counsellors.sent', { address: sentTo })}</p>
        )}
        <p>
          <button type="submit" className="hds-button hds-button--primary">
            <span className="hds-button__label">{t('portfolio-sharing.counsellors.invite')}</span>
          </button>
        </p>
      </form>
      {invitations.data !== undefined && invitations.data.items.length > 0 && (
        <ul className="counsellor-invitations">
          {invitations.data.items.map((invitation) => (
            <li key={invitation.id}>
              <strong>{invitation.counsellorEmailAddress}</strong> —{' '}
              {t(`portfolio-sharing.counsellors.state.${invitation.state}`)},{' '}
              {formatDate(invitation.createdAt, i18n.language)}:{' '}
              {invitation.credentials
                .map((reference) => choiceName(choices, reference, t('portfolio-sharing.untitled')))
                .join(', ')}{' '}
              {invitation.state !== 'revoked' && (
                <button
                  type="button"
                  className="hds-button hds-button--supplementary"
                  onClick={() => void revoke(invitation.id)}
                >
                  <span className="hds-button__label">
                    {t('portfolio-sharing.counsellors.revoke', {
                      address: invitation.counsellorEmailAddress,
                    })}
                  </span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
