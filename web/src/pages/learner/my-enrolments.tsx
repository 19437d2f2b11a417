import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { dateLabel, ectsLabel, vocabularyLabel } from '../catalogue/format.js'
import { listMyEnrolments, type MyEnrolment } from './api.js'

/**
 * The learner's studies on their credentials page: each enrolment with its dates, where the
 * offering stands, the grade once given, and the credential once issued.
 */
export function MyEnrolments() {
  const { t } = useTranslation()
  const enrolments = useLoad(
    (signal) => listMyEnrolments(signal).then((answer) => answer.items),
    [],
  )
  return (
    <section aria-labelledby="my-enrolments-title" className="learner-enrolments">
      <h2 id="my-enrolments-title">{t('learner.enrolments.title')}</h2>
      {enrolments.error !== undefined && (
        <p className="alert" role="alert">
          {t('learner.enrolments.failed')}
        </p>
      )}
      {enrolments.data === undefined && enrolments.error === undefined && (
        <p role="status">{t('learner.enrolments.loading')}</p>
      )}
      {enrolments.data?.length === 0 && <p>{t('learner.enrolments.empty')}</p>}
      {enrolments.data !== undefined && enrolments.data.length > 0 && (
        <ul className="learner-list">
          {enrolments.data.map((enrolment) => (
            <EnrolmentCard key={enrolment.id} enrolment={enrolment} />
          ))}
        </ul>
      )}
    </section>
  )
}

function EnrolmentCard({ enrolment }: { enrolment: MyEnrolment }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const { offering, result } = enrolment
  return (
    <li className="learner-card learner-enrolment">
      <h3 className="learner-card__title">
        <Link href={`/catalogue/${encodeURIComponent(offering.specificationId)}`}>
          {inLanguage(enrolment.title, language)}
        </Link>
      </h3>
      <p className="learner-card__issuer">{inLanguage(enrolment.organisationName, language)}</p>
      <p>
        {t('learner.enrolments.dates', {
          start: dateLabel(offering.startsOn, language),
          end: dateLabel(offering.endsOn, language),
        })}
        {enrolment.ects !== null && <> · {ectsLabel(t, language, enrolment.ects)}</>} ·{' '}
        {vocabularyLabel(t, 'form', offering.formOfParticipation)}
      </p>
      <p>
        <span className="hds-status-label learner-state">
          {t(`learner.enrolments.state.${offering.state}`)}
        </span>
      </p>
      {result !== null && (
        <p>
          {t(result.isPassed ? 'learner.enrolments.passed' : 'learner.enrolments.failedGrade', {
            grade: t(`learner.enrolments.grade.${result.grade}`, { defaultValue: result.grade }),
            date: dateLabel(result.assessedOn, language),
          })}
        </p>
      )}
      {enrolment.credentialId !== null && (
        <p>
          <Link href={`/my/credentials/${encodeURIComponent(enrolment.credentialId)}`}>
            {t('learner.enrolments.credential', { name: inLanguage(enrolment.title, language) })}
          </Link>
        </p>
      )}
    </li>
  )
}
