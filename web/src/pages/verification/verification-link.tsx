import { useTranslation } from 'react-i18next'
import { verificationUrlOf } from './api.js'
import { QrCode } from './qr-code.js'

/** The verification address of a credential issued here, as a link and as a QR code. */
export function VerificationLink({
  credentialId,
  headingLevel = 2,
}: {
  credentialId: string
  headingLevel?: 2 | 3
}) {
  const { t } = useTranslation()
  const url = verificationUrlOf(credentialId)
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="verification-link panel" aria-labelledby="verification-link-title">
      <Heading id="verification-link-title">{t('verification.link.title')}</Heading>
      <p>{t('verification.link.text')}</p>
      <p className="verification-url">
        <a href={url}>{url}</a>
      </p>
      <QrCode text={url} label={t('verification.link.qrLabel')} />
    </section>
  )
}
