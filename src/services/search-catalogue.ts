import {
  AppError,
  type CatalogueHit,
  type CatalogueParameters,
  type Organisation,
  parseCatalogueParameters,
  type SpecificationVersion,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** A search hit with its awarding bodies named. */
export type CatalogueItem = CatalogueHit & {
  readonly awardingBodies: readonly Pick<Organisation, 'id' | 'slug' | 'name'>[]
}

/**
 * Searches the published specifications (public): every word must match in Finnish, Swedish or
 * English, inflected forms included, and every filter must hold; best matches first, then the
 * newest, then by id, so that pages never overlap or skip. Bad parameters are refused with every
 * problem at once (REQUEST_INVALID).
 */
export async function searchCatalogue(
  deps: Pick<Deps, 'stores'>,
  parameters: CatalogueParameters,
): Promise<{ items: CatalogueItem[]; total: number }> {
  const parsed = parseCatalogueParameters(parameters)
  if (!parsed.isValid) {
    throw new AppError('REQUEST_INVALID', 'The search parameters have problems.', {
      details: { problems: parsed.problems },
    })
  }
  const organisations = await deps.stores.organisations.list()
  let organisationId: string | undefined
  if (parsed.organisationSlug !== undefined) {
    organisationId = organisations.find(
      (organisation) => organisation.slug === parsed.organisationSlug,
    )?.id
    if (organisationId === undefined) {
      return { items: [], total: 0 }
    }
  }
  const page = await deps.stores.catalogue.search({ ...parsed.query, organisationId })
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]))
  return {
    total: page.total,
    items: page.items.map((hit) => ({
      ...hit,
      awardingBodies: hit.awardingBodyIds.flatMap((id) => {
        const organisation = byId.get(id)
        return organisation === undefined
          ? []
          : [{ id: organisation.id, slug: organisation.slug, name: organisation.name }]
      }),
    })),
  }
}

/** The catalogue's page of a specification: its latest published version (public). */
export async function getCatalogueSpecification(
  deps: Pick<Deps, 'stores'>,
  specificationId: string,
): Promise<SpecificationVersion> {
  const latest = (await deps.stores.specifications.listVersions(specificationId))
    .filter((version) => version.status === 'published')
    .at(-1)
  if (latest === undefined) {
    throw new AppError('SPECIFICATION_NOT_FOUND')
  }
  return latest
}
