import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError, callApi } from '../../api-client.js'
import { useSession } from '../../session.js'
import type { IssuingRun, OfferingState } from './api.js'
import { TableWrap, useFormats, useLoad } from './shared.js'

/** How far apart (in percent) the live region speaks: often enough to follow, not every batch. */
const announceStep = 25

function isFinished(run: IssuingRun): boolean {
  return run.state === 'completed' || run.state === 'failed'
}

/**
 * Cohort issuing: one button for a closed offering, the run's progress from its server-sent
 * events with a progress bar and a polite live region, the learners it failed for, and the
 * earlier runs.
 */
export function CohortIssuing({
  offeringId,
  offeringState,
  onIssued,
}: {
  offeringId: string
  offeringState: OfferingState
  onIssued: () => void
}) {
  const { t, i18n } = useTranslation()
  const { csrfToken } = useSession()
  const formats = useFormats()
  const runs = useLoad(
    (signal) =>
      callApi<{ items: IssuingRun[] }>('GET', `/api/offerings/${offeringId}/issuing-runs`, {
        signal,
      }),
    [offeringId],
  )
  const [current, setCurrent] = useState<IssuingRun | undefined>(undefined)
  const [announcement, setAnnouncement] = useState('')
  const [failure, setFailure] = useState<string | undefined>(undefined)
  const [isStarting, setIsStarting] = useState(false)
  const lastAnnounced = useRef(-1)
  const followed = useRef<string | undefined>(undefined)
  const onIssuedRef = useRef(onIssued)
  onIssuedRef.current = onIssued
  const reloadRuns = runs.reload

  // Follows the current run's events until it is done.
  const runId = current?.id
  const eventsPath = current?.links.events
  useEffect(() => {
    if (runId === undefined || eventsPath === undefined || followed.current === runId) {
      return
    }
    followed.current = runId
    const source = new EventSource(eventsPath)
    const announce = (run: IssuingRun, isDone: boolean) => {
      if (isDone) {
        setAnnouncement(
          run.state === 'completed'
            ? t('registrar.issuing.doneAnnouncement', {
                percent: 100,
                count: run.issued,
                issued: run.issued,
                already: run.alreadyIssued,
                failed: run.failures.length,
              })
            : t('registrar.issuing.failedAnnouncement', { issued: run.issued }),
        )
        return
      }
      const step = Math.floor(run.progress.percent / announceStep) * announceStep
      if (step > lastAnnounced.current) {
        lastAnnounced.current = step
        setAnnouncement(
          t('registrar.issuing.progressAnnouncement', {
            percent: run.progress.percent,
            done: run.progress.done,
            total: run.progress.total,
          }),
        )
      }
    }
    const read = (event: MessageEvent<string>): IssuingRun | undefined => {
      try {
        return JSON.parse(event.data) as IssuingRun
      } catch {
        return undefined
      }
    }
    source.addEventListener('progress', (event) => {
      const run = read(event)
      if (run !== undefined) {
        setCurrent(run)
        announce(run, false)
      }
    })
    source.addEventListener('done', (event) => {
      source.close()
      const run = read(event)
      if (run !== undefined) {
        setCurrent(run)
        announce(run, true)
      }
      reloadRuns()
      onIssuedRef.current()
    })
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setFailure(t('registrar.issuing.streamLost'))
      }
    }
    return () => {
      source.close()
      followed.current = undefined
    }
  }, [runId, eventsPath, t, reloadRuns])

  // A run under way when the page opens is followed too.
  useEffect(() => {
    const unfinished = runs.data?.items.find((run) => !isFinished(run))
    if (current === undefined && unfinished !== undefined) {
      setCurrent(unfinished)
    }
  }, [runs.data, current])

  const start = async () => {
    setIsStarting(true)
    setFailure(undefined)
    lastAnnounced.current = -1
    try {
      const run = await callApi<IssuingRun>('POST', `/api/offerings/${offeringId}/issuing-runs`, {
        csrfToken: csrfToken(),
        body: { language: ['fi', 'sv', 'en'].includes(i18n.language) ? i18n.language : 'fi' },
      })
      followed.current = undefined
      setAnnouncement(t('registrar.issuing.started', { count: run.total }))
      setCurrent(run)
      if (isFinished(run)) {
        reloadRuns()
        onIssued()
      }
    } catch (error) {
      setFailure(
        error instanceof ApiError && error.code === 'OFFERING_NOT_CLOSED'
          ? t('registrar.issuing.notClosed')
          : t('registrar.issuing.startFailed'),
      )
    } finally {
      setIsStarting(false)
    }
  }

  const isRunning = current !== undefined && !isFinished(current)
  const earlier = runs.data?.items ?? []

  return (
    <>
      {offeringState === 'closed' ? (
        <p>{t('registrar.issuing.lead')}</p>
      ) : (
        <p>{t('registrar.issuing.closeFirst')}</p>
      )}
      {offeringState === 'closed' && (
        <button
          type="button"
          className="hds-button hds-button--primary"
          disabled={isStarting || isRunning}
          onClick={() => void start()}
        >
          <span className="hds-button__label">{t('registrar.issuing.start')}</span>
        </button>
      )}
      <div role="status" aria-live="polite" className="registrar-status" id="issuing-live">
        {announcement !== '' && <p>{announcement}</p>}
      </div>
      {failure !== undefined && (
        <p role="alert" className="registrar-error">
          {failure}
        </p>
      )}
      {current !== undefined && (
        <div className="registrar-progress">
          <label htmlFor="issuing-progress" id="issuing-progress-label">
            {t('registrar.issuing.progressLabel')}
          </label>
          <progress
            id="issuing-progress"
            max={100}
            value={current.progress.percent}
            aria-valuetext={t('registrar.issuing.progressValue', {
              percent: current.progress.percent,
              done: current.progress.done,
              total: current.progress.total,
            })}
          />
          <p className="registrar-progress-text">
            {t('registrar.issuing.progressValue', {
              percent: current.progress.percent,
              done: current.progress.done,
              total: current.progress.total,
            })}
            {current.progress.ratePerSecond !== null &&
              !isFinished(current) &&
              ` · ${t('registrar.issuing.rate', { rate: current.progress.ratePerSecond })}`}
            {current.progress.secondsLeft !== null &&
              !isFinished(current) &&
              ` · ${t('registrar.issuing.secondsLeft', { count: current.progress.secondsLeft })}`}
          </p>
          <p>{t(`registrar.issuing.runState.${current.state}`)}</p>
          {current.failures.length > 0 && (
            <>
              <h3>{t('registrar.issuing.failuresTitle')}</h3>
              <ul>
                {current.failures.map((each) => (
                  <li key={each.enrolmentId}>
                    <span lang="en">{each.message}</span>
                  </li>
                ))}
              </ul>
            </>
          )}
          {current.lastError !== null && (
            <p className="registrar-error">
              <span lang="en">{current.lastError}</span>
            </p>
          )}
        </div>
      )}
      <h3>{t('registrar.issuing.runsTitle')}</h3>
      {runs.error !== undefined && <p role="alert">{t('registrar.loadFailed')}</p>}
      {runs.data !== undefined && earlier.length === 0 && <p>{t('registrar.issuing.noRuns')}</p>}
      {earlier.length > 0 && (
        <TableWrap label={t('registrar.issuing.runsTitle')}>
          <table className="hds-table hds-table--light registrar-table">
            <thead>
              <tr className="hds-table__header-row">
                <th scope="col">{t('registrar.issuing.runStarted')}</th>
                <th scope="col">{t('registrar.issuing.runStateColumn')}</th>
                <th scope="col">{t('registrar.issuing.runIssued')}</th>
                <th scope="col">{t('registrar.issuing.runAlready')}</th>
                <th scope="col">{t('registrar.issuing.runFailures')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {earlier.map((run) => (
                <tr key={run.id}>
                  <th scope="row">{formats.dateTime(run.createdAt)}</th>
                  <td>{t(`registrar.issuing.runState.${run.state}`)}</td>
                  <td>{run.issued}</td>
                  <td>{run.alreadyIssued}</td>
                  <td>{run.failures.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  )
}
