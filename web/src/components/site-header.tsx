import { useTranslation } from 'react-i18next'
import { Link, navigate } from '../router.js'
import { useSession } from '../session.js'
import { LanguageSwitch } from './language-switch.js'

export function SiteHeader() {
  const { t } = useTranslation()
  const { session, signOut, setNotice } = useSession()

  const onSignOut = async () => {
    try {
      await signOut()
      setNotice({ path: '/', key: 'nav.signedOut' })
    } catch {
      setNotice({ path: '/', key: 'nav.signOutFailed' })
    }
    navigate('/')
  }

  return (
    <header className="site-header">
      <Link className="brand" href="/">
        Osaamo
      </Link>
      <nav className="account-nav" aria-label={t('catalogue.nav.main')}>
        <Link href="/catalogue">{t('catalogue.nav.catalogue')}</Link>
      </nav>
      <div className="header-tools">
        <nav className="account-nav" aria-label={t('nav.accountMenu')}>
          <Link href="/verify">{t('verification.nav.verify')}</Link>
          {session.state === 'signed-out' && <Link href="/sign-in">{t('nav.signIn')}</Link>}
          {session.state === 'signed-in' && (
            <>
              <Link href="/my/credentials">{t('learner.nav.myCredentials')}</Link>
              <Link href="/my/recognition">{t('recognition.nav.recognition')}</Link>
              <Link href="/my/study-path">{t('study-paths.nav')}</Link>
              {session.me?.memberships.some((membership) =>
                membership.roles.some((role) => role === 'registrar' || role === 'admin'),
              ) && <Link href="/registrar">{t('registrar.nav.offerings')}</Link>}
              {session.me?.memberships.some((membership) =>
                membership.roles.some((role) => role === 'registrar' || role === 'admin'),
              ) && <Link href="/registrar/recognition">{t('recognition.nav.queue')}</Link>}
              {session.me?.memberships.some((membership) =>
                membership.roles.includes('designer'),
              ) && <Link href="/design">{t('designer.nav.design')}</Link>}
              {session.me?.memberships.some((membership) =>
                membership.roles.includes('qa-reviewer'),
              ) && <Link href="/review">{t('reviewer.nav.review')}</Link>}
              {session.me?.memberships.some((membership) =>
                membership.roles.some((role) => role === 'partner' || role === 'designer'),
              ) && <Link href="/co-design/needs">{t('competence-needs.nav.needs')}</Link>}
              {session.me?.memberships.some((membership) => membership.roles.includes('admin')) && (
                <Link href="/admin">{t('admin.nav.administration')}</Link>
              )}
              <Link href="/account">{session.person.displayName}</Link>
              <button type="button" onClick={() => void onSignOut()}>
                {t('nav.signOut')}
              </button>
            </>
          )}
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  )
}
