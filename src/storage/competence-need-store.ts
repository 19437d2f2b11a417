import { type Kysely, type Selectable, sql } from 'kysely'
import type {
  CompetenceNeed,
  CompetenceNeedDetails,
  CompetenceNeedState,
  CompetenceNeedStore,
  CompetenceNeedVisibility,
  LanguageMap,
  LearningOutcome,
  MatchCandidate,
  RelatedSkillLink,
  SkillRelation,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { CompetenceNeedRow, Database } from './schema.js'

export function createCompetenceNeedStore(db: Kysely<Database>): CompetenceNeedStore {
  return {
    async create(need) {
      await db
        .insertInto('competence_needs')
        .values({
          id: need.id,
          organisation_id: need.organisationId,
          state: need.state,
          ...toDetailColumns(need.details),
          created_by: need.createdBy ?? null,
          created_at: need.createdAt,
          updated_at: need.updatedAt,
          closed_at: need.closedAt ?? null,
        })
        .execute()
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('competence_needs').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async updateDetails(id, details, at) {
      await db
        .updateTable('competence_needs')
        .set({ ...toDetailColumns(details), updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async close(id, at) {
      await db
        .updateTable('competence_needs')
        .set({ state: 'closed', closed_at: at, updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async listForOrganisation(organisationId) {
      const rows = await db
        .selectFrom('competence_needs')
        .selectAll()
        .where('organisation_id', '=', organisationId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async listOpen(query) {
      let base = db.selectFrom('competence_needs').where('state', '=', 'open')
      const visibilities = [...query.visibilities]
      const organisations = [...query.alsoOrganisationIds]
      base = base.where((where) =>
        where.or([
          ...(visibilities.length > 0 ? [where('visibility', 'in', visibilities)] : []),
          ...(organisations.length > 0 ? [where('organisation_id', 'in', organisations)] : []),
          ...(visibilities.length === 0 && organisations.length === 0 ? [sql<boolean>`false`] : []),
        ]),
      )
      if (query.skillUris !== undefined) {
        if (query.skillUris.length === 0) {
          return { items: [], total: 0 }
        }
        base = base.where(sql<boolean>`skill_uris && ${textArray(query.skillUris)}`)
      }
      const [rows, count] = await Promise.all([
        base
          .selectAll()
          .orderBy('created_at', 'desc')
          .orderBy('id')
          .limit(query.limit)
          .offset(query.offset)
          .execute(),
        base.select((select) => select.fn.countAll<string>().as('total')).executeTakeFirst(),
      ])
      return { items: rows.map(fromRow), total: Number(count?.total ?? 0) }
    },
    async listPublishedSkillSets(skillUris) {
      if (skillUris.length === 0) {
        return []
      }
      // An index-only scan of the narrow catalogue_skills; only the shared skills leave it.
      const result = await sql<{
        specification_id: string
        version_id: string
        skill_uris: string[]
      }>`select specification_id, version_id, array_agg(skill_uri) as skill_uris
        from catalogue_skills where skill_uri = any(${textArray(skillUris)})
        group by specification_id, version_id`.execute(db)
      return result.rows.map((row) => ({
        specificationId: row.specification_id,
        versionId: row.version_id,
        skillUris: row.skill_uris,
      }))
    },
    async listMatchCandidates(versionIds) {
      if (versionIds.length === 0) {
        return []
      }
      // Only the title and the outcomes leave the database, not the whole content.
      const result = await sql<{
        specification_id: string
        version_id: string
        organisation_id: string
        title: LanguageMap
        learning_outcomes: LearningOutcome[] | null
      }>`select version.specification_id, version.id as version_id, specification.organisation_id,
          version.content -> 'title' as title, version.content -> 'learningOutcomes' as learning_outcomes
        from specification_versions version
        join specifications specification on specification.id = version.specification_id
        where version.id in (${sql.join(versionIds.map((id) => sql.val(id)))})`.execute(db)
      return result.rows.map(
        (row): MatchCandidate => ({
          specificationId: row.specification_id,
          versionId: row.version_id,
          organisationId: row.organisation_id,
          title: row.title ?? {},
          learningOutcomes: row.learning_outcomes ?? [],
        }),
      )
    },
    async listRelatedSkillLinks(skillUris, direction = 'from') {
      if (skillUris.length === 0) {
        return []
      }
      const uris = textArray(skillUris)
      // Broader concepts may be skills or skill groups; a link without a label is left out. The
      // skill–skill relations count both ways: ESCO records each pair once.
      const filter =
        direction === 'from'
          ? {
              broader: sql`b.concept_uri = any(${uris})`,
              forward: sql`r.from_skill_uri = any(${uris})`,
              backward: sql`r.to_skill_uri = any(${uris})`,
            }
          : {
              broader: sql`b.broader_uri = any(${uris})`,
              forward: sql`r.to_skill_uri = any(${uris})`,
              backward: sql`r.from_skill_uri = any(${uris})`,
            }
      const result = await sql<{
        skill_uri: string
        related_uri: string
        related_label: string | null
        relation: SkillRelation
      }>`select b.concept_uri as skill_uri, b.broader_uri as related_uri,
          coalesce(s.preferred_label, g.preferred_label) as related_label, 'broader' as relation
        from esco_broader_relations b
        left join esco_skills s on s.uri = b.broader_uri
        left join esco_skill_groups g on g.uri = b.broader_uri
        where ${filter.broader}
        union all
        select r.from_skill_uri, r.to_skill_uri, s.preferred_label, 'related-' || r.relation_type
        from esco_skill_relations r join esco_skills s on s.uri = r.to_skill_uri
        where ${filter.forward}
        union all
        select r.to_skill_uri, r.from_skill_uri, s.preferred_label, 'related-' || r.relation_type
        from esco_skill_relations r join esco_skills s on s.uri = r.from_skill_uri
        where ${filter.backward}`.execute(db)
      return result.rows.flatMap((row): RelatedSkillLink[] =>
        row.related_label === null
          ? []
          : [
              {
                skillUri: row.skill_uri,
                relatedUri: row.related_uri,
                relatedLabel: row.related_label,
                relation: row.relation,
              },
            ],
      )
    },
  }
}

function textArray(values: readonly string[]) {
  return sql`array[${sql.join(values.map((value) => sql.val(value)))}]::text[]`
}

function toDetailColumns(details: CompetenceNeedDetails) {
  return {
    title: details.title,
    description: details.description,
    occupation_uri: details.occupationUri ?? null,
    skills: toJsonb(details.skills),
    skill_uris: sql<string[]>`${textArray(details.skills.map((skill) => skill.uri))}`,
    people_count: details.peopleCount,
    region: details.region,
    starts_on: details.startsOn,
    ends_on: details.endsOn,
    visibility: details.visibility,
  }
}

function fromRow(row: Selectable<CompetenceNeedRow>): CompetenceNeed {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    state: row.state as CompetenceNeedState,
    details: {
      title: row.title,
      description: row.description,
      occupationUri: row.occupation_uri ?? undefined,
      skills: row.skills,
      peopleCount: row.people_count,
      region: row.region,
      startsOn: row.starts_on,
      endsOn: row.ends_on,
      visibility: row.visibility as CompetenceNeedVisibility,
    },
    createdBy: row.created_by ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at ?? undefined,
  }
}
