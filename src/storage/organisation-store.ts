import type { Kysely, Selectable } from 'kysely'
import {
  AppError,
  type LanguageMap,
  type Organisation,
  type OrganisationKind,
  type OrganisationStore,
  organisationKinds,
} from '../core/index.js'
import { toJsonb } from './json.js'
import { isUniqueViolation } from './postgres-errors.js'
import type { Database, OrganisationRow } from './schema.js'

export function createOrganisationStore(db: Kysely<Database>): OrganisationStore {
  const selectOrganisations = () => db.selectFrom('organisations').selectAll()
  return {
    async create(organisation) {
      try {
        await db
          .insertInto('organisations')
          .values({
            id: organisation.id,
            slug: organisation.slug,
            kind: organisation.kind,
            name: toJsonb(organisation.name),
            country: organisation.country,
            region: organisation.region ?? null,
            created_at: organisation.createdAt,
          })
          .execute()
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('ORGANISATION_SLUG_TAKEN', undefined, { cause: error })
        }
        throw error
      }
    },
    async findById(id, options = {}) {
      let query = selectOrganisations().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromOrganisationRow(row)
    },
    async findBySlug(slug) {
      const row = await selectOrganisations().where('slug', '=', slug).executeTakeFirst()
      return row === undefined ? undefined : fromOrganisationRow(row)
    },
    async list() {
      const rows = await selectOrganisations().orderBy('slug').execute()
      return rows.map(fromOrganisationRow)
    },
  }
}

function fromOrganisationRow(row: Selectable<OrganisationRow>): Organisation {
  return {
    id: row.id,
    slug: row.slug,
    kind: toOrganisationKind(row.kind),
    name: row.name as LanguageMap,
    country: row.country,
    region: row.region ?? undefined,
    createdAt: row.created_at,
  }
}

function toOrganisationKind(value: string): OrganisationKind {
  const kind = organisationKinds.find((candidate) => candidate === value)
  if (kind === undefined) {
    throw new TypeError(`organisations.kind holds an unknown value: ${value}`)
  }
  return kind
}
