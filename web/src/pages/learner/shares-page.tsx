import { type FormEvent, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api-client.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { formatDate } from '../verification/format-date.js'
import { CounsellorsPanel } from './counsellors-panel.js'
import {
  CredentialPicker,
  choiceName,
  type PortfolioChoice,
  usePortfolioChoices,
} from './credential-picker.js'
import {
  type CredentialReference,
  createShare,
  listShares,
  presentationUrlOf,
  type Share,
  withdrawShare,
} from './sharing-api.js'
import { SignInToContinue } from './signed-out.js'
import './learner.css'
import './sharing.css'

/**
 * /my/portfolio/shares — sharing credentials as a link: a new share (which credentials, with
 * reflections or not, until which day, and the plain note that the link's expiry is not the
 * credentials'), the shares made with their access log, withdrawal and the presentation export;
 * and the guidance counsellors invited to the reflections.
 */
export function SharesPage() {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const choices = usePortfolioChoices(i18n.language)
  const shares = useLoad(
    (signal) =>
      session.state === 'signed-in'
        ? listShares(i18n.language, signal)
        : Promise.resolve({ items: [] }),
    [session.state, i18n.language],
  )
  if (session.state === 'signed-out') {
    return (
      <>
        <h1>{t('portfolio-sharing.shares.title')}</h1>
        <SignInToContinue />
      </>
    )
  }
  return (
    <>
      <p className="learner-back">
        <Link href="/my/credentials">{t('portfolio-sharing.back')}</Link>
      </p>
      <h1>{t('portfolio-sharing.shares.title')}</h1>
      <p>{t('portfolio-sharing.shares.intro')}</p>
      <NewShare choices={choices.data ?? []} onCreated={shares.reload} />
      <section aria-labelledby="my-shares-title">
        <h2 id="my-shares-title">{t('portfolio-sharing.shares.listTitle')}</h2>
        {shares.error !== undefined && (
          <p className="alert" role="alert">
            {t('portfolio-sharing.failed')}
          </p>
        )}
        {shares.data?.items.length === 0 && <p>{t('portfolio-sharing.shares.none')}</p>}
        {shares.data?.items.map((share) => (
          <ShareItem
            key={share.id}
            share={share}
            choices={choices.data}
            onWithdrawn={shares.reload}
          />
        ))}
      </section>
      <CounsellorsPanel choices={choices.data ?? []} />
    </>
  )
}

/** A year from today, the furthest a link may last, as YYYY-MM-DD. */
function dayIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA')
}

function NewShare({
  choices,
  onCreated,
}: {
  choices: readonly PortfolioChoice[]
  onCreated: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const id = useId()
  const [chosen, setChosen] = useState<CredentialReference[]>([])
  const [includesReflections, setIncludesReflections] = useState(false)
  const [expiresOn, setExpiresOn] = useState(dayIn(30))
  const [created, setCreated] = useState<string | undefined>(undefined)
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (chosen.length === 0) {
      setProblem(t('portfolio-sharing.shares.chooseOne'))
      return
    }
    try {
      const answer = await createShare(
        { credentials: chosen, includesReflections, expiresOn },
        csrfToken(),
      )
      setCreated(answer.url)
      setProblem(undefined)
      setChosen([])
      onCreated()
    } catch (error) {
      setProblem(
        error instanceof ApiError && error.code === 'SHARE_INVALID'
          ? t('portfolio-sharing.shares.refused')
          : t('portfolio-sharing.failed'),
      )
    }
  }
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portfolio-sharing.shares.newTitle')}</h2>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <CredentialPicker
          idPrefix={`${id}-credential`}
          legend={t('portfolio-sharing.shares.choose')}
          choices={choices}
          chosen={chosen}
          onChange={setChosen}
        />
        <div className="hds-checkbox">
          <input
            type="checkbox"
            className="hds-checkbox__input"
            id={`${id}-reflections`}
            checked={includesReflections}
            onChange={(event) => setIncludesReflections(event.target.checked)}
          />
          <label className="hds-checkbox__label" htmlFor={`${id}-reflections`}>
            {t('portfolio-sharing.shares.includeReflections')}
          </label>
        </div>
        <div className="hds-text-input">
          <label className="hds-text-input__label" htmlFor={`${id}-expires`}>
            {t('portfolio-sharing.shares.expiresOn')}
          </label>
          <input
            id={`${id}-expires`}
            className="hds-text-input__input"
            type="date"
            required
            min={dayIn(0)}
            max={dayIn(365)}
            value={expiresOn}
            aria-describedby={`${id}-expiry-note`}
            onChange={(event) => setExpiresOn(event.target.value)}
          />
        </div>
        <div className="hds-notification hds-notification--info" id={`${id}-expiry-note`}>
          <div className="hds-notification__label">
            {t('portfolio-sharing.shares.expiryNoteTitle')}
          </div>
          <div className="hds-notification__body">{t('portfolio-sharing.shares.expiryNote')}</div>
        </div>
        {problem !== undefined && (
          <p className="alert" role="alert">
            {problem}
          </p>
        )}
        <p>
          <button type="submit" className="hds-button hds-button--primary">
            <span className="hds-button__label">{t('portfolio-sharing.shares.create')}</span>
          </button>
        </p>
      </form>
      {created !== undefined && (
        <div className="hds-notification hds-notification--success" role="status">
          <div className="hds-notification__label">
            {t('portfolio-sharing.shares.createdTitle')}
          </div>
          <div className="hds-notification__body">
            <p>{t('portfolio-sharing.shares.createdText')}</p>
            <p>
              <a href={created} className="share-link">
                {created}
              </a>
            </p>
          </div>
        </div>
      )}
    </section>
  )
}

