import { type Actor, AppError } from '../core/index.js'
import { changeCredentialStatus } from './change-credential-status.js'
import type { Deps } from './deps.js'

/** One status change of a VC API status request. */
export type VcApiStatusChange = {
  readonly type: string
  readonly statusPurpose: 'revocation' | 'suspension'
  /** Set (`true`, `1`, `"1"`) or clear (`false`, `0`, `"0"`) the credential's bit. */
  readonly status: boolean | number | string
}

/**
 * `POST /credentials/status` of the W3C VC API: revokes, suspends or reinstates a credential this
 * installation issued. Revocation cannot be undone; clearing a revocation bit is refused.
 * @see https://w3c-ccg.github.io/vc-api/#update-status
 */
export async function updateStatusThroughVcApi(
  deps: Deps,
  actor: Actor,
  request: {
    credentialId: string
    credentialStatus: readonly VcApiStatusChange[]
    reason?: string | undefined
  },
): Promise<{ credentialId: string; state: string }> {
  const id = request.credentialId.replace(/^urn:uuid:/i, '')
  const [change, ...others] = request.credentialStatus
  if (change === undefined || others.length > 0) {
    throw new AppError('REQUEST_INVALID', 'credentialStatus must hold exactly one change.')
  }
  if (change.type !== 'BitstringStatusListEntry') {
    throw new AppError(
      'REQUEST_INVALID',
      'credentialStatus[0].type must be "BitstringStatusListEntry".',
    )
  }
  const isSet = change.status === true || change.status === 1 || change.status === '1'
  const isClear = change.status === false || change.status === 0 || change.status === '0'
  if (!isSet && !isClear) {
    throw new AppError(
      'REQUEST_INVALID',
      'credentialStatus[0].status must be true or false (1 or 0).',
    )
  }
  if (change.statusPurpose === 'revocation' && isClear) {
    throw new AppError(
      'CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED',
      'A revocation cannot be undone; issue a new credential instead.',
    )
  }
  const action = change.statusPurpose === 'revocation' ? 'revoke' : isSet ? 'suspend' : 'reinstate'
  const reason = request.reason ?? `Changed through the VC API (${action}).`
  const result = await changeCredentialStatus(deps, actor, id, action, reason)
  return { credentialId: request.credentialId, state: result.state }
}
