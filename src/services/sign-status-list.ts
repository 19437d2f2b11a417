import {
  type JsonObject,
  type SigningKey,
  type StatusPurpose,
  statusListUrl,
  toStatusListCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * The signed BitstringStatusListCredential of a list's bits, issued by the organisation's DID and
 * signed with eddsa-rdfc-2022. Lists are signed when they change (on opening and on every status
 * change) and stored signed, so that reading one is a plain database read.
 * @see https://www.w3.org/TR/vc-bitstring-status-list/#bitstringstatuslistcredential
 */
export function signStatusList(
  deps: Pick<Deps, 'credentialSigner' | 'statusListEncoder' | 'publicUrl'>,
  list: {
    readonly id: string
    readonly purpose: StatusPurpose
    readonly bits: Uint8Array
    readonly issuer: string
    readonly key: SigningKey
    readonly at: Date
  },
): Promise<JsonObject> {
  const credential = toStatusListCredential({
    url: statusListUrl(deps.publicUrl, list.id),
    issuer: list.issuer,
    purpose: list.purpose,
    encodedList: deps.statusListEncoder.encode(list.bits),
    validFrom: list.at,
  })
  return deps.credentialSigner.addProof(credential, list.key, {
    cryptosuite: 'eddsa-rdfc-2022',
    created: list.at,
  })
}