function ShareItem({
  share,
  choices,
  onWithdrawn,
}: {
  share: Share
  choices: readonly PortfolioChoice[] | undefined
  onWithdrawn: () => void
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const headingId = useId()
  const [hasFailed, setHasFailed] = useState(false)
  const withdraw = async () => {
    try {
      await withdrawShare(share.id, csrfToken())
      onWithdrawn()
    } catch {
      setHasFailed(true)
    }
  }
  const names = share.credentials
    .map((reference) => choiceName(choices, reference, t('portfolio-sharing.untitled')))
    .join(', ')
  return (
    <article className="panel share-item" aria-labelledby={headingId}>
      <h3 id={headingId}>{names}</h3>
      <p>
        <span className={`share-state share-state--${share.state}`}>
          {t(`portfolio-sharing.shares.state.${share.state}`)}
        </span>{' '}
        {share.state === 'withdrawn'
          ? t('portfolio-sharing.shares.withdrawnOn', {
              date: formatDate(share.withdrawnAt ?? '', i18n.language),
            })
          : t('portfolio-sharing.shares.linkUntil', {
              date: formatDate(share.expiresAt, i18n.language, true),
            })}
      </p>
      <p>
        {share.includesReflections
          ? t('portfolio-sharing.shares.withReflections')
          : t('portfolio-sharing.shares.withoutReflections')}
      </p>
      <h4>{t('portfolio-sharing.shares.accessLog')}</h4>
      {share.accesses.length === 0 ? (
        <p>{t('portfolio-sharing.shares.notOpened')}</p>
      ) : (
        <ul className="share-accesses">
          {share.accesses.map((access) => (
            <li key={`${access.openedAt}-${access.viewerOrganisations.map((o) => o.id).join()}`}>
              {formatDate(access.openedAt, i18n.language, true)}:{' '}
              {access.viewerOrganisations.length === 0
                ? t('portfolio-sharing.shares.anonymousViewer')
                : access.viewerOrganisations.map((organisation) => organisation.name).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={presentationUrlOf(share.id)} download>
          {t('portfolio-sharing.shares.presentation')}
        </a>
      </p>
      {share.state === 'active' && (
        <button
          type="button"
          className="hds-button hds-button--danger"
          onClick={() => void withdraw()}
        >
          <span className="hds-button__label">{t('portfolio-sharing.shares.withdraw')}</span>
        </button>
      )}
      {hasFailed && (
        <p className="alert" role="alert">
          {t('portfolio-sharing.failed')}
        </p>
      )}
    </article>
  )
}
