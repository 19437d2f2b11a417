import type { Command } from 'commander'
import { createFileVerifier } from '../../compose-credentials.js'
import {
  AppError,
  type CheckOutcome,
  isLanguage,
  type Language,
  type VerificationReport,
} from '../../core/index.js'
import { readInput, readJsonInput } from '../files.js'
import type { Io } from '../io.js'

type VerifyOptions = {
  in: string
  json?: boolean
  didDocument: string[]
  statusList: string[]
  trustedIssuer: string[]
  language: string
  offline?: boolean
}

const usage = (message: string) => new AppError('CLI_USAGE_INVALID', message)
const collect = (value: string, previous: string[]) => [...previous, value]
const marks: Record<CheckOutcome, string> = { ok: '✓', failed: '✗', warning: '!', skipped: '–' }

export function addVerifyCommand(program: Command, io: Io): void {
  program
    .command('verify')
    .description(
      'verify a credential (Data Integrity, VC-JWT or Ed25519Signature2020): proof, issuer key, ' +
        'dates, status list, Open Badges schema and issuer trust; exit 0 when verified, 1 when not',
    )
    .option(
      '--in <file>',
      'the credential (JSON or a compact VC-JWT), or - for standard input',
      '-',
    )
    .option('--json', 'print the report as JSON')
    .option(
      '--did-document <file>',
      'a DID document to use instead of resolving its DID (repeatable)',
      collect,
      [],
    )
    .option(
      '--status-list <file>',
      'a status list credential to use instead of fetching it, under its id or as URL=FILE (repeatable)',
      collect,
      [],
    )
    .option(
      '--trusted-issuer <id>',
      'an issuer id to trust; * at the end is a prefix (repeatable)',
      collect,
      [],
    )
    .option('--language <code>', 'the language of the report: fi, sv or en', 'en')
    .option('--offline', 'fetch nothing: unknown DIDs and status lists fail')
    .action(async (options: VerifyOptions) => {
      if (!isLanguage(options.language)) {
        throw usage('--language must be fi, sv or en.')
      }
      const verifier = createFileVerifier({
        didDocuments: await Promise.all(
          options.didDocument.map((file) => readJsonInput(file, usage)),
        ),
        statusLists: await Promise.all(options.statusList.map(readStatusList)),
        trustedIssuers: options.trustedIssuer,
        isOffline: options.offline === true,
      })
      const report = await verifier.verify(await readInput(options.in))
      io.out(
        options.json === true
          ? JSON.stringify(report, null, 2)
          : describe(report, options.language),
      )
      if (!report.verified) {
        throw new AppError('CREDENTIAL_NOT_VERIFIED')
      }
    })
}

async function readStatusList(
  argument: string,
): Promise<{ url: string | undefined; document: unknown }> {
  const match = /^(https?:\/\/[^=]+)=(.+)$/.exec(argument)
  return match?.[1] !== undefined && match[2] !== undefined
    ? { url: match[1], document: await readJsonInput(match[2], usage) }
    : { url: undefined, document: await readJsonInput(argument, usage) }
}

function describe(report: VerificationReport, language: Language): string {
  const verdict = {
    fi: report.verified ? 'Todistus on varmennettu.' : 'Todistusta ei voitu varmentaa.',
    sv: report.verified ? 'Intyget är verifierat.' : 'Intyget kunde inte verifieras.',
    en: report.verified ? 'The credential is verified.' : 'The credential is not verified.',
  }[language]
  const lines = [`${report.verified ? '✓' : '✗'} ${verdict}`]
  if (report.credentialId !== undefined) {
    lines.push(`  credential ${report.credentialId}`)
  }
  if (report.issuerId !== undefined) {
    lines.push(`  issuer     ${report.issuerId}`)
  }
  for (const check of report.checks) {
    const message = check.message[language] ?? check.message.en ?? check.code
    lines.push(`  ${marks[check.outcome]} ${check.id.padEnd(16)}${message}`)
  }
  return lines.join('\n')
}
