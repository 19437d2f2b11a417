import { useTranslation } from 'react-i18next'
import { SignInForm } from '../components/sign-in-form.js'
import { Link, navigate } from '../router.js'
import { useSession } from '../session.js'
import { ssoErrorKey, useSingleSignOn } from '../single-sign-on.js'

/**
 * Where to go after signing in: `?returnTo=` when it is a path of this site (never another
 * site: an open redirect would help phishing), else the account page.
 */
export function returnPathOf(search: string): string {
  const returnTo = new URLSearchParams(search).get('returnTo')
  return returnTo !== null && /^\/(?![/\\])/.test(returnTo) ? returnTo : '/account'
}

export function SignInPage() {
  const { t } = useTranslation()
  const { session } = useSession()
  const singleSignOn = useSingleSignOn()
  const ssoError = ssoErrorKey(window.location.search)
  const returnPath = returnPathOf(window.location.search)

  return (
    <div className="narrow">
      <h1>{t('signIn.title')}</h1>
      {session.state === 'signed-in' && (
        <p>
          {t('signIn.alreadySignedIn', { name: session.person.displayName })}{' '}
          <Link href={returnPath}>
            {t(returnPath === '/account' ? 'signIn.toAccount' : 'signIn.continue')}
          </Link>
        </p>
      )}
      {ssoError !== undefined && (
        <p className="alert" role="alert" id="sso-error">
          {t(ssoError)}
        </p>
      )}
      <SignInForm onSignedIn={() => navigate(returnPath)} />
      {singleSignOn?.isEnabled === true && (
        <section className="note" aria-labelledby="sso-title">
          <h2 id="sso-title">{t('signIn.ssoTitle')}</h2>
          <p>{t('signIn.ssoText')}</p>
          {/* A full page load: the browser goes on to the provider. */}
          <a className="button secondary" href="/api/auth/oidc/start">
            {t('signIn.ssoButton', { name: singleSignOn.name ?? '' })}
          </a>
        </section>
      )}
    </div>
  )
}
