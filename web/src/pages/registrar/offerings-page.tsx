import { useTranslation } from 'react-i18next'
import { callApi, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import type { Offering, SpecificationVersion } from './api.js'
import { OfferingTransitions } from './offering-transitions.js'
import { PlanOfferingForm } from './plan-offering-form.js'
import {
  AccessGate,
  type ManagedOrganisation,
  OfferingStateLabel,
  useFormats,
  useLoad,
  useRegistrarAccess,
} from './shared.js'

/** /registrar: the offerings of the reader's organisations, and planning a new one. */
export function OfferingsPage(_props: PageProps) {
  const { t } = useTranslation()
  const access = useRegistrarAccess()
  return (
    <AccessGate title={t('registrar.offerings.title')} access={access}>
      {(organisations) => <Offerings organisations={organisations} />}
    </AccessGate>
  )
}

type OrganisationData = {
  organisation: ManagedOrganisation
  offerings: Offering[]
  specifications: SpecificationVersion[]
}

function Offerings({ organisations }: { organisations: ManagedOrganisation[] }) {
  const { t, i18n } = useTranslation()
  const { data, error, reload } = useLoad(
    (signal) =>
      Promise.all(
        organisations.map(async (organisation): Promise<OrganisationData> => {
          const [offerings, specifications] = await Promise.all([
            callApi<{ items: Offering[] }>(
              'GET',
              `/api/organisations/${organisation.slug}/offerings`,
              { signal },
            ),
            callApi<{ items: SpecificationVersion[] }>(
              'GET',
              `/api/organisations/${organisation.slug}/specifications`,
              { signal },
            ),
          ])
          return {
            organisation,
            offerings: offerings.items,
            specifications: specifications.items,
          }
        }),
      ),
    [organisations.map((organisation) => organisation.id).join()],
  )

  return (
    <>
      <h1>{t('registrar.offerings.title')}</h1>
      <p className="lead">{t('registrar.offerings.lead')}</p>
      {error !== undefined && <p role="alert">{t('registrar.loadFailed')}</p>}
      {data === undefined && error === undefined && <p role="status">{t('registrar.loading')}</p>}
      {data?.map(({ organisation, offerings, specifications }) => (
        <section
          key={organisation.id}
          className="panel registrar-section"
          aria-labelledby={`organisation-${organisation.slug}`}
        >
          <h2 id={`organisation-${organisation.slug}`}>
            {inLanguage(organisation.name, i18n.language)}
          </h2>
          <OfferingTable offerings={offerings} specifications={specifications} onChanged={reload} />
        </section>
      ))}
      {data !== undefined && (
        <section className="panel registrar-section" aria-labelledby="plan-offering">
          <h2 id="plan-offering">{t('registrar.plan.title')}</h2>
          <PlanOfferingForm
            specifications={data.flatMap(({ organisation, specifications }) =>
              specifications
                .filter((version) => version.status === 'published')
                .map((version) => ({ organisation, version })),
            )}
          />
        </section>
      )}
    </>
  )
}

function OfferingTable({
  offerings,
  specifications,
  onChanged,
}: {
  offerings: Offering[]
  specifications: SpecificationVersion[]
  onChanged: () => void
}) {
  const { t, i18n } = useTranslation()
  const formats = useFormats()
  if (offerings.length === 0) {
    return <p>{t('registrar.offerings.none')}</p>
  }
  const titleOf = (offering: Offering) => {
    const version = specifications.find(
      (candidate) => candidate.specificationId === offering.specificationId,
    )
    return version === undefined
      ? t('registrar.offerings.untitled')
      : inLanguage(version.content.title, i18n.language)
  }
  return (
    <ul className="registrar-offering-list">
      {offerings.map((offering) => {
        const title = titleOf(offering)
        return (
          <li key={offering.id} className="registrar-offering-card">
            <h3>
              <Link href={`/registrar/offerings/${offering.id}`}>{title}</Link>
            </h3>
            <OfferingStateLabel state={offering.state} />
            <dl className="registrar-details">
              <div>
                <dt>{t('registrar.offerings.dates')}</dt>
                <dd>
                  {formats.date(offering.startsOn)} – {formats.date(offering.endsOn)}
                </dd>
              </div>
              <div>
                <dt>{t('registrar.offerings.enrolment')}</dt>
                <dd>
                  {formats.dateTime(offering.enrolmentOpensAt)} –{' '}
                  {formats.dateTime(offering.enrolmentClosesAt)}
                </dd>
              </div>
              {offering.courseCode !== null && (
                <div>
                  <dt>{t('registrar.plan.fields.courseCode')}</dt>
                  <dd>{offering.courseCode}</dd>
                </div>
              )}
            </dl>
            <OfferingTransitions
              offeringId={offering.id}
              state={offering.state}
              label={`${title} ${formats.date(offering.startsOn)}`}
              onChanged={onChanged}
            />
          </li>
        )
      })}
    </ul>
  )
}
