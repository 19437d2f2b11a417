import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import { useLoad } from '../../use-load.js'
import { listCurrentEndorsements } from './sign-off-api.js'
import './sign-off.css'

/**
 * "Endorsed by …" on a published micro-credential's page: the partner organisations that signed
 * it off, with their words. Nothing at all when there are none (or they cannot be read).
 */
export function EndorsedBy({ versionId }: { versionId: string }) {
  const { t, i18n } = useTranslation()
  const { data } = useLoad((signal) => listCurrentEndorsements(versionId, signal), [versionId])
  if (data === undefined || data.length === 0) {
    return null
  }
  const names = data.map((endorsement) => inLanguage(endorsement.organisation.name, i18n.language))
  return (
    <section aria-labelledby="specification-endorsements" className="endorsed-by">
      <h2 id="specification-endorsements">{t('sign-off.catalogue.heading')}</h2>
      <p>{t('sign-off.catalogue.endorsedBy', { names: names.join(', ') })}</p>
      <ul className="endorsement-list">
        {data.map((endorsement) => (
          <li key={endorsement.id}>
            <p className="endorsement-organisation">
              {inLanguage(endorsement.organisation.name, i18n.language)}
            </p>
            {endorsement.comment !== '' && (
              <blockquote className="endorsement-comment">{endorsement.comment}</blockquote>
            )}
            <p className="hint">
              {t('sign-off.catalogue.signed', {
                date: new Date(endorsement.createdAt).toLocaleDateString(i18n.language, {
                  timeZone: 'Europe/Helsinki',
                }),
              })}
            </p>
          </li>
        ))}
      </ul>
    </section>
  )
}
