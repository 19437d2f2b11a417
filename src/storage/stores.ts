import type { Kysely } from 'kysely'
import type { Stores, UnitOfWork } from '../core/index.js'
import { createOrganisationStore } from './organisation-store.js'
import type { Database } from './schema.js'
import { createSettingStore } from './setting-store.js'

/** Every store on one connection (or transaction). */
export function createStores(db: Kysely<Database>): Stores {
  return {
    organisations: createOrganisationStore(db),
    settings: createSettingStore(db),
  }
}

/** A UnitOfWork that runs its work in a database transaction with transaction-bound stores. */
export function createUnitOfWork(db: Kysely<Database>): UnitOfWork {
  return (work) => db.transaction().execute((transaction) => work(createStores(transaction)))
}
