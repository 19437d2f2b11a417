import { type Kysely, sql } from 'kysely'
import type { SkillSuggestionStore } from '../core/index.js'
import type { Database } from './schema.js'

export function createSkillSuggestionStore(db: Kysely<Database>): SkillSuggestionStore {
  return {
    async listSkillDocuments() {
      const result = await sql<{
        uri: string
        preferred_label: string
        alternative_labels: string[] | null
        description: string | null
      }>`select uri, preferred_label, alternative_labels, description from esco_skills
        order by uri`.execute(db)
      return result.rows.map((row) => ({
        uri: row.uri,
        preferredLabel: row.preferred_label,
        alternativeLabels: row.alternative_labels ?? [],
        description: row.description ?? undefined,
      }))
    },
    async listRejections(organisationId) {
      const result = await sql<{
        skill_uri: string
        preferred_label: string | null
        rejected_at: Date
      }>`select r.skill_uri, s.preferred_label, r.rejected_at
        from skill_suggestion_rejections r left join esco_skills s on s.uri = r.skill_uri
        where r.organisation_id = ${organisationId}
        order by r.rejected_at desc, r.skill_uri`.execute(db)
      return result.rows.map((row) => ({
        skillUri: row.skill_uri,
        preferredLabel: row.preferred_label ?? row.skill_uri,
        rejectedAt: new Date(row.rejected_at),
      }))
    },
    async addRejection(rejection) {
      await sql`insert into skill_suggestion_rejections
          (organisation_id, skill_uri, rejected_by, rejected_at)
        values (${rejection.organisationId}, ${rejection.skillUri}, ${rejection.rejectedBy ?? null},
          ${rejection.rejectedAt})
        on conflict (organisation_id, skill_uri) do nothing`.execute(db)
    },
    async removeRejection(organisationId, skillUri) {
      const result = await sql`delete from skill_suggestion_rejections
        where organisation_id = ${organisationId} and skill_uri = ${skillUri}`.execute(db)
      return Number(result.numAffectedRows ?? 0) > 0
    },
  }
}
