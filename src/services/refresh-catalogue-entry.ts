import { type Stores, toCatalogueDocument } from '../core/index.js'

/**
 * Puts a specification's latest published version in the catalogue, or takes the specification
 * out when none is published. Runs in the transaction of the lifecycle step that caused it.
 */
export async function refreshCatalogueEntry(
  stores: Stores,
  specificationId: string,
): Promise<void> {
  const published = (await stores.specifications.listVersions(specificationId)).filter(
    (version) => version.status === 'published',
  )
  const latest = published.at(-1)
  if (latest === undefined) {
    await stores.catalogue.remove(specificationId)
  } else {
    await stores.catalogue.put([toCatalogueDocument(latest)])
  }
}
