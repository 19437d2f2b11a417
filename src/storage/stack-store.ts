import type { Kysely, Selectable } from 'kysely'
import type {
  Stack,
  StackCredential,
  StackCredentialFormat,
  StackRules,
  StackStore,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database } from './schema.js'
import type { StackCredentialRow, StackRow } from './stack-rows.js'

export function createStackStore(db: Kysely<Database>): StackStore {
  return {
    async create(stack, createdBy) {
      await db
        .insertInto('stacks')
        .values({
          id: stack.id,
          organisation_id: stack.organisationId,
          name: toJsonb(stack.name),
          description: toJsonb(stack.description),
          rules: toJsonb(stack.rules),
          is_published: stack.isPublished,
          created_by: createdBy ?? null,
          created_at: stack.createdAt,
          updated_at: stack.updatedAt,
          published_at: stack.publishedAt ?? null,
        })
        .execute()
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('stacks').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async update(id, definition, at) {
      await db
        .updateTable('stacks')
        .set({
          name: toJsonb(definition.name),
          description: toJsonb(definition.description),
          rules: toJsonb(definition.rules),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute()
    },
    async publish(id, at) {
      await db
        .updateTable('stacks')
        .set({ is_published: true, published_at: at, updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async listForOrganisation(organisationId) {
      const rows = await db
        .selectFrom('stacks')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async listPublished() {
      const rows = await db
        .selectFrom('stacks')
        .selectAll()
        .where('is_published', '=', true)
        .orderBy('published_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async addCredential(credential) {
      const inserted = await db
        .insertInto('stack_credentials')
        .values({
          id: credential.id,
          stack_id: credential.stackId,
          person_id: credential.personId,
          issued_credential_id: credential.issuedCredentialId,
          format: credential.format,
          claimed_at: credential.claimedAt,
        })
        // Two claims at once: one lands, the other learns the stack was claimed.
        .onConflict((conflict) => conflict.columns(['stack_id', 'person_id']).doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findCredential(stackId, personId) {
      const row = await db
        .selectFrom('stack_credentials')
        .selectAll()
        .where('stack_id', '=', stackId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return row === undefined ? undefined : fromCredentialRow(row)
    },
    async listCredentialsForPerson(personId) {
      const rows = await db
        .selectFrom('stack_credentials')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('claimed_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromCredentialRow)
    },
  }
}

function fromRow(row: Selectable<StackRow>): Stack {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    name: row.name,
    description: row.description,
    rules: row.rules as StackRules,
    isPublished: row.is_published,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at ?? undefined,
  }
}

function fromCredentialRow(row: Selectable<StackCredentialRow>): StackCredential {
  return {
    id: row.id,
    stackId: row.stack_id,
    personId: row.person_id,
    issuedCredentialId: row.issued_credential_id,
    format: row.format as StackCredentialFormat,
    claimedAt: row.claimed_at,
  }
}
