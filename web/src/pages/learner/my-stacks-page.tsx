import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useSession } from '../../session.js'
import { useLoad } from '../../use-load.js'
import { SignInToContinue } from './signed-out.js'
import { listMyStacks } from './stack-api.js'
import './learner.css'

/** /my/stacks — the published stacks with the learner's progress towards each. */
export function MyStacksPage(_props: PageProps) {
  const { t, i18n } = useTranslation()
  const { session } = useSession()
  const isSignedIn = session.state === 'signed-in'
  const stacks = useLoad(
    (signal) =>
      isSignedIn
        ? listMyStacks(i18n.language, signal).then((answer) => answer.items)
        : Promise.resolve(undefined),
    [i18n.language, isSignedIn],
  )
  return (
    <>
      <h1>{t('stacks.list.title')}</h1>
      <p className="lead">{t('stacks.list.lead')}</p>
      {session.state === 'signed-out' && <SignInToContinue />}
      {stacks.error !== undefined && (
        <p className="alert" role="alert">
          {t('stacks.list.failed')}
        </p>
      )}
      {isSignedIn && stacks.data === undefined && stacks.error === undefined && (
        <p role="status">{t('stacks.list.loading')}</p>
      )}
      {stacks.data !== undefined && stacks.data.length === 0 && <p>{t('stacks.list.empty')}</p>}
      {stacks.data !== undefined && stacks.data.length > 0 && (
        <ul className="learner-list">
          {stacks.data.map((view) => {
            const done = view.parts.filter((part) => part.isDone).length
            return (
              <li key={view.stack.id} className="learner-card">
                <h2 className="learner-card__title">
                  <Link href={`/my/stacks/${encodeURIComponent(view.stack.id)}`}>
                    {inLanguage(view.stack.name, i18n.language)}
                  </Link>
                </h2>
                <p className="learner-card__issuer">
                  {inLanguage(view.stack.organisation.name, i18n.language)}
                </p>
                <p className="learner-card__meta">
                  {t('stacks.list.partsDone', { done, count: view.parts.length })}{' '}
                  <span
                    className={`hds-status-label learner-state hds-status-label--${view.claimed !== null || view.isComplete ? 'success' : 'info'}`}
                  >
                    {view.claimed !== null
                      ? t('stacks.state.claimed')
                      : view.isComplete
                        ? t('stacks.state.complete')
                        : t('stacks.state.inProgress')}
                  </span>
                </p>
              </li>
            )
          })}
        </ul>
      )}
    </>
  )
}
