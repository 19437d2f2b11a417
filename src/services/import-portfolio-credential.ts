import {
  type Actor,
  AppError,
  duplicateKeyOf,
  type ImportedCredential,
  type ImportOrigin,
  importOrigins,
  issuedKeyOf,
  type JsonObject,
  readImportedCredential,
  requirePerson,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/**
 * Brings a credential from another issuer into the signed-in learner's portfolio: it is read
 * from a file, a paste or its URL (JSON or VC-JWT; anything else, or an address that gives
 * nothing, is PORTFOLIO_IMPORT_INVALID), verified with the full report,
 * and kept — a credential that does not verify is kept too, marked, with the report saying why.
 * The same credential twice (by issuer and id, or by content), also one Osaamo issued to the
 * learner, is PORTFOLIO_CREDENTIAL_DUPLICATE naming the one held. A refused import changes nothing.
 */
export async function importPortfolioCredential(
  deps: Pick<
    Deps,
    | 'clock'
    | 'ids'
    | 'secrets'
    | 'stores'
    | 'transaction'
    | 'credentialVerifier'
    | 'remoteCredentials'
  >,
  actor: Actor,
  input: { credential?: string | JsonObject | undefined; url?: string | undefined; origin: string },
): Promise<ImportedCredential> {
  const { personId } = requirePerson(actor)
  if (!(importOrigins as readonly string[]).includes(input.origin)) {
    throw new AppError(
      'REQUEST_INVALID',
      `The origin must be one of ${importOrigins.join(', ')}.`,
      {
        details: { problems: [{ path: 'origin', message: 'Use upload, paste or url.' }] },
      },
    )
  }
  const sourceUrl = input.origin === 'url' ? checkedUrl(input.url) : undefined
  const given = sourceUrl === undefined ? input.credential : await fetched(deps, sourceUrl)
  const read = readImportedCredential(given ?? '')
  if (!read.isValid) {
    throw new AppError('PORTFOLIO_IMPORT_INVALID', read.problem.message, {
      details: { problems: [{ path: 'credential', ...read.problem }] },
    })
  }
  const report = await deps.credentialVerifier.verify(
    read.read.kind === 'jwt' ? read.read.jwt : read.read.credential,
  )
  const key = duplicateKeyOf(read.read, report)
  const fingerprint = deps.secrets.sha256Hex(key)
  const issued = await deps.stores.issuedCredentials.listForLearner(personId)
  const sameIssued = issued.find((credential) => issuedKeyOf(credential.credential) === key)
  if (sameIssued !== undefined) {
    throw duplicate({ kind: 'issued', id: sameIssued.id })
  }
  const imported: ImportedCredential = {
    id: deps.ids.newId(),
    personId,
    origin: input.origin as ImportOrigin,
    sourceUrl: sourceUrl?.href,
    credential: read.read.kind === 'json' ? read.read.credential : undefined,
    jwt: read.read.kind === 'jwt' ? read.read.jwt : undefined,
    fingerprint,
    isVerified: report.verified,
    report,
    importedAt: deps.clock.now(),
  }
  const isStored = await deps.transaction(async (stores) => {
    if (!(await stores.importedCredentials.create(imported))) {
      return false
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.credential-imported',
      subject: { personId, importedCredentialId: imported.id, verified: String(report.verified) },
    })
    return true
  })
  if (!isStored) {
    const held = await deps.stores.importedCredentials.findByFingerprint(personId, fingerprint)
    throw duplicate({ kind: 'imported', id: held?.id ?? '' })
  }
  return imported
}

/** The URL of an import by URL: http(s) only; the fetcher decides which hosts it may reach. */
function checkedUrl(text: string | undefined): URL {
  let url: URL | undefined
  try {
    url = new URL(text ?? '')
  } catch {
    url = undefined
  }
  if (url === undefined || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw importInvalid('url', 'url-invalid', 'Give the credential’s address, starting https://.')
  }
  return url
}

async function fetched(
  deps: Pick<Deps, 'remoteCredentials'>,
  url: URL,
): Promise<string | JsonObject> {
  let value: unknown
  try {
    value = await deps.remoteCredentials.fetch(url.href)
  } catch (error) {
    throw importInvalid(
      'url',
      'url-unreachable',
      `No credential could be fetched from this address (${error instanceof Error ? error.message : 'no answer'}).`,
    )
  }
  // A JSON string at the address may be a VC-JWT; anything else is read as the credential.
  return typeof value === 'string' ? value : (value as JsonObject)
}

function importInvalid(path: string, code: string, message: string): AppError {
  return new AppError('PORTFOLIO_IMPORT_INVALID', message, {
    details: { problems: [{ path, code, message }] },
  })
}

function duplicate(held: { kind: 'issued' | 'imported'; id: string }): AppError {
  return new AppError('PORTFOLIO_CREDENTIAL_DUPLICATE', undefined, { details: { held } })
}

/** The signed-in learner's imported credentials, newest first. */
export async function listImportedCredentials(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<ImportedCredential[]> {
  const { personId } = requirePerson(actor)
  return deps.stores.importedCredentials.listForPerson(personId)
}

/** One of the signed-in learner's imported credentials; PORTFOLIO_CREDENTIAL_NOT_FOUND otherwise. */
export async function getImportedCredential(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  id: string,
): Promise<ImportedCredential> {
  const found = (await listImportedCredentials(deps, actor)).find((each) => each.id === id)
  if (found === undefined) {
    throw new AppError('PORTFOLIO_CREDENTIAL_NOT_FOUND')
  }
  return found
}

/** Takes an imported credential out of the signed-in learner's portfolio. */
export async function removeImportedCredential(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    if (!(await stores.importedCredentials.delete(personId, id))) {
      throw new AppError('PORTFOLIO_CREDENTIAL_NOT_FOUND')
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.credential-removed',
      subject: { personId, importedCredentialId: id },
    })
  })
}
