import { type FormEvent, type ReactNode, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSession } from '../../session.js'
import { ProblemError, postCsv, type RowProblem } from './api.js'
import { canonicalColumn, parseCsv } from './csv.js'
import { useProblemText } from './problem-text.js'
import { ErrorSummary, TableWrap } from './shared.js'

type Kind = 'enrolments' | 'results'

type Outcome =
  | { kind: 'none' }
  | { kind: 'imported'; message: string; skipped: { row: number; problems: RowProblem[] }[] }
  | { kind: 'invalid'; csv: string; problems: RowProblem[] }
  | { kind: 'failed'; message: string }

/**
 * Imports a CSV file (enrolments or results). When the API finds problems, the file's rows are
 * shown as a table with each problem in place on its row and column, a summary above linking to
 * them, and (for results) the choice to import only the valid rows.
 */
export function CsvImport({
  kind,
  offeringId,
  onImported,
}: {
  kind: Kind
  offeringId: string
  onImported: () => void
}) {
  const { t } = useTranslation()
  const { csrfToken } = useSession()
  const inputId = useId()
  const fileRef = useRef<HTMLInputElement>(null)
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' })
  const [isBusy, setIsBusy] = useState(false)
  const [noFile, setNoFile] = useState(false)
  const [attempt, setAttempt] = useState(0)

  const send = async (csv: string, skipInvalid: boolean) => {
    setIsBusy(true)
    setAttempt((value) => value + 1)
    try {
      const path = `/api/offerings/${offeringId}/${kind}/import${skipInvalid ? '?skipInvalid=true' : ''}`
      if (kind === 'enrolments') {
        const answer = await postCsv<{
          enrolled: number
          createdPeople: number
          alreadyEnrolled: number
        }>(path, csrfToken(), csv)
        setOutcome({
          kind: 'imported',
          message: t('registrar.import.enrolmentsDone', {
            enrolled: answer.enrolled,
            created: answer.createdPeople,
            already: answer.alreadyEnrolled,
          }),
          skipped: [],
        })
      } else {
        const answer = await postCsv<{
          recorded: number
          skipped: { row: number; problems: RowProblem[] }[]
        }>(path, csrfToken(), csv)
        setOutcome({
          kind: 'imported',
          message:
            answer.skipped.length === 0
              ? t('registrar.import.resultsDone', { count: answer.recorded })
              : t('registrar.import.resultsDoneSkipped', {
                  count: answer.recorded,
                  skipped: answer.skipped.length,
                }),
          skipped: answer.skipped,
        })
      }
      if (fileRef.current !== null) {
        fileRef.current.value = ''
      }
      onImported()
    } catch (error) {
      if (
        error instanceof ProblemError &&
        (error.code === 'RESULT_IMPORT_INVALID' || error.code === 'ENROLMENT_IMPORT_INVALID')
      ) {
        setOutcome({ kind: 'invalid', csv, problems: [...error.problems] })
      } else if (error instanceof ProblemError && error.code === 'OFFERING_FULL') {
        setOutcome({ kind: 'failed', message: t('registrar.import.offeringFull') })
      } else {
        setOutcome({ kind: 'failed', message: t('registrar.import.failed') })
      }
    } finally {
      setIsBusy(false)
    }
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const file = fileRef.current?.files?.[0]
    if (file === undefined) {
      setNoFile(true)
      fileRef.current?.focus()
      return
    }
    setNoFile(false)
    await send(await file.text(), false)
  }

  return (
    <div className="registrar-import">
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <div
          className={`hds-text-input registrar-field${noFile ? ' hds-text-input--invalid' : ''}`}
        >
          <label className="hds-text-input__label" htmlFor={inputId}>
            {t(`registrar.import.${kind}.label`)}
          </label>
          <input
            ref={fileRef}
            id={inputId}
            type="file"
            accept=".csv,text/csv"
            className="registrar-file"
            aria-invalid={noFile}
            aria-describedby={`${inputId}-helper${noFile ? ` ${inputId}-error` : ''}`}
            onChange={() => setNoFile(false)}
          />
          {noFile && (
            <span className="hds-text-input__error-text" id={`${inputId}-error`}>
              {t('registrar.import.noFile')}
            </span>
          )}
          <span className="hds-text-input__helper-text" id={`${inputId}-helper`}>
            {t(`registrar.import.${kind}.help`)}
          </span>
        </div>
        <button
          type="submit"
          className="hds-button hds-button--secondary hds-button--small"
          disabled={isBusy}
        >
          <span className="hds-button__label">{t(`registrar.import.${kind}.submit`)}</span>
        </button>
      </form>
      <div role="status" className="registrar-status">
        {outcome.kind === 'imported' && (
          <div className="hds-notification hds-notification--success registrar-notification">
            <p>{outcome.message}</p>
          </div>
        )}
      </div>
      {outcome.kind === 'imported' && outcome.skipped.length > 0 && (
        <SkippedRows kind={kind} skipped={outcome.skipped} />
      )}
      {outcome.kind === 'failed' && (
        <p role="alert" className="registrar-error">
          {outcome.message}
        </p>
      )}
      {outcome.kind === 'invalid' && (
        <InvalidFile
          key={attempt}
          kind={kind}
          csv={outcome.csv}
          problems={outcome.problems}
          isBusy={isBusy}
          onImportValid={kind === 'results' ? () => void send(outcome.csv, true) : undefined}
        />
      )}
    </div>
  )
}

