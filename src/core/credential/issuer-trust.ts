import { createVerificationCheck } from './verification-messages.js'
import type { VerificationCheck } from './verification-report.js'

/**
 * The `issuer-trust` check: ok when the issuer id is on the installation's trust list, a warning
 * (never a failure) when it is not, skipped when no list is configured. An entry ending in `*` is
 * a prefix (`did:web:osaamo.example.fi:organisations:*` trusts every organisation there). Trust is about who the
 * issuer is; whether the credential is genuine is the other checks' business.
 */
export function checkIssuerTrust(
  issuerId: string | undefined,
  trustedIssuers: readonly string[],
): VerificationCheck {
  if (trustedIssuers.length === 0) {
    return createVerificationCheck('issuer-trust', 'skipped', 'NO_TRUST_LIST')
  }
  const details = issuerId === undefined ? {} : { issuerId }
  return issuerId !== undefined && trustedIssuers.some((entry) => isMatch(entry, issuerId))
    ? createVerificationCheck('issuer-trust', 'ok', 'ISSUER_TRUSTED', { details })
    : createVerificationCheck('issuer-trust', 'warning', 'ISSUER_NOT_TRUSTED', { details })
}

function isMatch(entry: string, issuerId: string): boolean {
  return entry.endsWith('*') ? issuerId.startsWith(entry.slice(0, -1)) : entry === issuerId
}
