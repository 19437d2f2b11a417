import type { VerificationReport } from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * Checks a credential (an object, a JSON text or a compact VC-JWT) and reports every check.
 * Public: anyone may verify. Never throws for bad input; the report says what failed.
 */
export async function verifyCredential(deps: Deps, input: unknown): Promise<VerificationReport> {
  return deps.credentialVerifier.verify(input)
}
