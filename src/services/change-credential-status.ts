import {
  type Actor,
  AppError,
  type CredentialState,
  type CredentialStatusAction,
  credentialStatusActions,
  type IssuedCredential,
  nextCredentialState,
  organisationDid,
  type SigningKey,
  type StatusListPosition,
  type Stores,
  withBit,
} from '../core/index.js'
import { isUuid, requireIssuerRole } from './credential-access.js'
import type { Deps } from './deps.js'
import { getSigningKey } from './get-signing-key.js'
import { notifyCredentialStatus } from './notify-credential-status.js'
import { recordAudit } from './record-audit.js'
import { signStatusList } from './sign-status-list.js'

const pastTense: Record<CredentialStatusAction, string> = {
  revoke: 'revoked',
  suspend: 'suspended',
  reinstate: 'reinstated',
}

/**
 * Revokes, suspends or reinstates an issued credential: flips its bit in the organisation's
 * status list, signs the list credential again and records the change with its reason in the
 * audit log, and mails the learner what changed and why, all in one transaction. Revocation is
 * final (it also lifts a suspension); only an active credential is suspended and only a
 * suspended one reinstated. Registrars and admins of the issuing organisation, or the operator.
 */
export async function changeCredentialStatus(
  deps: Pick<
    Deps,
    | 'clock'
    | 'ids'
    | 'transaction'
    | 'keyVault'
    | 'credentialSigner'
    | 'statusListEncoder'
    | 'publicUrl'
  >,
  actor: Actor,
  credentialId: string,
  action: CredentialStatusAction,
  reason: string,
): Promise<IssuedCredential> {
  if (!credentialStatusActions.includes(action)) {
    throw new AppError(
      'REQUEST_INVALID',
      `The action must be one of ${credentialStatusActions.join(', ')}.`,
    )
  }
  const trimmedReason = reason.trim()
  if (trimmedReason.length === 0 || trimmedReason.length > 500) {
    throw new AppError('REQUEST_INVALID', 'Give the reason for the status change.', {
      details: { problems: [{ path: 'reason', message: 'Write the reason in 1–500 characters.' }] },
    })
  }
  if (actor.kind === 'anonymous') {
    throw new AppError('AUTHENTICATION_REQUIRED')
  }
  if (!isUuid(credentialId)) {
    throw new AppError('CREDENTIAL_NOT_FOUND')
  }
  return deps.transaction(async (stores) => {
    const credential = await stores.issuedCredentials.findById(credentialId.toLowerCase(), {
      isForUpdate: true,
    })
    if (credential === undefined) {
      throw new AppError('CREDENTIAL_NOT_FOUND')
    }
    requireIssuerRole(actor, credential.organisationId, ['registrar', 'admin'])
    const state = checkedNextState(credential, action)
    const { revocation, suspension } = credential
    if (revocation === undefined || suspension === undefined) {
      throw new AppError(
        'CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED',
        'The credential was issued without a status entry, so its status cannot change.',
      )
    }
    const organisation = await stores.organisations.findById(credential.organisationId)
    if (organisation === undefined) {
      throw new TypeError('an issued credential names an organisation that does not exist')
    }
    const signing = {
      issuer: organisationDid(deps.publicUrl, organisation.slug),
      key: await getSigningKey(deps, organisation.id, stores),
      at: deps.clock.now(),
    }
    // Lists are always locked revocation first, so that two changes never wait on each other.
    if (action === 'revoke') {
      await setStatusBit(deps, stores, revocation, true, signing)
    }
    if (action === 'suspend' || credential.state === 'suspended') {
      await setStatusBit(deps, stores, suspension, action === 'suspend', signing)
    }
    await stores.issuedCredentials.updateState(credential.id, {
      state,
      reason: trimmedReason,
      at: signing.at,
    })
    await recordAudit(deps, stores, actor, {
      action: `credential.${pastTense[action]}`,
      organisationId: organisation.id,
      subject: { credentialId: credential.id, reason: trimmedReason },
    })
    await notifyCredentialStatus(deps, stores, { credential, action, reason: trimmedReason })
    return { ...credential, state, statusReason: trimmedReason, statusChangedAt: signing.at }
  })
}

function checkedNextState(
  credential: IssuedCredential,
  action: CredentialStatusAction,
): CredentialState {
  const state = nextCredentialState(credential.state, action)
  if (state !== undefined) {
    return state
  }
  const message =
    credential.state === 'revoked'
      ? 'The credential is revoked, and revocation is final; issue a new credential instead.'
      : action === 'suspend'
        ? 'The credential is suspended already; reinstate or revoke it.'
        : 'Only a suspended credential can be reinstated; this one is active.'
  throw new AppError('CREDENTIAL_STATUS_CHANGE_NOT_ALLOWED', message, {
    details: { state: credential.state, action },
  })
}

async function setStatusBit(
  deps: Pick<Deps, 'credentialSigner' | 'statusListEncoder' | 'publicUrl'>,
  stores: Stores,
  position: StatusListPosition,
  value: boolean,
  signing: { issuer: string; key: SigningKey; at: Date },
): Promise<void> {
  const list = await stores.statusLists.findById(position.listId, { isForUpdate: true })
  if (list === undefined) {
    throw new TypeError('an issued credential names a status list that does not exist')
  }
  const bits = withBit(list.bits, position.index, value)
  const credential = await signStatusList(deps, {
    id: list.id,
    purpose: list.purpose,
    bits,
    ...signing,
  })
  await stores.statusLists.update(list.id, { bits, credential, signedAt: signing.at })
}
