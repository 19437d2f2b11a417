import type { Kysely, Selectable } from 'kysely'
import {
  AppError,
  type EmailAddress,
  isRole,
  type Membership,
  type Person,
  type PersonStore,
  type Role,
} from '../core/index.js'
import { toJsonb } from './json.js'
import { isUniqueViolation } from './postgres-errors.js'
import type { Database, EmailAddressRow, MembershipRow, PersonRow } from './schema.js'

export function createPersonStore(db: Kysely<Database>): PersonStore {
  return {
    async create(person) {
      await db
        .insertInto('people')
        .values({
          id: person.id,
          display_name: person.displayName,
          created_at: person.createdAt,
          erased_at: person.erasedAt ?? null,
        })
        .execute()
    },
    async findById(id) {
      const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : fromPersonRow(row)
    },
    async findExistingIds(ids) {
      if (ids.length === 0) {
        return []
      }
      const rows = await db
        .selectFrom('people')
        .select('id')
        .where('id', 'in', [...ids])
        .execute()
      return rows.map((row) => row.id)
    },
    async list() {
      const rows = await db
        .selectFrom('people')
        .selectAll()
        .where('erased_at', 'is', null)
        .orderBy('display_name')
        .orderBy('id')
        .execute()
      return rows.map(fromPersonRow)
    },
    async erase(id, pseudonym, at) {
      await db
        .updateTable('people')
        .set({ display_name: pseudonym, password_hash: null, erased_at: at })
        .where('id', '=', id)
        .execute()
    },
    async findPasswordHash(personId) {
      const row = await db
        .selectFrom('people')
        .select('password_hash')
        .where('id', '=', personId)
        .executeTakeFirst()
      return row?.password_hash ?? undefined
    },
    async setDisplayName(personId, displayName) {
      await db
        .updateTable('people')
        .set({ display_name: displayName })
        .where('id', '=', personId)
        .execute()
    },
    async setPasswordHash(personId, passwordHash) {
      await db
        .updateTable('people')
        .set({ password_hash: passwordHash })
        .where('id', '=', personId)
        .execute()
    },
    async addEmailAddress(address) {
      try {
        await db
          .insertInto('email_addresses')
          .values({
            id: address.id,
            person_id: address.personId,
            address: address.address,
            verified_at: address.verifiedAt ?? null,
            created_at: address.createdAt,
          })
          .execute()
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new AppError('EMAIL_ADDRESS_TAKEN', undefined, { cause: error })
        }
        throw error
      }
    },
    async findEmailAddress(address) {
      const row = await db
        .selectFrom('email_addresses')
        .selectAll()
        .where('address', '=', address)
        .executeTakeFirst()
      return row === undefined ? undefined : fromEmailAddressRow(row)
    },
    async findEmailAddressById(id) {
      const row = await db
        .selectFrom('email_addresses')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? undefined : fromEmailAddressRow(row)
    },
    async listEmailAddresses(personId) {
      const rows = await db
        .selectFrom('email_addresses')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .orderBy('address')
        .execute()
      return rows.map(fromEmailAddressRow)
    },
    async deleteEmailAddresses(personId) {
      await db.deleteFrom('email_addresses').where('person_id', '=', personId).execute()
    },
    async markEmailAddressVerified(id, at) {
      await db
        .updateTable('email_addresses')
        .set({ verified_at: at })
        .where('id', '=', id)
        .execute()
    },
    async deleteEmailAddress(id) {
      await db.deleteFrom('email_addresses').where('id', '=', id).execute()
    },
    async listMemberships(personId) {
      const rows = await db
        .selectFrom('memberships')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('organisation_id')
        .execute()
      return rows.map(fromMembershipRow)
    },
    async listMembers(organisationId) {
      const rows = await db
        .selectFrom('memberships')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('person_id')
        .execute()
      return rows.map(fromMembershipRow)
    },
    async setRoles(personId, organisationId, roles, at) {
      if (roles.length === 0) {
        await db
          .deleteFrom('memberships')
          .where('person_id', '=', personId)
          .where('organisation_id', '=', organisationId)
          .execute()
        return
      }
      await db
        .insertInto('memberships')
        .values({
          person_id: personId,
          organisation_id: organisationId,
          roles: toJsonb(roles),
          updated_at: at,
        })
        .onConflict((conflict) =>
          conflict
            .columns(['person_id', 'organisation_id'])
            .doUpdateSet({ roles: toJsonb(roles), updated_at: at }),
        )
        .execute()
    },
    async deleteMemberships(personId) {
      await db.deleteFrom('memberships').where('person_id', '=', personId).execute()
    },
  }
}

function fromPersonRow(row: Selectable<PersonRow>): Person {
  return {
    id: row.id,
    displayName: row.display_name,
    createdAt: row.created_at,
    erasedAt: row.erased_at ?? undefined,
  }
}

function fromMembershipRow(row: Selectable<MembershipRow>): Membership {
  return { personId: row.person_id, organisationId: row.organisation_id, roles: toRoles(row.roles) }
}

function fromEmailAddressRow(row: Selectable<EmailAddressRow>): EmailAddress {
  return {
    id: row.id,
    personId: row.person_id,
    address: row.address,
    verifiedAt: row.verified_at ?? undefined,
    createdAt: row.created_at,
  }
}

/** Roles as stored, in the order of the role list, unknown ones dropped loudly. */
export function toRoles(values: readonly string[]): Role[] {
  const unknown = values.filter((value) => !isRole(value))
  if (unknown.length > 0) {
    throw new TypeError(`stored roles hold unknown values: ${unknown.join(', ')}`)
  }
  return values.filter(isRole)
}
