import {
  type Actor,
  AppError,
  contentFingerprint,
  type Endorsement,
  isLanguage,
  type JsonObject,
  type Language,
  maximumEndorsementCommentLength,
  organisationDid,
  requirePerson,
  type Stores,
  specificationVersionUrl,
  toEndorsementCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { findEndorsingOrganisation, standingEndorsements } from './endorsement-access.js'
import { getSigningKey } from './get-signing-key.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/** A partner's sign-off of one version: what they reviewed and what they say about it. */
export type SignOffRequest = {
  readonly versionId: string
  /** The `contentFingerprint` of the version as the partner reviewed it. */
  readonly contentFingerprint: string
  /** The endorsement text (Markdown); may be empty. */
  readonly comment: string
  /** The partner organisation to sign off for, when the person takes part for several. */
  readonly organisationSlug?: string | undefined
  /** The language of the credential's name (default: Finnish). */
  readonly language?: Language | undefined
}

type SignOffDeps = Pick<
  Deps,
  | 'clock'
  | 'ids'
  | 'stores'
  | 'transaction'
  | 'keyVault'
  | 'credentialSigner'
  | 'publicUrl'
  | 'secrets'
  | 'openBadgesSchema'
>

/**
 * Signs off a specification version for a partner organisation: an Open Badges 3.0
 * EndorsementCredential about the version's Achievement, issued by the organisation's DID,
 * checked against the OB 3.0 schema, signed (eddsa-rdfc-2022) with the organisation's own key
 * and stored, in one transaction. The person must be a partner or admin of a partner
 * organisation and invited to the version's design workspace. Refused, with nothing changed,
 * when the version's content is no longer what they reviewed (SIGN_OFF_VERSION_CHANGED), when
 * the version is retired, and when the organisation has already signed it off.
 */
export async function signOffVersion(
  deps: SignOffDeps,
  actor: Actor,
  request: SignOffRequest,
  stores?: Stores,
): Promise<Endorsement> {
  const person = requirePerson(actor)
  const comment = request.comment.trim()
  const problems = checkRequest(request, comment)
  return inTransaction(deps, stores, async (transaction) => {
    // The lock makes an edit saved at the same moment wait: it lands after the sign-off (and
    // leaves it out of date), or before it and the fingerprint no longer matches.
    const version = await transaction.specifications.findVersion(request.versionId, {
      isForUpdate: true,
    })
    if (version === undefined) {
      throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
    }
    const organisation = await findEndorsingOrganisation(
      transaction,
      actor,
      request.organisationSlug,
    )
    if (!(await transaction.workspaceParticipants.isParticipant(version.id, person.personId))) {
      // An unpublished version is not revealed to those not invited to its workspace.
      if (version.status !== 'published' && version.status !== 'retired') {
        throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
      }
      throw new AppError(
        'PERMISSION_DENIED',
        'Only partners invited to the version’s design workspace sign it off.',
      )
    }
    if (problems.length > 0) {
      throw new AppError('REQUEST_INVALID', 'The sign-off cannot be given as asked.', {
        details: { problems },
      })
    }
    if (version.status === 'retired') {
      throw new AppError('SIGN_OFF_VERSION_CLOSED', 'A retired version is no longer signed off.')
    }
    if (
      contentFingerprint(version.content, deps.secrets.sha256Hex) !== request.contentFingerprint
    ) {
      throw new AppError('SIGN_OFF_VERSION_CHANGED')
    }
    const existing = standingEndorsements(
      await transaction.endorsements.listForVersion(version.id),
    ).find((endorsement) => endorsement.organisationId === organisation.id)
    if (existing !== undefined) {
      throw new AppError('SIGN_OFF_ALREADY_GIVEN', undefined, {
        details: { endorsementId: existing.id },
      })
    }

    const now = deps.clock.now()
    const id = deps.ids.newId()
    const unsigned = toEndorsementCredential({
      id: `urn:uuid:${id}`,
      endorser: {
        id: organisationDid(deps.publicUrl, organisation.slug),
        name: organisation.name,
        url: `${deps.publicUrl}/organisations/${organisation.slug}`,
        country: organisation.country,
        region: organisation.region,
      },
      achievementId: specificationVersionUrl(deps.publicUrl, version.id),
      achievementName: version.content.title,
      comment,
      validFrom: now,
      language: request.language ?? 'fi',
    }) as unknown as JsonObject
    const schema = deps.openBadgesSchema.validate(unsigned, 'endorsement')
    if (!schema.isValid) {
      // A built endorsement that fails the schema is Osaamo's fault, not the partner's.
      throw new AppError(
        'INTERNAL_ERROR',
        'The built endorsement does not pass the OB 3.0 schema.',
        {
          details: { problems: schema.errors },
        },
      )
    }
    const key = await getSigningKey(deps, organisation.id, transaction)
    const signed = await deps.credentialSigner.addProof(unsigned, key, {
      cryptosuite: 'eddsa-rdfc-2022',
      created: now,
    })
    const endorsement: Endorsement = {
      id,
      versionId: version.id,
      organisationId: organisation.id,
      signedOffBy: person.personId,
      contentFingerprint: request.contentFingerprint,
      comment,
      credential: inSchemaForm(signed),
      createdAt: now,
      withdrawnAt: undefined,
      withdrawalReason: undefined,
    }
    if (!(await transaction.endorsements.create(endorsement))) {
      throw new AppError('SIGN_OFF_ALREADY_GIVEN')
    }
    await recordAudit(deps, transaction, actor, {
      action: 'endorsement.created',
      organisationId: organisation.id,
      subject: { endorsementId: id, specificationVersionId: version.id },
    })
    return endorsement
  })
}

function checkRequest(
  request: SignOffRequest,
  comment: string,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = []
  if (!/^sha256:[0-9a-f]{64}$/.test(request.contentFingerprint)) {
    problems.push({
      path: 'contentFingerprint',
      message: 'Give the contentFingerprint of the version you reviewed (sha256:<64 hex digits>).',
    })
  }
  if (comment.length > maximumEndorsementCommentLength) {
    problems.push({
      path: 'comment',
      message: `The comment is at most ${maximumEndorsementCommentLength} characters.`,
    })
  }
  if (request.language !== undefined && !isLanguage(request.language)) {
    problems.push({ path: 'language', message: 'Use fi, sv or en.' })
  }
  return problems
}

/**
 * The signed endorsement with its `proof` as a list: the same JSON-LD (one proof either way, so
 * the signature holds), and the form the OB 3.0 JSON Schema wants where the endorsement is
 * embedded in an Achievement.
 */
function inSchemaForm(signed: JsonObject): JsonObject {
  return Array.isArray(signed.proof) ? signed : { ...signed, proof: [signed.proof] }
}
