import {
  type Actor,
  AppError,
  checkCredentialShape,
  credentialsV2ContextUrl,
  type JsonObject,
  type ProofFormat,
  requireRole,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { issueSignedCredential } from './issue-signed-credential.js'

/** The `options` of a VC API issue request that Osaamo reads. */
export type VcApiIssueOptions = {
  /** `eddsa-rdfc-2022` (default) or `eddsa-jcs-2022`; `vc+jwt` for an enveloping JWT. */
  readonly cryptosuite?: ProofFormat
  /** `{type: "BitstringStatusListEntry"}` adds revocation and suspension entries. */
  readonly credentialStatus?: { readonly type: string }
}

/**
 * `POST /credentials/issue` of the W3C VC API: signs any VC 2.0 credential with the key of the
 * API token's organisation. A credential without `@context` gets the VC 2.0 one (context
 * injection); one without `issuer` gets the organisation's DID. Every data-model problem is
 * reported at once as CREDENTIAL_INVALID; nothing is stored then.
 * @see https://w3c-ccg.github.io/vc-api/#issue-credential
 */
export async function issueThroughVcApi(
  deps: Deps,
  actor: Actor,
  request: { credential: unknown; options?: VcApiIssueOptions | undefined },
): Promise<{ id: string; verifiableCredential: JsonObject | string }> {
  if (actor.kind !== 'api-token' && actor.kind !== 'system') {
    throw new AppError('AUTHENTICATION_REQUIRED', 'Issuing through the VC API needs an API token.')
  }
  const organisationId = actor.kind === 'api-token' ? actor.organisationId : undefined
  if (organisationId === undefined) {
    throw new AppError('PERMISSION_DENIED', 'The VC API issues for an API token’s organisation.')
  }
  requireRole(actor, organisationId, ['admin', 'registrar'])
  const credential = withContext(request.credential)
  const problems = checkCredentialShape({
    ...credential,
    // The issuer is filled in by issuing when missing; check the rest as it will be signed.
    issuer: credential.issuer ?? 'urn:osaamo:issuer',
  })
  if (problems.length > 0) {
    throw new AppError(
      'CREDENTIAL_INVALID',
      `The credential breaks ${problems.length} rule${problems.length === 1 ? '' : 's'} of the VC Data Model 2.0.`,
      { details: { problems } },
    )
  }
  const status = request.options?.credentialStatus
  if (status !== undefined && status.type !== 'BitstringStatusListEntry') {
    throw new AppError(
      'CREDENTIAL_INVALID',
      'options.credentialStatus.type must be "BitstringStatusListEntry".',
    )
  }
  return issueSignedCredential(deps, {
    actor,
    organisationId,
    credential,
    format: request.options?.cryptosuite ?? 'eddsa-rdfc-2022',
    withStatus: status !== undefined,
  })
}

function withContext(credential: unknown): JsonObject {
  if (typeof credential !== 'object' || credential === null || Array.isArray(credential)) {
    throw new AppError('CREDENTIAL_INVALID', 'credential must be a JSON object.')
  }
  const record = credential as JsonObject
  return record['@context'] === undefined
    ? { '@context': [credentialsV2ContextUrl], ...record }
    : record
}
