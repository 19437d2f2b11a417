import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi, type Me } from '../api-client.js'
import { webLanguages } from '../i18n.js'
import { useSession } from '../session.js'

/** A message for the reader, kept as a key so that it follows a change of language. */
type Message = { readonly key: string; readonly address?: string }

function languageOf(language: string | undefined): 'fi' | 'sv' | 'en' {
  const short = (language ?? '').slice(0, 2)
  return (webLanguages as readonly string[]).includes(short) ? (short as 'fi' | 'sv' | 'en') : 'fi'
}

function removalFailureKey(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'EMAIL_ADDRESS_LAST_VERIFIED' || error.status === 409) {
      return 'account.emailLastVerified'
    }
    if (error.code === 'EMAIL_ADDRESS_NOT_FOUND' || error.status === 404) {
      return 'account.emailNotFound'
    }
  }
  return 'account.actionFailed'
}

/** The account page's e-mail addresses: each with its status and a remove button, and a form to add one. */
export function EmailAddresses({ me }: { me: Me }) {
  const { t, i18n } = useTranslation()
  const { refresh, csrfToken } = useSession()
  const [emailAddress, setEmailAddress] = useState('')
  const [isFieldInvalid, setIsFieldInvalid] = useState(false)
  const [notice, setNotice] = useState<Message | undefined>(undefined)
  const [failure, setFailure] = useState<Message | undefined>(undefined)
  const [isSending, setIsSending] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const noticeRef = useRef<HTMLParagraphElement>(null)
  const failureRef = useRef<HTMLParagraphElement>(null)

  useEffect(() => {
    if (failure !== undefined) {
      failureRef.current?.focus()
    }
  }, [failure])

  const show = (message: { notice?: Message; failure?: Message }) => {
    setNotice(message.notice)
    setFailure(message.failure)
  }

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (isSending) {
      return
    }
    const address = emailAddress.trim()
    if (address === '') {
      show({})
      setIsFieldInvalid(true)
      inputRef.current?.focus()
      return
    }
    setIsSending(true)
    show({})
    setIsFieldInvalid(false)
    try {
      await callApi('POST', '/api/me/email-addresses', {
        csrfToken: csrfToken(),
        body: { emailAddress: address, language: languageOf(i18n.resolvedLanguage) },
      })
      setEmailAddress('')
      show({ notice: { key: 'account.emailAdded', address } })
      await refresh().catch(() => undefined)
    } catch (error) {
      if (error instanceof ApiError && (error.code === 'REQUEST_INVALID' || error.status === 400)) {
        setIsFieldInvalid(true)
        inputRef.current?.focus()
      } else {
        show({ failure: { key: 'account.actionFailed' } })
      }
    } finally {
      setIsSending(false)
    }
  }

  const remove = async (address: string) => {
    show({})
    try {
      await callApi('DELETE', `/api/me/email-addresses/${encodeURIComponent(address)}`, {
        csrfToken: csrfToken(),
      })
      await refresh().catch(() => undefined)
      show({ notice: { key: 'account.emailRemoved', address } })
    } catch (error) {
      const key = removalFailureKey(error)
      show({ failure: { key, address } })
      if (key === 'account.emailNotFound') {
        await refresh().catch(() => undefined)
      }
    }
  }

  // The remove button is gone with its address: start the reader at the message instead.
  useEffect(() => {
    if (notice?.key === 'account.emailRemoved') {
      noticeRef.current?.focus()
    }
  }, [notice])

  const translate = (message: Message) =>
    message.address === undefined ? t(message.key) : t(message.key, { address: message.address })

  return (
    <section aria-labelledby="emails-title" className="panel">
      <h2 id="emails-title">{t('account.emailAddresses')}</h2>
      <div role="status" className="live-region">
        {notice !== undefined && (
          <p ref={noticeRef} tabIndex={-1} className="notice">
            {translate(notice)}
          </p>
        )}
      </div>
      {failure !== undefined && (
        <p ref={failureRef} tabIndex={-1} className="alert" role="alert">
          {translate(failure)}
        </p>
      )}
      <ul className="plain-list email-list">
        {me.emailAddresses.map((email) => (
          <li key={email.address}>
            <span className="email">{email.address}</span>{' '}
            <span className={email.isVerified ? 'badge verified' : 'badge'}>
              {email.isVerified ? t('account.verified') : t('account.unverified')}
            </span>{' '}
            <button
              type="button"
              className="button secondary small"
              aria-label={t('account.removeEmailLabel', { address: email.address })}
              onClick={() => void remove(email.address)}
            >
              {t('account.removeEmail')}
            </button>
          </li>
        ))}
      </ul>

      <h3 id="add-email-title">{t('account.addEmailTitle')}</h3>
      <form
        className="form add-email"
        aria-labelledby="add-email-title"
        onSubmit={(event) => void add(event)}
        noValidate
      >
        <div className="field">
          <label htmlFor="new-email">{t('account.newEmailLabel')}</label>
          <p id="new-email-hint" className="hint">
            {t('account.newEmailHint')}
          </p>
          <input
            ref={inputRef}
            id="new-email"
            name="emailAddress"
            type="email"
            autoComplete="email"
            spellCheck={false}
            required
            value={emailAddress}
            onChange={(event) => setEmailAddress(event.target.value)}
            aria-invalid={isFieldInvalid ? true : undefined}
            aria-describedby={isFieldInvalid ? 'new-email-error new-email-hint' : 'new-email-hint'}
          />
          {isFieldInvalid && (
            <p id="new-email-error" className="field-error" role="alert">
              {t('account.emailInvalid')}
            </p>
          )}
        </div>
        <button className="button" type="submit" aria-disabled={isSending}>
          {isSending ? t('account.addingEmail') : t('account.addEmailSubmit')}
        </button>
      </form>
    </section>
  )
}