function SkippedRows({
  kind,
  skipped,
}: {
  kind: Kind
  skipped: { row: number; problems: RowProblem[] }[]
}) {
  const { t } = useTranslation()
  const problemText = useProblemText()
  return (
    <div className="registrar-skipped">
      <h3>{t('registrar.import.skippedTitle')}</h3>
      <ul>
        {skipped.map((each) => (
          <li key={`${kind}-${each.row}`}>
            {t('registrar.import.row', { row: each.row })}:{' '}
            {each.problems.map((problem, index) => (
              <span key={`${problem.path}-${problem.message}`}>
                {index > 0 && ' '}
                {problemText(problem)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  )
}

function InvalidFile({
  kind,
  csv,
  problems,
  isBusy,
  onImportValid,
}: {
  kind: Kind
  csv: string
  problems: RowProblem[]
  isBusy: boolean
  onImportValid: (() => void) | undefined
}) {
  const { t } = useTranslation()
  const leadOf = useProblemLead()
  const problemText = useProblemText()
  const [header = [], ...rows] = parseCsv(csv)
  const columns = header.map(canonicalColumn)
  const rowId = (row: number) => `${kind}-file-row-${row}`
  const cellId = (row: number, column: number) => `${kind}-file-${row}-${column}`
  const targetOf = (problem: RowProblem) => {
    if (problem.row <= 1) {
      return `${kind}-file-header`
    }
    const column = columns.indexOf(problem.path)
    return column >= 0 && problem.row - 2 < rows.length
      ? cellId(problem.row, column)
      : rowId(problem.row)
  }
  const problemsAt = (row: number, column: string | undefined) =>
    problems.filter(
      (problem) =>
        problem.row === row &&
        (column === undefined ? !columns.includes(problem.path) : problem.path === column),
    )
  const badRows = new Set(problems.filter((problem) => problem.row > 1).map((p) => p.row))
  const headerProblems = problems.filter((problem) => problem.row <= 1)
  const canSkip = onImportValid !== undefined && headerProblems.length === 0

  return (
    <div className="registrar-invalid">
      <ErrorSummary
        id={`${kind}-error-summary`}
        title={t('registrar.import.errorSummary', { count: problems.length })}
        items={problems.map((problem) => ({
          targetId: targetOf(problem),
          text: (
            <>
              {problem.row <= 1
                ? t('registrar.import.header')
                : t('registrar.import.row', { row: problem.row })}
              : {leadOf(problem.path)} {problemText(problem)}
            </>
          ),
        }))}
      />
      <p>{t('registrar.import.nothingSaved')}</p>
      {canSkip && (
        <div className="registrar-skip-choice">
          <p>
            {t('registrar.import.validRowsNote', {
              valid: Math.max(rows.length - badRows.size, 0),
              invalid: badRows.size,
            })}
          </p>
          <button
            type="button"
            className="hds-button hds-button--secondary hds-button--small"
            disabled={isBusy}
            onClick={onImportValid}
          >
            <span className="hds-button__label">{t('registrar.import.importValid')}</span>
          </button>
        </div>
      )}
      <TableWrap label={t('registrar.import.fileCaption')}>
        <table className="hds-table hds-table--light registrar-table registrar-file-table">
          <caption className="hds-table__caption">{t('registrar.import.fileCaption')}</caption>
          <thead>
            <tr className="hds-table__header-row" id={`${kind}-file-header`} tabIndex={-1}>
              <th scope="col">{t('registrar.import.rowColumn')}</th>
              {header.map((name, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns keep their order
                <th scope="col" key={index}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="hds-table__content">
            {rows.map((cells, index) => {
              const row = index + 2
              const rowProblems = problemsAt(row, undefined)
              const isBad = badRows.has(row)
              return (
                <tr
                  // biome-ignore lint/suspicious/noArrayIndexKey: a file's rows keep their order
                  key={index}
                  id={rowId(row)}
                  tabIndex={-1}
                  className={isBad ? 'registrar-row-invalid' : undefined}
                >
                  <th scope="row">
                    {row}
                    {rowProblems.map((problem) => (
                      <CellProblem
                        key={problem.message}
                        lead={leadOf(problem.path)}
                        text={problemText(problem)}
                      />
                    ))}
                  </th>
                  {header.map((_name, column) => {
                    const cellProblems = problemsAt(row, columns[column])
                    return (
                      <td
                        // biome-ignore lint/suspicious/noArrayIndexKey: a file's columns keep their order
                        key={column}
                        id={cellId(row, column)}
                        tabIndex={cellProblems.length > 0 ? -1 : undefined}
                        className={cellProblems.length > 0 ? 'registrar-cell-invalid' : undefined}
                      >
                        {cells[column] ?? ''}
                        {cellProblems.map((problem) => (
                          <CellProblem
                            key={problem.message}
                            lead={leadOf(problem.path)}
                            text={problemText(problem)}
                          />
                        ))}
                      </td>
                    )
                  })}
                </tr>
              )
            })}
          </tbody>
        </table>
      </TableWrap>
    </div>
  )
}

const knownColumns = new Set([
  'student_number',
  'name',
  'email',
  'course_code',
  'grade',
  'date',
  'credits',
])

/** A problem's lead in the reader's language: the column to check. */
function useProblemLead(): (path: string) => string {
  const { t } = useTranslation()
  return (path) =>
    knownColumns.has(path) ? t(`registrar.import.check.${path}`) : t('registrar.import.problem')
}

function CellProblem({ lead, text }: { lead: string; text: ReactNode }) {
  return (
    <span className="registrar-cell-problem">
      <span className="registrar-cell-problem-label">{lead}</span> {text}
    </span>
  )
}
