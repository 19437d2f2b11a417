import { useTranslation } from 'react-i18next'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { ectsLabel } from '../catalogue/format.js'
import { getSkillsProfile, type SkillsProfile } from './portfolio-api.js'

/**
 * The learner's skills profile on their credentials page: credits by EQF level and field, and
 * each ESCO skill with the credentials that show it.
 */
export function MySkills() {
  const { t } = useTranslation()
  const profile = useLoad((signal) => getSkillsProfile(signal), [])
  return (
    <section aria-labelledby="my-skills-title" className="learner-enrolments">
      <h2 id="my-skills-title">{t('learner.skills.title')}</h2>
      {profile.error !== undefined && (
        <p className="alert" role="alert">
          {t('learner.list.failed')}
        </p>
      )}
      {profile.data !== undefined && <Profile profile={profile.data} />}
    </section>
  )
}

function Profile({ profile }: { profile: SkillsProfile }) {
  const { t, i18n } = useTranslation()
  if (profile.skills.length === 0 && profile.ects.total === 0) {
    return <p>{t('learner.skills.empty')}</p>
  }
  const levelName = (key: string) =>
    key === 'unknown'
      ? t('learner.skills.levelUnknown')
      : t('learner.skills.level', { level: key.replace('eqf-', '') })
  return (
    <>
      <p>
        {t('learner.skills.total', { credits: ectsLabel(t, i18n.language, profile.ects.total) })}
      </p>
      {profile.ects.byLevel.length > 0 && (
        <ul>
          {profile.ects.byLevel.map((entry) => (
            <li key={entry.key}>
              {levelName(entry.key)}: {ectsLabel(t, i18n.language, entry.ects)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('learner.skills.skillsTitle')}</h3>
      <ul className="learner-skills">
        {profile.skills.map((skill) => (
          <li key={skill.uri}>
            <span>{skill.label}</span>{' '}
            <span className="learner-card__issuer">
              (
              {skill.sources.map((source, index) => (
                <span key={`${source.kind}-${source.id}`}>
                  {index > 0 && ', '}
                  <Link
                    href={
                      source.kind === 'issued'
                        ? `/my/credentials/${encodeURIComponent(source.id)}`
                        : `/my/portfolio/imports/${encodeURIComponent(source.id)}`
                    }
                  >
                    {source.achievementName || t('learner.imported.untitled')}
                  </Link>
                  {!source.isVerified && ` ${t('learner.skills.notVerified')}`}
                </span>
              ))}
              )
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}
