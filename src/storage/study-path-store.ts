import { type Kysely, sql } from 'kysely'
import type { LanguageMap, StudyPathStore } from '../core/index.js'
import type { Database } from './schema.js'

type OfferingRow = {
  offering_id: string
  organisation_id: string
  specification_id: string
  version_id: string
  title: LanguageMap
  ects: string | number | null
  skill_uris: string[]
  price_cents: number | null
  starts_on: string
  ends_on: string
  language_of_instruction: string
  form_of_participation: string
  state: 'planned' | 'open'
  enrolment_opens_at: Date
  enrolment_closes_at: Date
}

export function createStudyPathStore(db: Kysely<Database>): StudyPathStore {
  return {
    async listOfferingsTeaching(skillUris, startsOnOrAfter) {
      if (skillUris.length === 0) {
        return []
      }
      // The specifications come from the narrow skill index; their offerings from the offerings'
      // specification index. Skills are those of the catalogue entry (the current published
      // version), which is what learners search and read.
      const result = await sql<OfferingRow>`
        with taught as (
          select distinct specification_id from catalogue_skills
          where skill_uri = any(${arrayOf(skillUris, 'text')})
        )
        select o.id as offering_id, o.organisation_id, e.specification_id, o.version_id, e.title,
          e.ects, e.skill_uris, o.price_cents, o.starts_on::text as starts_on,
          o.ends_on::text as ends_on, o.language_of_instruction, o.form_of_participation, o.state,
          o.enrolment_opens_at, o.enrolment_closes_at
        from taught t
        join catalogue_entries e on e.specification_id = t.specification_id
        join offerings o on o.specification_id = t.specification_id
        where o.state in ('planned', 'open') and o.starts_on >= ${startsOnOrAfter}
        order by o.starts_on, o.id`.execute(db)
      return result.rows.map((row) => ({
        candidate: {
          offeringId: row.offering_id,
          specificationId: row.specification_id,
          versionId: row.version_id,
          organisationId: row.organisation_id,
          title: row.title,
          skillUris: row.skill_uris,
          ects: row.ects === null ? 0 : Number(row.ects),
          priceCents: row.price_cents ?? 0,
          startsOn: row.starts_on,
          endsOn: row.ends_on,
          languageOfInstruction: row.language_of_instruction,
          formOfParticipation: row.form_of_participation,
          // Specifications state their prerequisites as free text only (decision 0029).
          prerequisiteSkillUris: [],
        },
        state: row.state,
        enrolmentOpensAt: new Date(row.enrolment_opens_at),
        enrolmentClosesAt: new Date(row.enrolment_closes_at),
      }))
    },
    async listSpecificationSkills(specificationIds) {
      if (specificationIds.length === 0) {
        return []
      }
      const result = await sql<{ specification_id: string; skill_uris: string[] }>`
        select specification_id, skill_uris from catalogue_entries
        where specification_id = any(${arrayOf(specificationIds, 'uuid')})`.execute(db)
      return result.rows.map((row) => ({
        specificationId: row.specification_id,
        skillUris: row.skill_uris,
      }))
    },
  }
}

/** A non-empty list as an SQL array of one value per parameter (as the other stores send them). */
function arrayOf(values: readonly string[], type: 'text' | 'uuid') {
  return sql`array[${sql.join(values.map((value) => sql.val(value)))}]::${sql.raw(type)}[]`
}
