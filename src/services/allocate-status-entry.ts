import {
  emptyBitstring,
  minimumStatusListLength,
  type SigningKey,
  type StatusList,
  type StatusPurpose,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { signStatusList } from './sign-status-list.js'

export type StatusEntryDeps = Pick<
  Deps,
  'clock' | 'ids' | 'random' | 'credentialSigner' | 'statusListEncoder' | 'publicUrl'
>

/** Whose list, for what, and the key and DID that sign a list opened on the way. */
export type StatusEntryContext = {
  readonly organisationId: string
  readonly purpose: StatusPurpose
  readonly issuer: string
  readonly key: SigningKey
}

// Random picks before counting what is left: at half full, 16 misses happen once in 65,536.
const randomAttempts = 16
const maximumListsOpened = 4
const maximumCrowdedAttempts = 8

/**
 * Claims a random, never-used index in the organisation's latest list of the purpose, opening
 * the first list or, when the latest is full, the next one. Random indexes keep issuance order
 * and cohort sizes out of the lists (herd privacy); the database's unique (list, index) key
 * makes sure no index is handed out twice, even after its credential is gone.
 * @see https://www.w3.org/TR/vc-bitstring-status-list/#privacy-considerations
 */
export async function allocateStatusEntry(
  deps: StatusEntryDeps,
  stores: Stores,
  context: StatusEntryContext,
): Promise<{ list: StatusList; index: number }> {
  let list =
    (await stores.statusLists.findLatest(context.organisationId, context.purpose)) ??
    (await openStatusList(deps, stores, context, 1))
  for (let opened = 0; opened <= maximumListsOpened; opened += 1) {
    const index = await claimRandomIndex(deps, stores, list)
    if (index !== undefined) {
      return { list, index }
    }
    list = await openStatusList(deps, stores, context, list.sequence + 1)
  }
  throw new TypeError(`no free status list index after opening ${maximumListsOpened} lists`)
}

async function claimRandomIndex(
  deps: StatusEntryDeps,
  stores: Stores,
  list: StatusList,
): Promise<number | undefined> {
  const at = deps.clock.now()
  for (let attempt = 0; attempt < randomAttempts; attempt += 1) {
    const index = deps.random.integerBelow(list.length)
    if (await stores.statusLists.claimIndex(list.id, index, at)) {
      return index
    }
  }
  // A crowded list: pick uniformly among the indexes still free.
  for (let attempt = 0; attempt < maximumCrowdedAttempts; attempt += 1) {
    const free = list.length - (await stores.statusLists.countClaimedIndexes(list.id))
    if (free <= 0) {
      return undefined
    }
    const position = deps.random.integerBelow(free)
    const index = await stores.statusLists.findUnclaimedIndex(list.id, list.length, position)
    if (index !== undefined && (await stores.statusLists.claimIndex(list.id, index, at))) {
      return index
    }
  }
  return undefined
}

/**
 * Opens the list with this sequence number: all bits 0, signed. When another process opened it
 * first, that list is used instead.
 */
async function openStatusList(
  deps: StatusEntryDeps,
  stores: Stores,
  context: StatusEntryContext,
  sequence: number,
): Promise<StatusList> {
  const id = deps.ids.newId()
  const now = deps.clock.now()
  const bits = emptyBitstring(minimumStatusListLength)
  const list: StatusList = {
    id,
    organisationId: context.organisationId,
    purpose: context.purpose,
    sequence,
    length: minimumStatusListLength,
    bits,
    credential: await signStatusList(deps, {
      id,
      purpose: context.purpose,
      bits,
      issuer: context.issuer,
      key: context.key,
      at: now,
    }),
    signedAt: now,
    createdAt: now,
    updatedAt: now,
  }
  if (await stores.statusLists.create(list)) {
    return list
  }
  const opened = await stores.statusLists.findLatest(context.organisationId, context.purpose)
  if (opened === undefined) {
    throw new TypeError('a status list was opened concurrently but cannot be found')
  }
  return opened
}
