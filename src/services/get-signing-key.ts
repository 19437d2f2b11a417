import {
  AppError,
  type Organisation,
  type OrganisationSigningKey,
  organisationDid,
  type SigningKey,
  type Stores,
  system,
  verificationMethodId,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { inTransaction } from './in-transaction.js'
import { recordAudit } from './record-audit.js'

/** What finding, making and opening an organisation's signing key takes. */
export type SigningKeyDeps = Pick<Deps, 'clock' | 'ids' | 'transaction' | 'keyVault' | 'publicUrl'>

/**
 * The organisation's active signing key, ready to sign, named in proofs by
 * `<organisation DID>#<publicKeyMultibase>`. The first call makes the key; two processes doing so
 * at once end up with the same one (a unique index on the active key, then a second look).
 * Pass the caller's transaction `stores` to make and use the key inside it.
 */
export async function getSigningKey(
  deps: SigningKeyDeps,
  organisationId: string,
  stores?: Stores,
): Promise<SigningKey> {
  return inTransaction(deps, stores, async (transaction) => {
    const organisation = await transaction.organisations.findById(organisationId)
    if (organisation === undefined) {
      throw new AppError('ORGANISATION_NOT_FOUND')
    }
    const stored =
      (await transaction.signingKeys.findActive(organisationId)) ??
      (await makeFirstSigningKey(deps, transaction, organisationId)) ??
      (await transaction.signingKeys.findActive(organisationId))
    if (stored === undefined) {
      throw new TypeError('an active signing key was stored but cannot be found')
    }
    return openSigningKey(deps, organisation, stored)
  })
}

async function makeFirstSigningKey(
  deps: Pick<Deps, 'clock' | 'ids' | 'keyVault'>,
  stores: Stores,
  organisationId: string,
): Promise<OrganisationSigningKey | undefined> {
  const key = await makeSigningKey(deps, stores, organisationId)
  if (key !== undefined) {
    await recordAudit(deps, stores, system, {
      action: 'signing-key.created',
      organisationId,
      subject: { signingKeyId: key.id },
    })
  }
  return key
}

/**
 * Makes and stores a new active key unless the organisation has one; undefined when another
 * process stored one first. The caller records it in the audit log.
 */
export async function makeSigningKey(
  deps: Pick<Deps, 'clock' | 'ids' | 'keyVault'>,
  stores: Stores,
  organisationId: string,
): Promise<OrganisationSigningKey | undefined> {
  const generated = deps.keyVault.generate()
  const key: OrganisationSigningKey = {
    id: deps.ids.newId(),
    organisationId,
    publicKeyMultibase: generated.publicKeyMultibase,
    sealedSecret: generated.sealedSecret,
    createdAt: deps.clock.now(),
    retiredAt: undefined,
  }
  return (await stores.signingKeys.createIfNoneActive(key)) ? key : undefined
}

/** A stored key opened by the key vault, named by the organisation's DID. */
export function openSigningKey(
  deps: Pick<Deps, 'keyVault' | 'publicUrl'>,
  organisation: Organisation,
  stored: OrganisationSigningKey,
): SigningKey {
  return deps.keyVault.open({
    publicKeyMultibase: stored.publicKeyMultibase,
    sealedSecret: stored.sealedSecret,
    verificationMethod: verificationMethodId(
      organisationDid(deps.publicUrl, organisation.slug),
      stored.publicKeyMultibase,
    ),
  })
}
