import { useTranslation } from 'react-i18next'
import { SignInForm } from '../../components/sign-in-form.js'

/** Sign-in on the page itself: once signed in, the page shows what it is for. */
export function SignInToContinue() {
  const { t } = useTranslation()
  return (
    <section className="narrow" aria-labelledby="learner-sign-in-title">
      <p>{t('learner.signedOut')}</p>
      <h2 id="learner-sign-in-title">{t('learner.signInTitle')}</h2>
      <SignInForm onSignedIn={() => undefined} />
    </section>
  )
}
