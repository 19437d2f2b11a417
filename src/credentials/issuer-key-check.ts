import { createVerificationCheck, retrievalReasons, type VerificationCheck } from '../core/index.js'
import type { KeyResolution, VerificationKey } from './verification-method.js'

/**
 * The `issuer-key` check of a resolved key: the key's controller must be the issuer. An issuer id
 * that can control no key (a `urn:uuid:`) makes the binding uncheckable, a warning; so do a key
 * named only by the credential itself (a `#z6Mk…` fragment nobody confirmed) and a JWT's own
 * `jwk` header.
 */
export function checkIssuerKey(
  key: VerificationKey,
  issuerId: string | undefined,
): VerificationCheck {
  const details = {
    keyId: key.id,
    keySource: key.source,
    ...(key.controller === undefined ? {} : { controller: key.controller }),
    ...(issuerId === undefined ? {} : { issuerId }),
  }
  if (issuerId === undefined) {
    return createVerificationCheck('issuer-key', 'failed', 'ISSUER_MISSING', { details })
  }
  if (key.source === 'jwt-header') {
    return createVerificationCheck('issuer-key', 'warning', 'KEY_EMBEDDED', { details })
  }
  if (!key.isAssertionMethod) {
    return createVerificationCheck('issuer-key', 'failed', 'KEY_NOT_AUTHORIZED', {
      values: { keyId: key.id },
      details,
    })
  }
  if (key.controller !== issuerId) {
    return canControlKeys(issuerId)
      ? createVerificationCheck('issuer-key', 'failed', 'KEY_CONTROLLER_MISMATCH', { details })
      : createVerificationCheck('issuer-key', 'warning', 'KEY_BINDING_UNCHECKED', { details })
  }
  return key.isConfirmed
    ? createVerificationCheck('issuer-key', 'ok', 'ISSUER_KEY_VALID', { details })
    : createVerificationCheck('issuer-key', 'warning', 'KEY_UNCONFIRMED', { details })
}

/** The failed `issuer-key` check of a key that could not be found or read. */
export function checkUnresolvedKey(
  resolution: Extract<KeyResolution, { isResolved: false }>,
  keyId: string,
): VerificationCheck {
  const details = {
    keyId,
    reason: resolution.message,
    ...(resolution.reason === undefined ? {} : { retrievalReason: resolution.reason }),
  }
  return createVerificationCheck('issuer-key', 'failed', resolution.code, {
    values: {
      keyId,
      reason: retrievalReasons[resolution.reason ?? 'invalid'],
    },
    details,
  })
}

/** DIDs and web addresses can publish keys; URNs and other identifiers cannot. */
function canControlKeys(issuerId: string): boolean {
  return /^(did:|https?:\/\/)/.test(issuerId)
}
