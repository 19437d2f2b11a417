import {
  type Actor,
  AppError,
  type EuropeanDigitalCredential,
  type OpenBadgeCredential,
  toEuropeanDigitalCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { getIssuedCredential } from './get-issued-credential.js'
import { loadExportContext } from './specification-export-context.js'

/**
 * An issued Open Badge as an ELM 3 / Europass `EuropeanDigitalCredential` with the same claims,
 * so that one definition serves both ecosystems. Only credentials issued from a specification
 * version have one. Staff of the issuing organisation.
 */
export async function exportIssuedCredentialAsElm(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  credentialId: string,
): Promise<EuropeanDigitalCredential> {
  const issued = await getIssuedCredential(deps, actor, credentialId)
  const version =
    issued.specificationVersionId === undefined
      ? undefined
      : await deps.stores.specifications.findVersion(issued.specificationVersionId)
  if (version === undefined) {
    throw new AppError(
      'CREDENTIAL_INVALID',
      'Only a credential issued from a micro-credential specification has an ELM export.',
    )
  }
  const context = await loadExportContext(deps, version)
  return toEuropeanDigitalCredential(issued.credential as OpenBadgeCredential, version, context)
}
