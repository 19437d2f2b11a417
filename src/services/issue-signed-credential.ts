import {
  type Actor,
  AppError,
  type IssuedCredential,
  type JsonObject,
  organisationDid,
  type ProofFormat,
  proofFormats,
  requireRole,
  type SigningKey,
  type StatusListPosition,
  type StatusPurpose,
  type Stores,
  statusListUrl,
  statusPurposes,
  toStatusListEntry,
} from '../core/index.js'
import { allocateStatusEntries } from './allocate-status-entry.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { getSigningKey } from './get-signing-key.js'
import { inTransaction } from './in-transaction.js'
import { recordAudits } from './record-audit.js'

/** What to issue: an unsigned credential, for an organisation, in one of the proof formats. */
export type SignedCredentialRequest = SignedCredentialItem & {
  readonly actor: Actor
  readonly organisationId: string
  readonly format: ProofFormat
  /** Adds revocation and suspension `BitstringStatusListEntry` entries. */
  readonly withStatus: boolean
}

/** One credential of a batch, and what it is linked to. */
export type SignedCredentialItem = {
  readonly credential: JsonObject
  readonly learnerPersonId?: string | undefined
  readonly specificationVersionId?: string | undefined
  /** The enrolment it is issued for: the database refuses a second one for the same enrolment. */
  readonly enrolmentId?: string | undefined
}

/** Several credentials of one organisation, issued alike (a cohort). */
export type SignedCredentialBatch = Omit<SignedCredentialRequest, keyof SignedCredentialItem> & {
  readonly items: readonly SignedCredentialItem[]
  /**
   * More writes of the caller's transaction for the stored credentials (cohort issuing's claim
   * links and mails), made before the audit entries: the audit chain's lock is taken last and
   * held for as short a time as possible.
   */
  readonly beforeAudit?: ((results: readonly SignedCredentialResult[]) => Promise<void>) | undefined
}

/** Credentials signed and stored per chunk: a chunk is written while the next ones are signed. */
const signingChunkSize = 100

/** The issued credential: a signed object, or the compact JWT for `vc+jwt`. */
export type SignedCredentialResult = {
  readonly id: string
  readonly verifiableCredential: JsonObject | string
  /** The stored record, for use cases that go on with it (cohort issuing mails a claim link). */
  readonly issued: IssuedCredential
}

type SigningDeps = Pick<
  Deps,
  | 'clock'
  | 'ids'
  | 'transaction'
  | 'keyVault'
  | 'credentialSigner'
  | 'publicUrl'
  | 'random'
  | 'statusListEncoder'
>

/**
 * Signs and stores a credential for the organisation, in one transaction (the caller's, when it
 * passes `stores`). The credential gets `id` `urn:uuid:<id>` when it has none and the
 * organisation's DID as `issuer` when it has none; with `withStatus`, a revocation and a
 * suspension entry at random, never reused indexes. Signed with the organisation's active key
 * (made on first use): Data Integrity for the eddsa cryptosuites, a VC-JWT for `vc+jwt`.
 * Registrars and admins of the organisation, or the operator.
 */
export async function issueSignedCredential(
  deps: SigningDeps,
  request: SignedCredentialRequest,
  stores?: Stores,
): Promise<SignedCredentialResult> {
  const { credential, learnerPersonId, specificationVersionId, enrolmentId, ...common } = request
  const [result] = await issueSignedCredentials(
    deps,
    { ...common, items: [{ credential, learnerPersonId, specificationVersionId, enrolmentId }] },
    stores,
  )
  if (result === undefined) {
    throw new TypeError('a credential was issued but not returned')
  }
  return result
}

/**
 * Issues several credentials as {@link issueSignedCredential} does, all or none, with one status
 * allocation, one insert and one audit append for the lot: how a cohort is issued fast.
 */
