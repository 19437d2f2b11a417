import {
  type Actor,
  AppError,
  type IssuedCredential,
  type JsonObject,
  organisationDid,
  type ProofFormat,
  proofFormats,
  requireRole,
  type StatusListPosition,
  type Stores,
  statusListUrl,
  statusPurposes,
  toStatusListEntry,
} from '../core/index.js'
import { allocateStatusEntry } from './allocate-status-entry.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { getSigningKey } from './get-signing-key.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/** What to issue: an unsigned credential, for an organisation, in one of the proof formats. */
export type SignedCredentialRequest = {
  readonly actor: Actor
  readonly organisationId: string
  readonly credential: JsonObject
  readonly format: ProofFormat
  /** Adds revocation and suspension `BitstringStatusListEntry` entries. */
  readonly withStatus: boolean
  readonly learnerPersonId?: string | undefined
  readonly specificationVersionId?: string | undefined
  /** The enrolment it is issued for: the database refuses a second one for the same enrolment. */
  readonly enrolmentId?: string | undefined
}

/** The issued credential: a signed object, or the compact JWT for `vc+jwt`. */
export type SignedCredentialResult = {
  readonly id: string
  readonly verifiableCredential: JsonObject | string
  /** The stored record, for use cases that go on with it (cohort issuing mails a claim link). */
  readonly issued: IssuedCredential
}

/**
 * Signs and stores a credential for the organisation, in one transaction (the caller's, when it
 * passes `stores`). The credential gets `id` `urn:uuid:<id>` when it has none and the
 * organisation's DID as `issuer` when it has none; with `withStatus`, a revocation and a
 * suspension entry at random, never reused indexes. Signed with the organisation's active key
 * (made on first use): Data Integrity for the eddsa cryptosuites, a VC-JWT for `vc+jwt`.
 * Registrars and admins of the organisation, or the operator.
 */
export async function issueSignedCredential(
  deps: Pick<
    Deps,
    | 'clock'
    | 'ids'
    | 'transaction'
    | 'keyVault'
    | 'credentialSigner'
    | 'publicUrl'
    | 'random'
    | 'statusListEncoder'
  >,
  request: SignedCredentialRequest,
  stores?: Stores,
): Promise<SignedCredentialResult> {
  requireRole(request.actor, request.organisationId, ['registrar', 'admin'])
  const credential = checkUnsignedCredential(request)
  const id = idOf(credential) ?? deps.ids.newId()
  return inTransaction(deps, stores, async (transaction) => {
    const organisation = await transaction.organisations.findById(request.organisationId)
    if (organisation === undefined) {
      throw new AppError('ORGANISATION_NOT_FOUND')
    }
    const did = organisationDid(deps.publicUrl, organisation.slug)
    const issuer = issuerFor(credential.issuer, did)
    await checkReferences(transaction, request)
    if ((await transaction.issuedCredentials.findById(id)) !== undefined) {
      throw new AppError(
        'CREDENTIAL_INVALID',
        `A credential with the id urn:uuid:${id} has already been issued.`,
      )
    }
    const key = await getSigningKey(deps, organisation.id, transaction)
    const positions: Partial<Record<'revocation' | 'suspension', StatusListPosition>> = {}
    const statusEntries: JsonObject[] = []
    if (request.withStatus) {
      for (const purpose of statusPurposes) {
        const { list, index } = await allocateStatusEntry(deps, transaction, {
          organisationId: organisation.id,
          purpose,
          issuer: did,
          key,
        })
        positions[purpose] = { listId: list.id, index }
        statusEntries.push(
          toStatusListEntry({ listUrl: statusListUrl(deps.publicUrl, list.id), purpose, index }),
        )
      }
    }
    const { '@context': context, ...fields } = credential
    const unsigned: JsonObject = {
      '@context': context,
      id: `urn:uuid:${id}`,
      ...fields,
      issuer,
      ...(statusEntries.length === 0 ? {} : { credentialStatus: statusEntries }),
    }
    const now = deps.clock.now()
    const jwt =
      request.format === 'vc+jwt' ? await deps.credentialSigner.toJwt(unsigned, key) : undefined
    const signed =
      request.format === 'vc+jwt'
        ? unsigned
        : await deps.credentialSigner.addProof(unsigned, key, {
            cryptosuite: request.format,
            created: now,
          })
    const issued: IssuedCredential = {
      id,
      organisationId: organisation.id,
      format: request.format,
      credential: signed,
      jwt,
      state: 'active',
      revocation: positions.revocation,
      suspension: positions.suspension,
      issuedAt: now,
      statusChangedAt: undefined,
      statusReason: undefined,
      learnerPersonId: request.learnerPersonId,
      specificationVersionId: request.specificationVersionId,
      enrolmentId: request.enrolmentId,
    }
    await transaction.issuedCredentials.create(issued)
    await recordAudit(deps, transaction, request.actor, {
      action: 'credential.issued',
      organisationId: organisation.id,
      subject: {
        credentialId: id,
        format: request.format,
        ...(request.learnerPersonId === undefined ? {} : { personId: request.learnerPersonId }),
      },
    })
    return { id, verifiableCredential: jwt ?? signed, issued }
  })
}

function checkUnsignedCredential(request: SignedCredentialRequest): JsonObject {
  const credential: unknown = request.credential
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    throw invalid('The credential must be a JSON object.')
  }
  if (!proofFormats.includes(request.format)) {
    throw invalid(`The format must be one of ${proofFormats.join(', ')}.`)
  }
  const record = credential as JsonObject
  if (record['@context'] === undefined) {
    throw invalid('The credential needs an @context (the VC 2.0 context first).')
  }
  if (record.proof !== undefined) {
    throw invalid('The credential already has a proof; give it unsigned.')
  }
  if (request.withStatus && record.credentialStatus !== undefined) {
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

async function checkReferences(stores: Stores, request: SignedCredentialRequest): Promise<void> {
  const { learnerPersonId, specificationVersionId } = request
  if (
    learnerPersonId !== undefined &&
    (!isUuid(learnerPersonId) || (await stores.people.findById(learnerPersonId)) === undefined)
  ) {
    throw new AppError('PERSON_NOT_FOUND', 'The learner of the credential is not a known person.')
  }
  if (specificationVersionId !== undefined) {
    const version = isUuid(specificationVersionId)
      ? await stores.specifications.findVersion(specificationVersionId)
      : undefined
    if (version === undefined || version.organisationId !== request.organisationId) {
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
