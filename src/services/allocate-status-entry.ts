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
  const [entry] = await allocateStatusEntries(deps, stores, context, 1)
  if (entry === undefined) {
    throw new TypeError('a status list entry was allocated but not returned')
  }
  return entry
}

/**
 * Claims `count` random, never-used indexes as {@link allocateStatusEntry} does, with one insert
 * for the lot (a cohort's credentials) instead of one per index.
 */
export async function allocateStatusEntries(
  deps: StatusEntryDeps,
  stores: Stores,
  context: StatusEntryContext,
  count: number,
): Promise<{ list: StatusList; index: number }[]> {
  const allocated: { list: StatusList; index: number }[] = []
  let list =
    (await stores.statusLists.findLatest(context.organisationId, context.purpose)) ??
    (await openStatusList(deps, stores, context, 1))
  for (let opened = 0; opened <= maximumListsOpened; opened += 1) {
    const indexes = await claimRandomIndexes(deps, stores, list, count - allocated.length)
    allocated.push(...indexes.map((index) => ({ list, index })))
    if (allocated.length === count) {
      return allocated
    }
    list = await openStatusList(deps, stores, context, list.sequence + 1)
  }
  throw new TypeError(`no free status list index after opening ${maximumListsOpened} lists`)
}

/** Up to `wanted` never-claimed indexes of the list: fewer only when the list is (nearly) full. */
async function claimRandomIndexes(
  deps: StatusEntryDeps,
  stores: Stores,
  list: StatusList,
  wanted: number,
): Promise<number[]> {
  const at = deps.clock.now()
  const claimed: number[] = []
  // Of a filling list, a share of the picks is taken already: later rounds pick more candidates
  // than they need, as many more as the last round missed, and claim the first free ones.
  let hitRate = 1
  for (let attempt = 0; attempt < randomAttempts && claimed.length < wanted; attempt += 1) {
    const needed = wanted - claimed.length
    const candidates = Math.min(
      Math.ceil(needed / hitRate),
      Math.max(needed, Math.floor(list.length / 2)),
    )
    const picks = new Set<number>()
    // The extra candidates are best effort: a few draws each, so a poor random source cannot stall.
    for (
      let draw = 0;
      picks.size < needed || (picks.size < candidates && draw < 4 * candidates);
      draw += 1
    ) {
      picks.add(deps.random.integerBelow(list.length))
    }
    const got = await stores.statusLists.claimIndexes(list.id, [...picks], at, needed)
    claimed.push(...got)
    hitRate = Math.max(got.length / picks.size, 1 / 64)
  }
  // A crowded list: pick uniformly among the indexes still free.
  let misses = 0
  while (claimed.length < wanted && misses < maximumCrowdedAttempts) {
    const free = list.length - (await stores.statusLists.countClaimedIndexes(list.id))
    if (free <= 0) {
      break
    }
    const position = deps.random.integerBelow(free)
    const index = await stores.statusLists.findUnclaimedIndex(list.id, list.length, position)
    if (index !== undefined && (await stores.statusLists.claimIndex(list.id, index, at))) {
      claimed.push(index)
    } else {
      misses += 1
    }
  }
  return claimed
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
