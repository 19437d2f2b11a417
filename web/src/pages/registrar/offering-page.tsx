import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi, inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { usePageTitle } from '../../page-title.js'
import { Link } from '../../router.js'
import {
  type AssessmentResult,
  type Enrolment,
  getOffering,
  type Offering,
  type OfferingCredential,
  type SpecificationVersion,
} from './api.js'
import { CohortIssuing } from './cohort-issuing.js'
import { CsvImport } from './csv-import.js'
import { IssuedCredentials } from './issued-credentials.js'
import { OfferingTransitions } from './offering-transitions.js'
import {
  AccessGate,
  OfferingStateLabel,
  TableWrap,
  useFormats,
  useLoad,
  useRegistrarAccess,
} from './shared.js'

/** /registrar/offerings/:offeringId: one offering from planning to issued credentials. */
export function OfferingPage({ params }: PageProps) {
  const { t } = useTranslation()
  const access = useRegistrarAccess()
  return (
    <AccessGate title={t('registrar.offering.title')} access={access}>
      {() => <OfferingView offeringId={params.offeringId ?? ''} />}
    </AccessGate>
  )
}

function OfferingView({ offeringId }: { offeringId: string }) {
  const { t, i18n } = useTranslation()
  const formats = useFormats()
  const [changed, setChanged] = useState<Offering | undefined>(undefined)
  const loaded = useLoad(async () => {
    const offering = await getOffering(offeringId)
    const version = await callApi<{ version: SpecificationVersion }>(
      'GET',
      `/api/specification-versions/${offering.versionId}`,
    ).then(
      (answer) => answer.version,
      () => undefined,
    )
    return { offering, version }
  }, [offeringId])
  const enrolments = useLoad(
    (signal) =>
      callApi<{ items: Enrolment[] }>('GET', `/api/offerings/${offeringId}/enrolments`, {
        signal,
      }),
    [offeringId],
  )
  const results = useLoad(
    (signal) =>
      callApi<{ items: AssessmentResult[] }>('GET', `/api/offerings/${offeringId}/results`, {
        signal,
      }),
    [offeringId],
  )
  const credentials = useLoad(
    (signal) =>
      callApi<{ items: OfferingCredential[] }>('GET', `/api/offerings/${offeringId}/credentials`, {
        signal,
      }),
    [offeringId],
  )
  const [credentialChanges, setCredentialChanges] = useState<Record<string, OfferingCredential>>({})
  const title =
    loaded.data?.version === undefined
      ? t('registrar.offering.title')
      : inLanguage(loaded.data.version.content.title, i18n.language)
  usePageTitle(loaded.data === undefined ? undefined : title)

  if (loaded.error !== undefined) {
    const isMissing = loaded.error instanceof ApiError && loaded.error.status === 404
    return (
      <>
        <h1>{t('registrar.offering.title')}</h1>
        <p role="alert">
          {isMissing ? t('registrar.offering.notFound') : t('registrar.loadFailed')}
        </p>
        <p>
          <Link href="/registrar">{t('registrar.offering.back')}</Link>
        </p>
      </>
    )
  }
  if (loaded.data === undefined) {
    return (
      <>
        <h1>{t('registrar.offering.title')}</h1>
        <p role="status">{t('registrar.loading')}</p>
      </>
    )
  }
  const offering = changed ?? loaded.data.offering
  const enrolmentById = new Map(
    (enrolments.data?.items ?? []).map((enrolment) => [enrolment.id, enrolment]),
  )
  const issued = (credentials.data?.items ?? []).map(
    (credential) => credentialChanges[credential.id] ?? credential,
  )

  return (
    <>
      <p className="registrar-back">
        <Link href="/registrar">{t('registrar.offering.back')}</Link>
      </p>
      <h1>{title}</h1>
      <section className="panel registrar-section" aria-labelledby="offering-details">
        <h2 id="offering-details">{t('registrar.offering.details')}</h2>
        <dl className="registrar-details">
          <div>
            <dt>{t('registrar.offerings.state')}</dt>
            <dd>
              <OfferingStateLabel state={offering.state} />
            </dd>
          </div>
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
          <div>
            <dt>{t('registrar.offering.seats')}</dt>
            <dd>
              {offering.seatLimit === null
                ? t('registrar.offering.noSeatLimit')
                : t('registrar.offering.seatsTaken', {
                    taken: enrolments.data?.items.length ?? 0,
                    limit: offering.seatLimit,
                  })}
            </dd>
          </div>
          <div>
            <dt>{t('registrar.plan.fields.price')}</dt>
            <dd>
              {offering.price === null
                ? t('registrar.offering.free')
                : new Intl.NumberFormat(i18n.language, {
                    style: 'currency',
                    currency: offering.price.currency,
                  }).format(offering.price.amountCents / 100)}
            </dd>
          </div>
          <div>
            <dt>{t('registrar.plan.fields.formOfParticipation')}</dt>
            <dd>
              {t(`registrar.form.${offering.formOfParticipation}`, {
                defaultValue: offering.formOfParticipation,
              })}
            </dd>
          </div>
          <div>
            <dt>{t('registrar.plan.fields.languageOfInstruction')}</dt>
            <dd>
              {t(`registrar.language.${offering.languageOfInstruction}`, {
                defaultValue: offering.languageOfInstruction,
              })}
            </dd>
          </div>
          {offering.teachers.length > 0 && (
            <div>
              <dt>{t('registrar.plan.fields.teachers')}</dt>
              <dd>{offering.teachers.join(', ')}</dd>
            </div>
          )}
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
          label={title}
          onChanged={setChanged}
        />
      </section>

      <section className="panel registrar-section" aria-labelledby="offering-enrolments">
        <h2 id="offering-enrolments">{t('registrar.enrolments.title')}</h2>
        {offering.state !== 'closed' && (
          <CsvImport kind="enrolments" offeringId={offering.id} onImported={enrolments.reload} />
        )}
        {enrolments.error !== undefined && <p role="alert">{t('registrar.loadFailed')}</p>}
        {enrolments.data !== undefined && enrolments.data.items.length === 0 && (
          <p>{t('registrar.enrolments.none')}</p>
        )}
        {enrolments.data !== undefined && enrolments.data.items.length > 0 && (
          <TableWrap label={t('registrar.enrolments.title')}>
            <table className="hds-table hds-table--light registrar-table">
              <caption className="hds-table__caption">
                {t('registrar.enrolments.caption', { count: enrolments.data.items.length })}
              </caption>
              <thead>
                <tr className="hds-table__header-row">
                  <th scope="col">{t('registrar.credentials.learner')}</th>
                  <th scope="col">{t('registrar.credentials.studentNumber')}</th>
                  <th scope="col">{t('registrar.enrolments.source')}</th>
                  <th scope="col">{t('registrar.enrolments.enrolledAt')}</th>
                </tr>
              </thead>
              <tbody className="hds-table__content">
                {enrolments.data.items.map((enrolment) => (
                  <tr key={enrolment.id}>
                    <th scope="row">{enrolment.displayName}</th>
                    <td>{enrolment.studentNumber ?? '–'}</td>
                    <td>{t(`registrar.enrolments.sources.${enrolment.source}`)}</td>
                    <td>{formats.dateTime(enrolment.enrolledAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="panel registrar-section" aria-labelledby="offering-results">
        <h2 id="offering-results">{t('registrar.results.title')}</h2>
        <CsvImport kind="results" offeringId={offering.id} onImported={results.reload} />
        {results.error !== undefined && <p role="alert">{t('registrar.loadFailed')}</p>}
        {results.data !== undefined && results.data.items.length === 0 && (
          <p>{t('registrar.results.none')}</p>
        )}
        {results.data !== undefined && results.data.items.length > 0 && (
          <TableWrap label={t('registrar.results.title')}>
            <table className="hds-table hds-table--light registrar-table">
              <caption className="hds-table__caption">
                {t('registrar.results.caption', { count: results.data.items.length })}
              </caption>
              <thead>
                <tr className="hds-table__header-row">
                  <th scope="col">{t('registrar.credentials.learner')}</th>
                  <th scope="col">{t('registrar.credentials.studentNumber')}</th>
                  <th scope="col">{t('registrar.results.grade')}</th>
                  <th scope="col">{t('registrar.results.assessedOn')}</th>
                  <th scope="col">{t('registrar.results.credits')}</th>
                </tr>
              </thead>
              <tbody className="hds-table__content">
                {results.data.items.map((result) => {
                  const enrolment = enrolmentById.get(result.enrolmentId)
                  return (
                    <tr key={result.id}>
                      <th scope="row">{enrolment?.displayName ?? '–'}</th>
                      <td>{enrolment?.studentNumber ?? '–'}</td>
                      <td>{result.grade}</td>
                      <td>{formats.date(result.assessedOn)}</td>
                      <td>{result.credits ?? '–'}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      <section className="panel registrar-section" aria-labelledby="offering-issuing">
        <h2 id="offering-issuing">{t('registrar.issuing.title')}</h2>
        <CohortIssuing
          offeringId={offering.id}
          offeringState={offering.state}
          onIssued={credentials.reload}
        />
      </section>

      <section className="panel registrar-section" aria-labelledby="issued-credentials">
        <h2 id="issued-credentials" tabIndex={-1}>
          {t('registrar.credentials.title')}
        </h2>
        {credentials.error !== undefined && <p role="alert">{t('registrar.loadFailed')}</p>}
        {credentials.data !== undefined && (
          <IssuedCredentials
            credentials={issued}
            onChanged={(credential) =>
              setCredentialChanges((current) => ({ ...current, [credential.id]: credential }))
            }
            onStale={() => {
              setCredentialChanges({})
              credentials.reload()
            }}
          />
        )}
      </section>
    </>
  )
}
