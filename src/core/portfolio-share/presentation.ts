import { credentialsV2ContextUrl } from '../credential/contexts.js'
import type { JsonObject } from '../credential/json.js'

/** A credential as it is held: a JSON document with an embedded proof, or a compact VC-JWT. */
export type HeldCredential =
  | { readonly kind: 'json'; readonly credential: JsonObject }
  | { readonly kind: 'jwt'; readonly jwt: string }

/**
 * An unsigned W3C VC 2.0 VerifiablePresentation of a share's credentials, each exactly as it was
 * signed: a Data Integrity credential as its JSON, a VC-JWT as an EnvelopedVerifiableCredential
 * (a `data:application/vc+jwt,` URL). The presentation has no proof of its own: a holder proof
 * needs a key the learner holds, which Osaamo does not keep (decision 0027); each credential
 * still verifies on its own.
 * @see https://www.w3.org/TR/vc-data-model-2.0/#presentations
 * @see https://www.w3.org/TR/vc-data-model-2.0/#enveloped-verifiable-credentials
 */
export function toVerifiablePresentation(
  id: string,
  credentials: readonly HeldCredential[],
): JsonObject {
  return {
    '@context': [credentialsV2ContextUrl],
    id,
    type: ['VerifiablePresentation'],
    verifiableCredential: credentials.map((held) =>
      held.kind === 'json'
        ? held.credential
        : {
            '@context': credentialsV2ContextUrl,
            id: `data:application/vc+jwt,${held.jwt}`,
            type: 'EnvelopedVerifiableCredential',
          },
    ),
  }
}
