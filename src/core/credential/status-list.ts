import type { JsonObject } from './json.js'

/** The two status lists each organisation keeps: one for revocation, one for suspension. */
export const statusPurposes = ['revocation', 'suspension'] as const
export type StatusPurpose = (typeof statusPurposes)[number]

/**
 * A Bitstring Status List of one organisation and purpose. Lists of a purpose are numbered by
 * `sequence`; a new one opens when the latest is full. The signed list credential is kept with
 * the bits and signed again whenever a bit changes.
 * @see https://www.w3.org/TR/vc-bitstring-status-list/
 */
export type StatusList = {
  readonly id: string
  readonly organisationId: string
  readonly purpose: StatusPurpose
  readonly sequence: number
  /** Number of entries (bits); at least 131,072. */
  readonly length: number
  readonly bits: Uint8Array
  /** The signed BitstringStatusListCredential for the current bits. */
  readonly credential: JsonObject
  readonly signedAt: Date
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** A credential's place in a status list. */
export type StatusListPosition = { readonly listId: string; readonly index: number }

/** The unsigned BitstringStatusListCredential of a list: VC 2.0 context only. */
export function toStatusListCredential(list: {
  readonly url: string
  readonly issuer: string
  readonly purpose: StatusPurpose
  readonly encodedList: string
  readonly validFrom: Date
}): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: list.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: list.issuer,
    validFrom: `${list.validFrom.toISOString().slice(0, 19)}Z`,
    credentialSubject: {
      id: `${list.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: list.purpose,
      encodedList: list.encodedList,
    },
  }
}

/** A credential's `credentialStatus` entry for one list. */
export function toStatusListEntry(entry: {
  readonly listUrl: string
  readonly purpose: StatusPurpose
  readonly index: number
}): JsonObject {
  return {
    id: `${entry.listUrl}#${entry.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: entry.purpose,
    statusListIndex: String(entry.index),
    statusListCredential: entry.listUrl,
  }
}