export async function issueSignedCredentials(
  deps: SigningDeps,
  batch: SignedCredentialBatch,
  stores?: Stores,
): Promise<SignedCredentialResult[]> {
  requireRole(batch.actor, batch.organisationId, ['registrar', 'admin'])
  if (!proofFormats.includes(batch.format)) {
    throw invalid(`The format must be one of ${proofFormats.join(', ')}.`)
  }
  const items = batch.items.map((item) => {
    const credential = checkUnsignedCredential(item.credential, batch.withStatus)
    return { ...item, credential, id: idOf(credential) ?? deps.ids.newId() }
  })
  if (new Set(items.map((item) => item.id)).size !== items.length) {
    throw invalid('Two credentials of the batch have the same id.')
  }
  return inTransaction(deps, stores, async (transaction) => {
    const organisation = await transaction.organisations.findById(batch.organisationId)
    if (organisation === undefined) {
      throw new AppError('ORGANISATION_NOT_FOUND')
    }
    const did = organisationDid(deps.publicUrl, organisation.slug)
    const issuers = items.map((item) => issuerFor(item.credential.issuer, did))
    await checkReferences(transaction, batch.organisationId, items)
    const key = await getSigningKey(deps, organisation.id, transaction)
    const positions = batch.withStatus
      ? await allocatePositions(
          deps,
          transaction,
          { organisationId: organisation.id, did, key },
          items.length,
        )
      : undefined
    const now = deps.clock.now()
    const unsignedCredentials = items.map((item, index): JsonObject => {
      const position = positions?.[index]
      const statusEntries =
        position === undefined
          ? []
          : statusPurposes.map((purpose) =>
              toStatusListEntry({
                listUrl: statusListUrl(deps.publicUrl, position[purpose].listId),
                purpose,
                index: position[purpose].index,
              }),
            )
      const { '@context': context, ...fields } = item.credential
      return {
        '@context': context,
        id: `urn:uuid:${item.id}`,
        ...fields,
        issuer: issuers[index],
        ...(statusEntries.length === 0 ? {} : { credentialStatus: statusEntries }),
      }
    })
    const toResult = (index: number, signed: JsonObject, jwt: string | undefined) => {
      const item = items[index]
      if (item === undefined) {
        throw new TypeError('a credential was signed for no item of the batch')
      }
      const position = positions?.[index]
      const issued: IssuedCredential = {
        id: item.id,
        organisationId: organisation.id,
        format: batch.format,
        credential: signed,
        jwt,
        state: 'active',
        revocation: position?.revocation,
        suspension: position?.suspension,
        issuedAt: now,
        statusChangedAt: undefined,
        statusReason: undefined,
        learnerPersonId: item.learnerPersonId,
        specificationVersionId: item.specificationVersionId,
        enrolmentId: item.enrolmentId,
      }
      return { id: item.id, verifiableCredential: jwt ?? signed, issued }
    }
    const results: SignedCredentialResult[] = []
    const format = batch.format
    if (format === 'vc+jwt') {
      for (const [index, unsigned] of unsignedCredentials.entries()) {
        results.push(toResult(index, unsigned, await deps.credentialSigner.toJwt(unsigned, key)))
      }
      await transaction.issuedCredentials.createMany(results.map((result) => result.issued))
    } else {
      // Every chunk goes to the signer at once (on a pool, all cores sign); each is stored as soon
      // as it is signed, while later chunks are still being signed.
      const chunks = chunksOf(unsignedCredentials, signingChunkSize).map((chunk) =>
        settle(deps.credentialSigner.addProofs(chunk, key, { cryptosuite: format, created: now })),
      )
      for (const chunk of chunks) {
        const outcome = await chunk
        if (!outcome.isSigned) {
          throw outcome.error
        }
        const first = results.length
        const stored = outcome.signed.map((signed, at) => toResult(first + at, signed, undefined))
        results.push(...stored)
        await transaction.issuedCredentials.createMany(stored.map((result) => result.issued))
      }
    }
    await batch.beforeAudit?.(results)
    await recordAudits(
      deps,
      transaction,
      batch.actor,
      results.map(({ issued }) => ({
        action: 'credential.issued',
        organisationId: organisation.id,
        subject: {
          credentialId: issued.id,
          format: issued.format,
          ...(issued.learnerPersonId === undefined ? {} : { personId: issued.learnerPersonId }),
        },
      })),
    )
    return results
  })
}

function chunksOf<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = []
  for (let start = 0; start < items.length; start += size) {
    chunks.push(items.slice(start, start + size))
  }
  return chunks
}

