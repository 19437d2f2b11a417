import type { Organisation } from './organisation.js'

/** The current time. Injected so that core and services never read the clock themselves. */
export interface Clock {
  now(): Date
}

/** New unique identifiers. Injected so that tests can pin them. */
export interface IdGenerator {
  newId(): string
}

/** Which database Osaamo runs on and whether it answers. */
export interface DatabaseProbe {
  readonly kind: 'embedded' | 'server'
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>
}

export interface OrganisationStore {
  /** Throws ORGANISATION_SLUG_TAKEN when the slug is in use. */
  create(organisation: Organisation): Promise<void>
  findById(id: string): Promise<Organisation | undefined>
  findBySlug(slug: string): Promise<Organisation | undefined>
  /** Every organisation, ordered by slug. */
  list(): Promise<Organisation[]>
}

/** Installation-wide facts that must survive restarts and be shared by all Osaamo processes. */
export interface SettingStore {
  find(key: string): Promise<unknown>
  /** Stores the value only if the key is unset; true when this call stored it. */
  setIfAbsent(key: string, value: unknown, at: Date): Promise<boolean>
}

/** Every store, bound to one connection or one transaction. */
export type Stores = {
  readonly organisations: OrganisationStore
  readonly settings: SettingStore
}

/**
 * Runs `work` in one database transaction: all of its writes land together or none does.
 * This is how "bad input changes nothing" holds across several stores.
 */
export type UnitOfWork = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>
