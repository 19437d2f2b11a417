import {
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  Title,
  Tooltip,
} from 'chart.js'
import { Bar } from 'react-chartjs-2'
import { useTranslation } from 'react-i18next'
import type { Insight } from './api.js'

ChartJS.register(CategoryScale, LinearScale, BarElement, Title, Tooltip, Legend)

// HDS brand colours with enough contrast on white.
const demandColour = '#0000bf'
const supplyColour = '#00d7a7'

/**
 * The insight as bar charts (Chart.js through react-chartjs-2). A canvas is not readable by
 * screen readers, so each chart is labelled and the page shows the same data as tables.
 */
export function InsightCharts({
  insight,
  fieldLabel,
}: {
  insight: Insight
  fieldLabel: (label: string | null) => string
}) {
  const { t } = useTranslation()
  const options = (title: string) => ({
    responsive: true,
    animation: false as const,
    plugins: { title: { display: true, text: title } },
    scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
  })
  return (
    <>
      <div className="need-chart">
        <Bar
          role="img"
          aria-label={t('competence-needs.insight.gapsChart')}
          options={options(t('competence-needs.insight.gaps'))}
          data={{
            labels: insight.gaps.map((gap) => gap.label),
            datasets: [
              {
                label: t('competence-needs.insight.needs'),
                data: insight.gaps.map((gap) => gap.needCount),
                backgroundColor: demandColour,
              },
              {
                label: t('competence-needs.insight.offers'),
                data: insight.gaps.map((gap) => gap.offerCount),
                backgroundColor: supplyColour,
              },
            ],
          }}
        />
      </div>
      <div className="need-chart">
        <Bar
          role="img"
          aria-label={t('competence-needs.insight.regionsChart')}
          options={options(t('competence-needs.insight.regions'))}
          data={{
            labels: insight.regions.map((region) => region.region),
            datasets: [
              {
                label: t('competence-needs.insight.needs'),
                data: insight.regions.map((region) => region.needCount),
                backgroundColor: demandColour,
              },
            ],
          }}
        />
      </div>
      <div className="need-chart">
        <Bar
          role="img"
          aria-label={t('competence-needs.insight.fieldsChart')}
          options={options(t('competence-needs.insight.fields'))}
          data={{
            labels: insight.fields.map((field) => fieldLabel(field.label)),
            datasets: [
              {
                label: t('competence-needs.insight.needs'),
                data: insight.fields.map((field) => field.needCount),
                backgroundColor: demandColour,
              },
            ],
          }}
        />
      </div>
    </>
  )
}
