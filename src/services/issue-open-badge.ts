import {
  type Actor,
  AppError,
  isLanguage,
  type JsonObject,
  type Language,
  normaliseEmailAddress,
  type Organisation,
  organisationDid,
  type ProofFormat,
  passingGradesOf,
  requireRole,
  type SpecificationExportContext,
  type SpecificationVersion,
  supervisionLevels,
  toOpenBadgeCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { listCurrentEndorsementCredentials } from './get-version-sign-off.js'
import { issueSignedCredential, type SignedCredentialResult } from './issue-signed-credential.js'
import { loadExportContext } from './specification-export-context.js'

/** A learner's passing result on a published specification version, to be issued as a badge. */
export type OpenBadgeRequest = {
  readonly specificationVersionId: string
  readonly learner: {
    readonly name: string
    readonly emailAddress: string
    /** The learner's Osaamo account, when they have one: the credential is linked to it. */
    readonly personId?: string | undefined
  }
  readonly result: {
    /** A passing grade of the specification's grading scheme: 1–5, or "pass". */
    readonly grade: string
    readonly assessedAt: Date
    /** How the learner was supervised and identified (a supervision vocabulary key). */
    readonly identityVerification: string
    readonly evidence?: readonly { readonly url: string; readonly name?: string }[]
  }
  readonly validUntil?: Date | undefined
  readonly format?: ProofFormat | undefined
  /** The language of the credential's texts where a text has several (default: Finnish). */
  readonly language?: Language | undefined
}

type Problem = { path: string; message: string }

/** What every credential of one specification version shares: read once, used for many. */
export type OpenBadgeIssuer = {
  readonly version: SpecificationVersion
  readonly organisation: Organisation
  readonly context: SpecificationExportContext
  /** The partners' signed endorsements the version's credentials carry (docs/decisions/0025). */
  readonly endorsements: readonly JsonObject[]
}

/**
 * Issues an Open Badges 3.0 OpenBadgeCredential for a learner's passing result on a published
 * specification version of the caller's organisation: built with every EU element, checked
 * against the OB 3.0 JSON Schema, given revocation and suspension entries, signed (default
 * eddsa-rdfc-2022) and stored, in one transaction. Every problem with the request is reported at
 * once; nothing is issued then. Registrars and admins of the organisation.
 */
export async function issueOpenBadge(
  deps: Deps,
  actor: Actor,
  request: OpenBadgeRequest,
): Promise<SignedCredentialResult> {
  const issuer = await prepareOpenBadgeIssuer(deps, actor, request.specificationVersionId)
  const credential = buildOpenBadgeCredential(deps, issuer, request)
  return issueSignedCredential(deps, {
    actor,
    organisationId: issuer.organisation.id,
    credential,
    format: request.format ?? 'eddsa-rdfc-2022',
    withStatus: true,
    learnerPersonId: request.learner.personId,
    specificationVersionId: issuer.version.id,
  })
}

/**
 * Reads what the credentials of a specification version share, after checking that the actor is
 * a registrar or admin of its organisation.
 */
export async function prepareOpenBadgeIssuer(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'secrets'>,
  actor: Actor,
  specificationVersionId: string,
): Promise<OpenBadgeIssuer> {
  const version = await deps.stores.specifications.findVersion(specificationVersionId)
  if (version === undefined) {
    throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
  }
  requireRole(actor, version.organisationId, ['registrar', 'admin'])
  const organisation = await deps.stores.organisations.findById(version.organisationId)
  if (organisation === undefined) {
    throw new AppError('ORGANISATION_NOT_FOUND')
  }
  return {
    version,
    organisation,
    context: await loadExportContext(deps, version),
    endorsements: await listCurrentEndorsementCredentials(deps, deps.stores, version),
  }
}

/**
 * The unsigned OpenBadgeCredential for one learner's passing result, checked against the OB 3.0
 * JSON Schema. Every problem with the request is reported at once (REQUEST_INVALID).
 */
export function buildOpenBadgeCredential(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'publicUrl' | 'openBadgesSchema'>,
  { version, organisation, context, endorsements }: OpenBadgeIssuer,
  request: OpenBadgeRequest,
): JsonObject {
  const now = deps.clock.now()
  const problems = checkRequest(request, version.content.gradingScheme, now)
  if (version.status !== 'published') {
    problems.unshift({
      path: 'specificationVersionId',
      message: `Only a published version is issued; this one is ${version.status}.`,
    })
  }
  if (problems.length > 0) {
    throw new AppError('REQUEST_INVALID', 'The credential cannot be issued as asked.', {
      details: { problems },
    })
  }
  const credential = toOpenBadgeCredential({
    id: `urn:uuid:${deps.ids.newId()}`,
    issuer: {
      id: organisationDid(deps.publicUrl, organisation.slug),
      name: organisation.name,
      url: `${deps.publicUrl}/organisations/${organisation.slug}`,
      address: { country: organisation.country, region: organisation.region },
    },
    specificationVersion: version,
    publicUrl: deps.publicUrl,
    awardingBodies: context.awardingBodies,
    ...(context.skillLabels === undefined ? {} : { skillLabels: context.skillLabels }),
    learner: {
      name: request.learner.name.trim(),
      emailAddress: normaliseEmailAddress(request.learner.emailAddress) ?? '',
      // The salt keeps the e-mail address from being guessed from its hash.
      salt: deps.secrets.newToken('').slice(0, 22),
      sha256Hex: deps.secrets.sha256Hex,
    },
    result: {
      grade: request.result.grade,
      assessedAt: request.result.assessedAt,
      identityVerification: request.result.identityVerification,
      ...(request.result.evidence === undefined ? {} : { evidence: request.result.evidence }),
    },
    validFrom: now,
    ...(request.validUntil === undefined ? {} : { validUntil: request.validUntil }),
    language: request.language ?? 'fi',
    endorsements,
  })
  const schema = deps.openBadgesSchema.validate(credential, 'achievement')
  if (!schema.isValid) {
    // A built credential that fails the schema is Osaamo's fault, not the caller's: never sign it.
    throw new AppError('INTERNAL_ERROR', 'The built credential does not pass the OB 3.0 schema.', {
      details: { problems: schema.errors },
    })
  }
  return credential
}

function checkRequest(
  request: OpenBadgeRequest,
  gradingScheme: string | undefined,
  now: Date,
): Problem[] {
  const problems: Problem[] = []
  const name = request.learner.name.trim()
  if (name === '' || name.length > 200) {
    problems.push({ path: 'learner.name', message: 'Give the learner’s name, 1–200 characters.' })
  }
  if (normaliseEmailAddress(request.learner.emailAddress) === undefined) {
    problems.push({ path: 'learner.emailAddress', message: 'Give the learner’s e-mail address.' })
  }
  const passing = passingGradesOf(gradingScheme)
  if (!passing.includes(request.result.grade)) {
    problems.push({
      path: 'result.grade',
      message: `A credential needs a passing grade: ${passing.join(', ')}.`,
    })
  }
  if (Number.isNaN(request.result.assessedAt.getTime()) || request.result.assessedAt > now) {
    problems.push({
      path: 'result.assessedAt',
      message: 'The assessment date cannot be in the future.',
    })
  }
  if (!supervisionLevels.some((level) => level.key === request.result.identityVerification)) {
    problems.push({
      path: 'result.identityVerification',
      message: `Use one of ${supervisionLevels.map((level) => level.key).join(', ')}.`,
    })
  }
  for (const [index, item] of (request.result.evidence ?? []).entries()) {
    if (!/^https:\/\/\S+$/.test(item.url)) {
      problems.push({
        path: `result.evidence.${index}.url`,
        message: 'Evidence is an https:// link.',
      })
    }
  }
  if (request.validUntil !== undefined && !(request.validUntil > now)) {
    problems.push({ path: 'validUntil', message: 'The end of validity must be in the future.' })
  }
  if (request.language !== undefined && !isLanguage(request.language)) {
    problems.push({ path: 'language', message: 'Use fi, sv or en.' })
  }
  return problems
}