/** The outcome of a promise as data, so that a failure nobody awaits yet is not unhandled. */
function settle<T>(
  promise: Promise<T>,
): Promise<{ isSigned: true; signed: T } | { isSigned: false; error: unknown }> {
  return promise.then(
    (signed) => ({ isSigned: true as const, signed }),
    (error: unknown) => ({ isSigned: false as const, error }),
  )
}

/** A revocation and a suspension position for each of `count` credentials. */
async function allocatePositions(
  deps: SigningDeps,
  stores: Stores,
  context: { organisationId: string; did: string; key: SigningKey },
  count: number,
): Promise<Record<StatusPurpose, StatusListPosition>[]> {
  const byPurpose = new Map<StatusPurpose, { list: { id: string }; index: number }[]>()
  for (const purpose of statusPurposes) {
    byPurpose.set(
      purpose,
      await allocateStatusEntries(
        deps,
        stores,
        { organisationId: context.organisationId, purpose, issuer: context.did, key: context.key },
        count,
      ),
    )
  }
  return Array.from({ length: count }, (_, index) => {
    const at = (purpose: StatusPurpose): StatusListPosition => {
      const entry = byPurpose.get(purpose)?.[index]
      if (entry === undefined) {
        throw new TypeError('fewer status entries were allocated than asked for')
      }
      return { listId: entry.list.id, index: entry.index }
    }
    return { revocation: at('revocation'), suspension: at('suspension') }
  })
}

function checkUnsignedCredential(credential: unknown, withStatus: boolean): JsonObject {
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    throw invalid('The credential must be a JSON object.')
  }
  const record = credential as JsonObject
  if (record['@context'] === undefined) {
    throw invalid('The credential needs an @context (the VC 2.0 context first).')
  }
  if (record.proof !== undefined) {
    throw invalid('The credential already has a proof; give it unsigned.')
  }
  if (withStatus && record.credentialStatus !== undefined) {
    throw invalid('The credential already has a credentialStatus; Osaamo adds its own entries.')
  }
  if (record.id !== undefined && typeof record.id !== 'string') {
    throw invalid('The credential id must be a URL string.')
  }
  return record
}

/** The row id for a credential that names itself `urn:uuid:<uuid>`. */
function idOf(credential: JsonObject): string | undefined {
  const match = typeof credential.id === 'string' ? /^urn:uuid:(.+)$/i.exec(credential.id) : null
  const uuid = match?.[1]
  return uuid !== undefined && isUuid(uuid) ? uuid.toLowerCase() : undefined
}

/** The organisation's DID as issuer, unless the credential already names it. */
function issuerFor(issuer: unknown, did: string): unknown {
  if (issuer === undefined || issuer === did) {
    return did
  }
  if (
    typeof issuer === 'object' &&
    issuer !== null &&
    !Array.isArray(issuer) &&
    (issuer as { id?: unknown }).id === did
  ) {
    return issuer
  }
  throw new AppError(
    'CREDENTIAL_INVALID',
    `The issuer must be the organisation's DID ${did}, or an object with that id (or left out).`,
    { details: { expectedIssuer: did } },
  )
}

async function checkReferences(
  stores: Stores,
  organisationId: string,
  items: readonly SignedCredentialItem[],
): Promise<void> {
  const personIds = [
    ...new Set(
      items.flatMap((item) => (item.learnerPersonId === undefined ? [] : [item.learnerPersonId])),
    ),
  ]
  const known = personIds.every(isUuid) ? await stores.people.findExistingIds(personIds) : []
  if (known.length !== personIds.length) {
    throw new AppError('PERSON_NOT_FOUND', 'The learner of the credential is not a known person.')
  }
  const versionIds = [
    ...new Set(
      items.flatMap((item) =>
        item.specificationVersionId === undefined ? [] : [item.specificationVersionId],
      ),
    ),
  ]
  for (const versionId of versionIds) {
    const version = isUuid(versionId)
      ? await stores.specifications.findVersion(versionId)
      : undefined
    if (version === undefined || version.organisationId !== organisationId) {
      throw new AppError(
        'SPECIFICATION_VERSION_NOT_FOUND',
        'The credential’s specification version is not one of the organisation’s.',
      )
    }
  }
}

function invalid(message: string): AppError {
  return new AppError('CREDENTIAL_INVALID', message)
}
