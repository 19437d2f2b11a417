// The public surface of storage: opening the database, migrating it, and the stores.
export {
  type DatabaseHandle,
  type DatabaseLocation,
  dumpEmbeddedDatabase,
  openDatabase,
} from './database.js'
export { type MigrationOutcome, migrateToLatest } from './migrate.js'
export { createStores, createUnitOfWork } from './stores.js'
export {
  createInProcessWorkspaceEventBus,
  createWorkspaceEventBus,
} from './workspace-event-bus.js'
