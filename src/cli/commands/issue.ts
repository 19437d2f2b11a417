import { type Command, InvalidArgumentError } from 'commander'
import {
  type IssuingRun,
  isLanguage,
  type Language,
  type ProofFormat,
  proofFormats,
  system,
  toIssuingProgress,
} from '../../core/index.js'
import { requestCohortIssuing, workIssuingRun } from '../../services/index.js'
import type { Io } from '../io.js'
import { formatProgressBar } from '../progress-bar.js'
import { withDeps } from '../with-deps.js'

/** Without a terminal (a log, a pipe), a progress line at most this often. */
const progressLineIntervalMs = 1000

type IssueOptions = { offering: string; format?: ProofFormat; language?: Language; json?: boolean }

export function addIssueCommand(program: Command, io: Io): void {
  program
    .command('issue')
    .description(
      'issue credentials to every passed learner of a closed offering, with a progress bar; safe to run again (one credential per learner) and to interrupt (a rerun goes on where it stopped)',
    )
    .requiredOption('--offering <id>', 'the id of the closed offering')
    .option('--format <format>', `the proof format: ${proofFormats.join(', ')}`, parseFormat)
    .option(
      '--language <code>',
      'the language of the credentials and claim mails: fi, sv or en',
      parseLanguage,
    )
    .option('--json', 'print the finished run as JSON')
    .action(async (options: IssueOptions) => {
      const run = await withDeps(async (deps) => {
        const { run: requested, isNew } = await requestCohortIssuing(
          deps,
          system,
          { offeringId: options.offering, format: options.format, language: options.language },
          { inBackground: false },
        )
        io.err(
          isNew
            ? `Issuing to ${requested.total - requested.alreadyIssued} learners (run ${requested.id}; ${requested.alreadyIssued} have their credential already).`
            : `Going on with run ${requested.id}: ${toIssuingProgress(requested, deps.clock.now()).done} of ${requested.total} done.`,
        )
        const report = progressReporter(io, () => deps.clock.now())
        const finished = await workIssuingRun(deps, requested.id, { onProgress: report })
        report(finished, { isLast: true })
        return finished
      })
      if (options.json === true) {
        io.out(JSON.stringify(run, null, 2))
        return
      }
      io.out(
        `Run ${run.id} ${run.state}: ${run.issued} issued now, ${run.alreadyIssued} had theirs already, ${run.failures.length} could not be issued.`,
      )
      for (const failure of run.failures) {
        io.out(`  enrolment ${failure.enrolmentId}: ${failure.message}`)
      }
    })
}

/**
 * Draws the bar in place on a terminal; elsewhere prints the first batch's line, then a line a
 * second, and the last one.
 */
function progressReporter(io: Io, now: () => Date) {
  let lastLineAt = Number.NEGATIVE_INFINITY
  return (run: IssuingRun, options: { isLast?: boolean } = {}) => {
    const line = formatProgressBar(toIssuingProgress(run, now()))
    if (io.redraw !== undefined) {
      io.redraw(line, options.isLast === true)
      return
    }
    const at = performance.now()
    if (options.isLast === true || at - lastLineAt >= progressLineIntervalMs) {
      lastLineAt = at
      io.err(line)
    }
  }
}

function parseFormat(text: string): ProofFormat {
  const format = proofFormats.find((known) => known === text)
  if (format === undefined) {
    throw new InvalidArgumentError(`Use one of ${proofFormats.join(', ')}.`)
  }
  return format
}

function parseLanguage(text: string): Language {
  if (!isLanguage(text)) {
    throw new InvalidArgumentError('Use fi, sv or en.')
  }
  return text
}
