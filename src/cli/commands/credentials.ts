import { writeFile } from 'node:fs/promises'
import type { Command } from 'commander'
import {
  AppError,
  type CredentialStatusAction,
  credentialStatusActions,
  type IssuedCredential,
  isLanguage,
  statusListUrl,
  system,
  toIssuedCredentialView,
} from '../../core/index.js'
import {
  changeCredentialStatus,
  getCredentialCertificate,
  getIssuedCredential,
  resendClaimLink,
} from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

const descriptions: Record<CredentialStatusAction, string> = {
  revoke: 'revoke an issued credential, for good',
  suspend: 'suspend an active credential until it is reinstated',
  reinstate: 'lift the suspension of a credential',
}

/**
 * `osaamo credentials …`: show an issued credential, print its certificate, re-send its claim
 * link, change its status.
 */
export function addCredentialsCommand(program: Command, io: Io): void {
  const credentials = program
    .command('credentials')
    .description(
      'issued credentials: show one, print its certificate, re-send its claim link, revoke, suspend or reinstate it',
    )

  credentials
    .command('show')
    .description('print an issued credential with its status')
    .argument('<credentialId>', 'the id of the issued credential (a UUID, or urn:uuid:…)')
    .option('--json', 'print the record and the signed credential as JSON')
    .action(async (credentialId: string, options: { json?: boolean }) => {
      const { credential, publicUrl } = await withDeps(async (deps) => ({
        credential: await getIssuedCredential(deps, system, toId(credentialId)),
        publicUrl: deps.publicUrl,
      }))
      if (options.json === true) {
        io.out(JSON.stringify(toIssuedCredentialView(publicUrl, credential), null, 2))
        return
      }
      for (const line of describe(publicUrl, credential)) {
        io.out(line)
      }
    })

  credentials
    .command('certificate')
    .description('write the printable PDF certificate of an issued Open Badge')
    .argument('<credentialId>', 'the id of the issued credential (a UUID, or urn:uuid:…)')
    .requiredOption('--out <file>', 'where to write the PDF')
    .option('--language <code>', 'the language of the certificate: fi, sv or en', 'fi')
    .action(async (credentialId: string, options: { out: string; language: string }) => {
      const { language } = options
      if (!isLanguage(language)) {
        throw new AppError('CLI_USAGE_INVALID', '--language must be fi, sv or en.')
      }
      const certificate = await withDeps((deps) =>
        getCredentialCertificate(deps, system, toId(credentialId), language),
      )
      try {
        await writeFile(options.out, certificate.pdf)
      } catch (error) {
        throw new AppError('CLI_USAGE_INVALID', `Cannot write ${options.out}.`, { cause: error })
      }
      io.out(`Wrote the certificate "${certificate.title}" to ${options.out}.`)
    })

  credentials
    .command('claim-link')
    .description(
      'send the claim link of an issued credential again: a new link valid for 30 days, the older one stops working',
    )
    .argument('<credentialId>', 'the id of the issued credential (a UUID, or urn:uuid:…)')
    .option('--email <address>', 'send to this address instead (default: the address used before)')
    .option(
      '--language <code>',
      'the language of the mail and the claim page: fi, sv or en (default: as before, or fi)',
    )
    .addHelpText(
      'after',
      '\nA credential that has no link yet gets one, to --email or to its learner’s address.\nA claimed credential has no link to send.',
    )
    .action(async (credentialId: string, options: { email?: string; language?: string }) => {
      const { language } = options
      if (language !== undefined && !isLanguage(language)) {
        throw new AppError('CLI_USAGE_INVALID', '--language must be fi, sv or en.')
      }
      const sent = await withDeps((deps) =>
        resendClaimLink(deps, system, toId(credentialId), {
          emailAddress: options.email,
          language,
        }),
      )
      io.out(
        `Sent the claim link of ${sent.credentialId} to ${sent.emailAddress} (${sent.language}); it works until ${sent.expiresAt.toISOString()}.`,
      )
    })

  for (const action of credentialStatusActions) {
    credentials
      .command(action)
      .description(descriptions[action])
      .argument('<credentialId>', 'the id of the issued credential (a UUID, or urn:uuid:…)')
      .requiredOption('--reason <text>', 'why (1–500 characters); kept in the audit log')
      .action(async (credentialId: string, options: { reason: string }) => {
        const credential = await withDeps((deps) =>
          changeCredentialStatus(deps, system, toId(credentialId), action, options.reason),
        )
        io.out(`The credential ${credential.id} is ${credential.state}.`)
      })
  }
}

function toId(text: string): string {
  return text.replace(/^urn:uuid:/i, '')
}

function describe(publicUrl: string, credential: IssuedCredential): string[] {
  const lines = [
    `${credential.id}: ${credential.state}, ${credential.format}, issued ${credential.issuedAt.toISOString()}`,
  ]
  if (credential.statusChangedAt !== undefined) {
    lines.push(
      `  status changed ${credential.statusChangedAt.toISOString()}: ${credential.statusReason ?? ''}`,
    )
  }
  for (const [purpose, position] of [
    ['revocation', credential.revocation],
    ['suspension', credential.suspension],
  ] as const) {
    if (position !== undefined) {
      lines.push(`  ${purpose}: ${statusListUrl(publicUrl, position.listId)} #${position.index}`)
    }
  }
  return lines
}
