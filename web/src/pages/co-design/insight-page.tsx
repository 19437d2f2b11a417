import { lazy, Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { inLanguage } from '../../api-client.js'
import type { PageProps } from '../../page-route.js'
import { Link } from '../../router.js'
import { useLoad } from '../../use-load.js'
import { getInsight, type Insight } from './api.js'
import './co-design.css'

// Chart.js is loaded with the charts only, on this page: the catalogue's first visit never pays
// for it (test/web-bundle-budget.test.ts).
const InsightCharts = lazy(() =>
  import('./insight-charts.js').then((module) => ({ default: module.InsightCharts })),
)

/**
 * /co-design/insight — demand against supply over the needs the reader may see: the most needed
 * skills with no or thin coverage, needs per region and field, and the needs each institution
 * answers. Each chart has a table of the same data below it.
 */
export function InsightPage(_props: PageProps) {
  const { t } = useTranslation()
  const { data, error } = useLoad((signal) => getInsight(signal), [])
  return (
    <>
      <p>
        <Link href="/co-design/needs">{t('competence-needs.back')}</Link>
      </p>
      <h1>{t('competence-needs.insight.title')}</h1>
      <p className="lead">{t('competence-needs.insight.lead')}</p>
      {error !== undefined && <p role="alert">{t('competence-needs.insight.loadFailed')}</p>}
      {data === undefined && error === undefined && (
        <p role="status">{t('competence-needs.loading')}</p>
      )}
      {data !== undefined && <InsightBody insight={data} />}
    </>
  )
}

function InsightBody({ insight }: { insight: Insight }) {
  const { t, i18n } = useTranslation()
  const fieldLabel = (label: string | null) => label ?? t('competence-needs.insight.noField')
  return (
    <>
      <p>{t('competence-needs.insight.openNeeds', { count: insight.openNeedCount })}</p>
      <Suspense fallback={<p role="status">{t('competence-needs.insight.chartsLoading')}</p>}>
        <InsightCharts insight={insight} fieldLabel={fieldLabel} />
      </Suspense>
      <h2>{t('competence-needs.insight.gaps')}</h2>
      <table className="need-table">
        <caption>{t('competence-needs.insight.gapsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competence-needs.insight.skill')}</th>
            <th scope="col">{t('competence-needs.insight.needs')}</th>
            <th scope="col">{t('competence-needs.insight.people')}</th>
            <th scope="col">{t('competence-needs.insight.offers')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.gaps.map((gap) => (
            <tr key={gap.uri}>
              <th scope="row" lang="en">
                {gap.label}
              </th>
              <td>{gap.needCount}</td>
              <td>{gap.peopleCount}</td>
              <td>
                {gap.offerCount} ({t(`competence-needs.insight.coverage.${gap.coverage}`)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('competence-needs.insight.regions')}</h2>
      <table className="need-table">
        <caption>{t('competence-needs.insight.regionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competence-needs.insight.region')}</th>
            <th scope="col">{t('competence-needs.insight.needs')}</th>
            <th scope="col">{t('competence-needs.insight.people')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.regions.map((region) => (
            <tr key={region.region}>
              <th scope="row">{region.region}</th>
              <td>{region.needCount}</td>
              <td>{region.peopleCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('competence-needs.insight.fields')}</h2>
      <table className="need-table">
        <caption>{t('competence-needs.insight.fieldsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competence-needs.insight.field')}</th>
            <th scope="col">{t('competence-needs.insight.needs')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.fields.map((field) => (
            <tr key={field.fieldUri ?? 'none'}>
              <th scope="row" lang={field.label === null ? undefined : 'en'}>
                {fieldLabel(field.label)}
              </th>
              <td>{field.needCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('competence-needs.insight.institutions')}</h2>
      <table className="need-table">
        <caption>{t('competence-needs.insight.institutionsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('competence-needs.insight.institution')}</th>
            <th scope="col">{t('competence-needs.insight.published')}</th>
            <th scope="col">{t('competence-needs.insight.drafts')}</th>
          </tr>
        </thead>
        <tbody>
          {insight.institutions.map((institution) => (
            <tr key={institution.slug}>
              <th scope="row">{inLanguage(institution.name, i18n.language)}</th>
              <td>{institution.publishedNeedCount}</td>
              <td>{institution.draftNeedCount ?? t('competence-needs.insight.notShown')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
