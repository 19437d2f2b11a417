import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { type RoleOrganisation, useRoleAccess } from '../../role-access.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import {
  type CompetenceNeed,
  listDraftAnswers,
  listOrganisationNeeds,
  listVisibleNeeds,
} from './api.js'
import './co-design.css'

/**
 * /co-design/needs — partners see their organisation's needs and post new ones; designers see the
 * needs visible to their institution (the inbox) and which of them their drafts answer best.
 */
export function NeedsPage(_props: PageProps) {
  const { t } = useTranslation()
  const partner = useRoleAccess(['partner'])
  const designer = useRoleAccess(['designer'])
  const partnerOrganisations = partner.state === 'ready' ? partner.organisations : []
  const designerOrganisations = designer.state === 'ready' ? designer.organisations : []
  return (
    <>
      <h1>{t('competence-needs.list.title')}</h1>
      <p className="lead">{t('competence-needs.list.lead')}</p>
      <p>
        <Link href="/co-design/insight">{t('competence-needs.list.insightLink')}</Link>
      </p>
      {partnerOrganisations.map((organisation) => (
        <OwnNeeds key={organisation.id} organisation={organisation} />
      ))}
      {designerOrganisations.length > 0 && <Inbox organisations={designerOrganisations} />}
      {partnerOrganisations.length === 0 && designerOrganisations.length === 0 && <PublicNeeds />}
    </>
  )
}

function NeedRow({ need }: { need: CompetenceNeed }) {
  const { t } = useTranslation()
  return (
    <li>
      <Link href={`/co-design/needs/${encodeURIComponent(need.id)}`}>{need.title}</Link>{' '}
      {t('competence-needs.list.facts', {
        people: need.peopleCount,
        region: need.region,
        startsOn: need.startsOn,
        endsOn: need.endsOn,
      })}
      {need.state === 'closed' && <> {t('competence-needs.list.closed')}</>}
    </li>
  )
}

function OwnNeeds({ organisation }: { organisation: RoleOrganisation }) {
  const { t, i18n } = useTranslation()
  const { data, error } = useLoad(
    (signal) => listOrganisationNeeds(organisation.slug, signal),
    [organisation.slug],
  )
  const headingId = `need-own-${organisation.slug}`
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>
        {t('competence-needs.list.own', {
          organisation: inLanguage(organisation.name, i18n.language),
        })}
      </h2>
      <p>
        <Link className="hds-button hds-button--primary" href="/co-design/needs/new">
          <span className="hds-button__label">{t('competence-needs.list.post')}</span>
        </Link>
      </p>
      {error !== undefined && <p role="alert">{t('competence-needs.list.loadFailed')}</p>}
      {data !== undefined &&
        (data.items.length === 0 ? (
          <p>{t('competence-needs.list.noneOwn')}</p>
        ) : (
          <ul>
            {data.items.map((need) => (
              <NeedRow key={need.id} need={need} />
            ))}
          </ul>
        ))}
    </section>
  )
}

function PublicNeeds() {
  const { t } = useTranslation()
  const { data, error } = useLoad((signal) => listVisibleNeeds(signal), [])
  return (
    <section aria-labelledby="need-visible">
      <h2 id="need-visible">{t('competence-needs.list.visible')}</h2>
      {error !== undefined && <p role="alert">{t('competence-needs.list.loadFailed')}</p>}
      {data !== undefined &&
        (data.items.length === 0 ? (
          <p>{t('competence-needs.list.none')}</p>
        ) : (
          <ul>
            {data.items.map((need) => (
              <NeedRow key={need.id} need={need} />
            ))}
          </ul>
        ))}
    </section>
  )
}

function Inbox({ organisations }: { organisations: RoleOrganisation[] }) {
  const { t, i18n } = useTranslation()
  const first = organisations[0] as RoleOrganisation
  const drafts = useLoad((signal) => listDraftAnswers(first.slug, signal), [first.slug])
  return (
    <>
      <PublicNeeds />
      <section aria-labelledby="need-drafts">
        <h2 id="need-drafts">{t('competence-needs.inbox.drafts')}</h2>
        {drafts.error !== undefined && <p role="alert">{t('competence-needs.list.loadFailed')}</p>}
        {drafts.data !== undefined &&
          (drafts.data.every((draft) => draft.items.length === 0) ? (
            <p>{t('competence-needs.inbox.noneAnswered')}</p>
          ) : (
            <ul>
              {drafts.data
                .filter((draft) => draft.items.length > 0)
                .map((draft) => (
                  <li key={draft.versionId}>
                    <Link href={`/design/versions/${encodeURIComponent(draft.versionId)}`}>
                      {inLanguage(draft.title, i18n.language)}
                    </Link>
                    <ul>
                      {draft.items.map(({ need, match }) => (
                        <li key={need.id}>
                          <Link href={`/co-design/needs/${encodeURIComponent(need.id)}`}>
                            {need.title}
                          </Link>{' '}
                          {t('competence-needs.inbox.answers', {
                            coverage: match.coveragePercent,
                            shared: match.sharedSkills.length,
                            related: match.relatedSkills.length,
                          })}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          ))}
      </section>
    </>
  )
}
