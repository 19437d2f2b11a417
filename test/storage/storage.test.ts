import { describe, it } from 'vitest'
import { serverDatabase, serverSkipReason, testDatabases } from '../support/test-databases.js'
import { describeCredentialOfferStoreContract } from './credential-offer-store.contract.js'
import { describeCredentialStoreContract } from './credential-stores.contract.js'
import { describeStorageContract } from './stores.contract.js'

for (const database of testDatabases) {
  describeStorageContract(database)
  describeCredentialStoreContract(database)
  describeCredentialOfferStoreContract(database)
}

if (serverDatabase === undefined) {
  describe('storage on the server database', () => {
    it.skip(`is not run here: ${serverSkipReason}`, () => {})
  })
}
