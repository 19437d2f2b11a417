import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PageProps } from '../../page-route.js'
import { Link, navigate } from '../../router.js'
import { useSession } from '../../session.js'
import { ImportRefusedError, importCredential } from './portfolio-api.js'
import { SignInToContinue } from './signed-out.js'
import './learner.css'

/** A credential file bigger than this is not one (the API refuses over 1 MB too). */
const maxFileBytes = 1024 * 1024

/** The locale key that explains a refused import, by the problem's code, else the error's. */
function problemKeyOf(error: unknown): string | undefined {
  if (!(error instanceof ImportRefusedError)) {
    return undefined
  }
  if (error.code === 'PORTFOLIO_CREDENTIAL_DUPLICATE') {
    return 'learner.import.duplicate'
  }
  if (error.code !== 'PORTFOLIO_IMPORT_INVALID') {
    return undefined
  }
  switch (error.problemCode) {
    case 'url-invalid':
      return 'learner.import.urlInvalid'
    case 'url-unreachable':
      return 'learner.import.urlUnreachable'
    default:
      return 'learner.import.notCredential'
  }
}

/**
 * /my/portfolio/import — bring a credential from another issuer into the portfolio, as a file or
 * pasted. It is verified at once; one that does not verify is kept, marked, and its page says why.
 */
export function ImportCredentialPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const { session, csrfToken, setNotice } = useSession()
  const [text, setText] = useState('')
  const [url, setUrl] = useState('')
  const [problemField, setProblemField] = useState<'import-credential' | 'import-url'>(
    'import-credential',
  )
  const [problemKey, setProblemKey] = useState<string | undefined>(undefined)
  const [failureKey, setFailureKey] = useState<string | undefined>(undefined)
  const [isImporting, setIsImporting] = useState(false)
  const summaryRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (problemKey !== undefined) {
      summaryRef.current?.focus()
    }
  }, [problemKey])

  const send = async (
    given: { credential: string; origin: 'upload' | 'paste' } | { url: string; origin: 'url' },
  ) => {
    if (isImporting) {
      return
    }
    setFailureKey(undefined)
    setProblemField(given.origin === 'url' ? 'import-url' : 'import-credential')
    if ((given.origin === 'url' ? given.url : given.credential).trim() === '') {
      setProblemKey(given.origin === 'url' ? 'learner.import.urlInvalid' : 'learner.import.empty')
      return
    }
    setProblemKey(undefined)
    setIsImporting(true)
    try {
      const imported = await importCredential(given, i18n.language, csrfToken())
      const path = `/my/portfolio/imports/${encodeURIComponent(imported.id)}`
      setNotice({
        key: imported.isVerified ? 'learner.import.added' : 'learner.import.addedMarked',
        path,
      })
      navigate(path)
    } catch (error) {
      const key = problemKeyOf(error)
      if (key !== undefined) {
        setProblemKey(key)
      } else {
        setFailureKey('learner.import.failed')
      }
      setIsImporting(false)
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void send({ credential: text, origin: 'paste' })
  }

  const onSubmitUrl = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    void send({ url: url.trim(), origin: 'url' })
  }

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    if (file === undefined) {
      return
    }
    if (file.size > maxFileBytes) {
      setProblemKey('learner.import.tooLarge')
      return
    }
    await send({ credential: await file.text(), origin: 'upload' })
  }

  const pasteProblem = problemField === 'import-credential' ? problemKey : undefined
  const urlProblem = problemField === 'import-url' ? problemKey : undefined

  if (session.state === 'signed-out') {
    return (
      <>
        <h1>{t('learner.import.title')}</h1>
        <SignInToContinue />
      </>
    )
  }
  return (
    <>
      <p>
        <Link href="/my/credentials">{t('learner.detail.back')}</Link>
      </p>
      <h1>{t('learner.import.title')}</h1>
      <p className="lead">{t('learner.import.lead')}</p>
      {problemKey !== undefined && (
        <div
          className="hds-notification hds-notification--error"
          role="alert"
          tabIndex={-1}
          ref={summaryRef}
          aria-labelledby="import-error-summary-title"
        >
          <div className="hds-notification__content">
            <div className="hds-notification__label" id="import-error-summary-title">
              {t('learner.import.errorSummary')}
            </div>
            <div className="hds-notification__body hds-error-summary__body">
              <ul>
                <li>
                  <a href={`#${problemField}`}>{t(problemKey)}</a>
                </li>
              </ul>
            </div>
          </div>
        </div>
      )}
      {failureKey !== undefined && (
        <p className="alert" role="alert">
          {t(failureKey)}
        </p>
      )}
      <div className="field">
        <label htmlFor="import-file">{t('learner.import.fileLabel')}</label>
        <p className="hint" id="import-file-hint">
          {t('learner.import.fileHint')}
        </p>
        <input
          id="import-file"
          type="file"
          accept=".json,.jsonld,.jwt,.txt,application/json,application/ld+json,application/vc+ld+json,application/vc+jwt,text/plain"
          aria-describedby="import-file-hint"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <form className="form" onSubmit={onSubmit} noValidate>
        <div className="field">
          <label htmlFor="import-credential">{t('learner.import.pasteLabel')}</label>
          <p className="hint" id="import-credential-hint">
            {t('learner.import.pasteHint')}
          </p>
          <textarea
            id="import-credential"
            rows={8}
            spellCheck={false}
            autoCapitalize="off"
            autoCorrect="off"
            value={text}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={pasteProblem === undefined ? undefined : true}
            aria-describedby={
              pasteProblem === undefined
                ? 'import-credential-hint'
                : 'import-credential-hint import-credential-error'
            }
          />
          {pasteProblem !== undefined && (
            <p className="field-error" id="import-credential-error">
              {t(pasteProblem)}
            </p>
          )}
        </div>
        <button className="button" type="submit" aria-disabled={isImporting}>
          {isImporting ? t('learner.import.importing') : t('learner.import.submit')}
        </button>
      </form>
      <form className="form" onSubmit={onSubmitUrl} noValidate>
        <div className="field">
          <label htmlFor="import-url">{t('learner.import.urlLabel')}</label>
          <p className="hint" id="import-url-hint">
            {t('learner.import.urlHint')}
          </p>
          <input
            id="import-url"
            type="url"
            inputMode="url"
            autoComplete="url"
            maxLength={2000}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            aria-invalid={urlProblem === undefined ? undefined : true}
            aria-describedby={
              urlProblem === undefined ? 'import-url-hint' : 'import-url-hint import-url-error'
            }
          />
          {urlProblem !== undefined && (
            <p className="field-error" id="import-url-error">
              {t(urlProblem)}
            </p>
          )}
        </div>
        <button className="button" type="submit" aria-disabled={isImporting}>
          {t('learner.import.submitUrl')}
        </button>
      </form>
      <div role="status" className="live-region">
        {isImporting && <p>{t('learner.import.importing')}</p>}
      </div>
    </>
  )
}
