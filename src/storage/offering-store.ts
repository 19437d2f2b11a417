import type { Kysely, Selectable } from 'kysely'
import type { Offering, OfferingDetails, OfferingState, OfferingStore } from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, OfferingRow } from './schema.js'

export function createOfferingStore(db: Kysely<Database>): OfferingStore {
  return {
    async create(offering) {
      await db
        .insertInto('offerings')
        .values({
          id: offering.id,
          organisation_id: offering.organisationId,
          specification_id: offering.specificationId,
          version_id: offering.versionId,
          state: offering.state,
          ...toDetailColumns(offering.details),
          created_at: offering.createdAt,
          updated_at: offering.updatedAt,
        })
        .execute()
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('offerings').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromOfferingRow(row)
    },
    async updateDetails(id, details, at) {
      await db
        .updateTable('offerings')
        .set({ ...toDetailColumns(details), updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async setState(id, state, at) {
      await db
        .updateTable('offerings')
        .set({ state, updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async listForOrganisation(organisationId) {
      const rows = await db
        .selectFrom('offerings')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('starts_on', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromOfferingRow)
    },
    async listForSpecification(specificationId, states) {
      if (states.length === 0) {
        return []
      }
      const rows = await db
        .selectFrom('offerings')
        .selectAll()
        .where('specification_id', '=', specificationId)
        .where('state', 'in', [...states])
        .orderBy('starts_on')
        .orderBy('id')
        .execute()
      return rows.map(fromOfferingRow)
    },
  }
}

function toDetailColumns(details: OfferingDetails) {
  return {
    starts_on: details.startsOn,
    ends_on: details.endsOn,
    enrolment_opens_at: details.enrolmentOpensAt,
    enrolment_closes_at: details.enrolmentClosesAt,
    seat_limit: details.seatLimit ?? null,
    price_cents: details.priceCents ?? null,
    form_of_participation: details.formOfParticipation,
    language_of_instruction: details.languageOfInstruction,
    teachers: toJsonb(details.teachers),
    course_code: details.courseCode ?? null,
  }
}

function fromOfferingRow(row: Selectable<OfferingRow>): Offering {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    specificationId: row.specification_id,
    versionId: row.version_id,
    state: row.state as OfferingState,
    details: {
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      enrolmentOpensAt: row.enrolment_opens_at,
      enrolmentClosesAt: row.enrolment_closes_at,
      seatLimit: row.seat_limit ?? undefined,
      priceCents: row.price_cents ?? undefined,
      formOfParticipation: row.form_of_participation,
      languageOfInstruction: row.language_of_instruction,
      teachers: row.teachers,
      courseCode: row.course_code ?? undefined,
    },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
