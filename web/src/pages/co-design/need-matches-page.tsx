import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { getMatching, type Match, type MatchedOutcome } from './api.js'
import './co-design.css'

/**
 * /co-design/needs/:needId — which published micro-credentials cover which of the need's skills:
 * the coverage, each shared skill with the learning outcome it comes from, skills taught only
 * through a related ESCO skill marked as partial (half credit), and the gap no offer covers.
 */
export function NeedMatchesPage({ params }: PageProps) {
  const { t, i18n } = useTranslation()
  const needId = params.needId ?? ''
  const { data, error } = useLoad((signal) => getMatching(needId, signal), [needId])
  if (error !== undefined) {
    return (
      <>
        <h1>{t('competence-needs.matches.title')}</h1>
        <p role="alert">{t('competence-needs.matches.loadFailed')}</p>
      </>
    )
  }
  if (data === undefined) {
    return <p role="status">{t('competence-needs.loading')}</p>
  }
  const labels = new Map(data.need.skills.map((skill) => [skill.uri, skill.preferredLabel]))
  const label = (uri: string) => labels.get(uri) ?? uri
  const outcomeText = (outcome: MatchedOutcome) =>
    t('competence-needs.matches.outcome', {
      number: outcome.index + 1,
      text: inLanguage(outcome.text, i18n.language),
    })
  return (
    <>
      <p>
        <Link href="/co-design/needs">{t('competence-needs.back')}</Link>
      </p>
      <h1>{data.need.title}</h1>
      <p className="lead">
        {t('competence-needs.matches.summary', {
          coverage: data.coveragePercent,
          count: data.total,
        })}
      </p>
      <meter
        className="need-coverage-bar"
        min={0}
        max={100}
        value={data.coveragePercent}
        aria-label={t('competence-needs.matches.coverageLabel')}
      />
      <p>{t('competence-needs.matches.method')}</p>
      <SkillList
        id="need-covered"
        title={t('competence-needs.matches.covered')}
        labels={data.coveredSkillUris.map(label)}
      />
      <SkillList
        id="need-partly"
        title={t('competence-needs.matches.partly')}
        labels={data.partlyCoveredSkillUris.map(label)}
      />
      <SkillList
        id="need-gap"
        title={t('competence-needs.matches.gap')}
        labels={data.uncoveredSkillUris.map(label)}
      />
      <h2>{t('competence-needs.matches.offers')}</h2>
      {data.matches.length === 0 ? (
        <p>{t('competence-needs.matches.none')}</p>
      ) : (
        <ol className="need-matches">
          {data.matches.map((match) => (
            <MatchItem
              key={match.versionId}
              match={match}
              label={label}
              outcomeText={outcomeText}
            />
          ))}
        </ol>
      )}
    </>
  )
}

function SkillList({ id, title, labels }: { id: string; title: string; labels: string[] }) {
  const { t } = useTranslation()
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {labels.length === 0 ? (
        <p>{t('competence-needs.matches.noSkills')}</p>
      ) : (
        <ul>
          {labels.map((text) => (
            <li key={text} lang="en">
              {text}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

function MatchItem({
  match,
  label,
  outcomeText,
}: {
  match: Match
  label: (uri: string) => string
  outcomeText: (outcome: MatchedOutcome) => string
}) {
  const { t, i18n } = useTranslation()
  return (
    <li>
      <h3>
        <Link href={`/catalogue/${encodeURIComponent(match.specificationId)}`}>
          {inLanguage(match.title, i18n.language)}
        </Link>
      </h3>
      <p>{t('competence-needs.matches.matchCoverage', { coverage: match.coveragePercent })}</p>
      <ul>
        {match.sharedSkills.map((skill) => (
          <li key={skill.uri}>
            <span lang="en">{label(skill.uri)}</span> —{' '}
            {skill.outcomes.map((outcome) => outcomeText(outcome)).join('; ')}
          </li>
        ))}
        {match.relatedSkills.map((skill) => (
          <li key={skill.uri} className="need-related">
            <strong>{t('competence-needs.matches.partial')}</strong>{' '}
            <span lang="en">{label(skill.uri)}</span>{' '}
            {skill.via
              .map((via) =>
                t(`competence-needs.matches.via.${via.relation}`, {
                  label: via.label,
                  outcomes: via.outcomes.map((outcome) => outcomeText(outcome)).join('; '),
                }),
              )
              .join(' ')}
          </li>
        ))}
      </ul>
      {match.missingSkillUris.length > 0 && (
        <p>
          {t('competence-needs.matches.missing')}{' '}
          <span lang="en">{match.missingSkillUris.map(label).join(', ')}</span>
        </p>
      )}
    </li>
  )
}
