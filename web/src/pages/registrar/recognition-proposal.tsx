import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { OutcomePair, Precedent, Proposal, Reason } from './recognition-api.js'

/**
 * Osaamo's proposal as a person reads it: the outcome, then each reason with its weight, score
 * and contribution in a table, and for the learning outcomes each target outcome with the most
 * similar outcome of the credential and the words they share.
 */
export function RecognitionProposalView({ proposal }: { proposal: Proposal }) {
  const { t } = useTranslation()
  const outcomes = proposal.reasons.find((reason) => reason.code === 'learning-outcomes')
  const pairs = (outcomes?.details.bestPairs ?? []) as OutcomePair[]
  // A learner's page shows several proposals: each heading needs an id of its own.
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.proposal.title')}</h2>
      <p>
        <strong>{t(`recognition.outcome.${proposal.outcome}`)}</strong>
        {proposal.outcome === 'partial' &&
          ` (${t('recognition.ectsCount', { count: proposal.ectsGranted })})`}{' '}
        — {t('recognition.proposal.total', { score: proposal.totalScore.toFixed(2) })}
      </p>
      <p className="recognition-note">{t('recognition.proposal.note')}</p>
      <table className="recognition-table">
        <caption>{t('recognition.proposal.reasonsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('recognition.proposal.reason')}</th>
            <th scope="col">{t('recognition.proposal.weight')}</th>
            <th scope="col">{t('recognition.proposal.score')}</th>
            <th scope="col">{t('recognition.proposal.contribution')}</th>
            <th scope="col">{t('recognition.proposal.why')}</th>
          </tr>
        </thead>
        <tbody>
          {proposal.reasons.map((reason) => (
            <tr key={reason.code}>
              <th scope="row">{t(`recognition.reason.${reason.code}`)}</th>
              <td>{reason.weight.toFixed(2)}</td>
              <td>
                {reason.score === null
                  ? t('recognition.proposal.notApplicable')
                  : reason.score.toFixed(2)}
              </td>
              <td>{reason.contribution.toFixed(3)}</td>
              <td>
                <ReasonDetails reason={reason} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('recognition.proposal.pairsTitle')}</h3>
      <ol className="recognition-pairs">
        {pairs.map((pair) => (
          <li key={pair.targetIndex}>
            <p>
              <span className="recognition-label">{t('recognition.proposal.targetOutcome')}</span>{' '}
              {proposal.targetOutcomes[pair.targetIndex]}
            </p>
            <p>
              <span className="recognition-label">
                {t('recognition.proposal.credentialOutcome')}
              </span>{' '}
              {pair.credentialIndex < 0
                ? t('recognition.proposal.noMatch')
                : proposal.credentialOutcomes[pair.credentialIndex]}
            </p>
            <p>
              {t('recognition.proposal.similarity', { value: pair.similarity.toFixed(2) })}
              {pair.matchedWords.length > 0 && (
                <>
                  {' '}
                  {t('recognition.proposal.matchedWords')}{' '}
                  {pair.matchedWords.map((word) => (
                    <mark key={word.stem} className="recognition-word">
                      {[...new Set([...word.targetWords, ...word.credentialWords])].join(' / ')}
                    </mark>
                  ))}
                </>
              )}
            </p>
          </li>
        ))}
      </ol>
    </section>
  )
}

function ReasonDetails({ reason }: { reason: Reason }) {
  const { t } = useTranslation()
  const details = reason.details
  switch (reason.code) {
    case 'learning-outcomes':
      return <>{t('recognition.why.outcomes', { matched: details.matched, of: details.of })}</>
    case 'esco-skills':
      return (
        <>
          {t('recognition.why.skills', {
            shared: (details.shared as string[]).length,
            missing: (details.missing as string[]).length,
          })}
        </>
      )
    case 'ects':
      return (
        <>
          {t('recognition.why.ects', {
            credential: details.credentialEcts ?? '–',
            target: details.targetEcts,
          })}
        </>
      )
    case 'eqf-level':
      return (
        <>
          {t('recognition.why.level', {
            credential: details.credentialLevel ?? '–',
            target: details.targetLevel ?? '–',
          })}
        </>
      )
    case 'quality-assurance':
      return (
        <>
          {details.isOsaamoReviewed === true
            ? t('recognition.why.reviewed')
            : t(`recognition.why.trust.${String(details.issuerTrust)}`)}
        </>
      )
    case 'age':
      return (
        <>
          {details.years === null
            ? t('recognition.why.noDate')
            : t('recognition.why.age', { years: Number(details.years).toFixed(1) })}
        </>
      )
  }
}

/** "Recognised N times as course X here", and likewise at the institutions that share. */
export function RecognitionPrecedents({ precedents }: { precedents: Precedent[] }) {
  const { t, i18n } = useTranslation()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('recognition.precedents.title')}</h2>
      {precedents.length === 0 ? (
        <p>{t('recognition.precedents.none')}</p>
      ) : (
        <ul>
          {precedents.map((precedent) => (
            <li key={`${precedent.organisationId}-${precedent.targetCode}`}>
              {t(
                precedent.isHere
                  ? 'recognition.precedents.here'
                  : 'recognition.precedents.elsewhere',
                {
                  count: precedent.recognisedCount,
                  course: `${precedent.targetCode} ${inLanguage(precedent.targetName, i18n.language)}`,
                  organisation: inLanguage(precedent.organisationName, i18n.language),
                },
              )}
              {precedent.refusedCount > 0 &&
                ` ${t('recognition.precedents.refused', { count: precedent.refusedCount })}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
