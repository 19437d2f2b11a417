import { useTranslation } from 'react-i18next'
import type { CredentialFacts } from './credential-facts.js'
import { formatDate } from './format-date.js'

/** What a credential states about itself, as a description list under its own heading. */
export function CredentialFactsView({ facts }: { facts: CredentialFacts }) {
  const { t, i18n } = useTranslation()
  const rows: [string, string][] = []
  const title = facts.achievementName ?? facts.name
  if (title !== undefined) {
    rows.push(['verification.facts.achievement', title])
  }
  if (facts.learnerName !== undefined) {
    rows.push(['verification.facts.learner', facts.learnerName])
  }
  if (facts.issuerName !== undefined) {
    rows.push(['verification.facts.issuer', facts.issuerName])
  }
  if (facts.validFrom !== undefined) {
    rows.push(['verification.facts.validFrom', formatDate(facts.validFrom, i18n.language)])
  }
  if (facts.validUntil !== undefined) {
    rows.push(['verification.facts.validUntil', formatDate(facts.validUntil, i18n.language)])
  }
  if (rows.length === 0) {
    return null
  }
  return (
    <section aria-labelledby="verification-facts-title" className="verification-facts">
      <h3 id="verification-facts-title">{t('verification.facts.title')}</h3>
      <p className="hint">{t('verification.facts.hint')}</p>
      <dl className="verification-dl">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
