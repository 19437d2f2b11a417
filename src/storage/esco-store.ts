import { type Kysely, type RawBuilder, type Selectable, sql } from 'kysely'
import type {
  EscoConceptMatch,
  EscoImportCounts,
  EscoOccupation,
  EscoRelationType,
  EscoSkill,
  EscoSkillType,
  EscoStore,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, EscoOccupationRow, EscoSkillRow } from './schema.js'

export function createEscoStore(db: Kysely<Database>): EscoStore {
  return {
    async clear() {
      for (const table of [
        'esco_labels',
        'esco_occupation_skills',
        'esco_skill_relations',
        'esco_broader_relations',
        'esco_skill_groups',
        'esco_skills',
        'esco_occupations',
      ] as const) {
        await db.deleteFrom(table).execute()
      }
    },
    async insertSkills(skills) {
      await insertRows(
        db,
        'esco_skills',
        skills.map((skill) => ({
          uri: skill.uri,
          skill_type: skill.type ?? null,
          reuse_level: skill.reuseLevel ?? null,
          preferred_label: skill.preferredLabel,
          alternative_labels: skill.alternativeLabels,
          description: skill.description ?? null,
          status: skill.status ?? null,
        })),
        sql`uri text, skill_type text, reuse_level text, preferred_label text, alternative_labels jsonb, description text, status text`,
      )
      await insertLabels(db, 'skill', skills)
    },
    async insertOccupations(occupations) {
      await insertRows(
        db,
        'esco_occupations',
        occupations.map((occupation) => ({
          uri: occupation.uri,
          isco_group: occupation.iscoGroup ?? null,
          code: occupation.code ?? null,
          preferred_label: occupation.preferredLabel,
          alternative_labels: occupation.alternativeLabels,
          description: occupation.description ?? null,
          status: occupation.status ?? null,
        })),
        sql`uri text, isco_group text, code text, preferred_label text, alternative_labels jsonb, description text, status text`,
      )
      await insertLabels(db, 'occupation', occupations)
    },
    async insertSkillGroups(groups) {
      await insertRows(
        db,
        'esco_skill_groups',
        groups.map((group) => ({
          uri: group.uri,
          code: group.code ?? null,
          preferred_label: group.preferredLabel,
        })),
        sql`uri text, code text, preferred_label text`,
      )
    },
    async insertOccupationSkillRelations(relations) {
      await insertRows(
        db,
        'esco_occupation_skills',
        relations.map((relation) => ({
          occupation_uri: relation.occupationUri,
          skill_uri: relation.skillUri,
          relation_type: relation.relationType,
        })),
        sql`occupation_uri text, skill_uri text, relation_type text`,
      )
    },
    async insertSkillSkillRelations(relations) {
      await insertRows(
        db,
        'esco_skill_relations',
        relations.map((relation) => ({
          from_skill_uri: relation.fromSkillUri,
          to_skill_uri: relation.toSkillUri,
          relation_type: relation.relationType,
        })),
        sql`from_skill_uri text, to_skill_uri text, relation_type text`,
      )
    },
    async insertBroaderRelations(relations) {
      await insertRows(
        db,
        'esco_broader_relations',
        relations.map((relation) => ({
          concept_uri: relation.conceptUri,
          broader_uri: relation.broaderUri,
        })),
        sql`concept_uri text, broader_uri text`,
      )
    },
    async recordImport(record) {
      await db
        .insertInto('esco_imports')
        .values({
          id: record.id,
          source: record.source,
          version: record.version ?? null,
          imported_at: record.importedAt,
          counts: toJsonb(record.counts),
        })
        .execute()
    },
    async findLatestImport() {
      const row = await db
        .selectFrom('esco_imports')
        .selectAll()
        .orderBy('imported_at', 'desc')
        .orderBy('id', 'desc')
        .executeTakeFirst()
      return row === undefined
        ? undefined
        : {
            id: row.id,
            source: row.source,
            version: row.version ?? undefined,
            importedAt: row.imported_at,
            counts: row.counts as EscoImportCounts,
          }
    },
    async searchSkills(text, limit) {
      const rows = await searchLabels(db, 'skill', text, limit)
      const types = new Map(
        rows.length === 0
          ? []
          : (
              await db
                .selectFrom('esco_skills')
                .select(['uri', 'skill_type'])
                .where(
                  'uri',
                  'in',
                  rows.map((row) => row.uri),
                )
                .execute()
            ).map((row) => [row.uri, toSkillType(row.skill_type)]),
      )
      return rows.map((row) => ({ ...row, type: types.get(row.uri) }))
    },
    searchOccupations: (text, limit) => searchLabels(db, 'occupation', text, limit),
    async findSkill(uri) {
      const row = await db
        .selectFrom('esco_skills')
        .selectAll()
        .where('uri', '=', uri)
        .executeTakeFirst()
      if (row === undefined) {
        return undefined
      }
      const broader = await sql<{ uri: string; preferred_label: string }>`
        select b.broader_uri as uri, coalesce(s.preferred_label, g.preferred_label) as preferred_label
        from esco_broader_relations b
        left join esco_skills s on s.uri = b.broader_uri
        left join esco_skill_groups g on g.uri = b.broader_uri
        where b.concept_uri = ${uri} and (s.uri is not null or g.uri is not null)
        order by 2, 1`.execute(db)
      const related = await sql<{ uri: string; preferred_label: string; relation_type: string }>`
        select s.uri, s.preferred_label, r.relation_type
        from esco_skill_relations r
        join esco_skills s
          on s.uri = case when r.from_skill_uri = ${uri} then r.to_skill_uri else r.from_skill_uri end
        where r.from_skill_uri = ${uri} or r.to_skill_uri = ${uri}
        order by r.relation_type, s.preferred_label, s.uri`.execute(db)
      return {
        ...fromSkillRow(row),
        broader: broader.rows.map((item) => ({
          uri: item.uri,
          preferredLabel: item.preferred_label,
        })),
        related: related.rows.map((item) => ({
          uri: item.uri,
          preferredLabel: item.preferred_label,
          relationType: toRelationType(item.relation_type),
        })),
      }
    },
    async findOccupation(uri) {
      const row = await db
        .selectFrom('esco_occupations')
        .selectAll()
        .where('uri', '=', uri)
        .executeTakeFirst()
      if (row === undefined) {
        return undefined
      }
      const skills = await db
        .selectFrom('esco_occupation_skills as r')
        .innerJoin('esco_skills as s', 's.uri', 'r.skill_uri')
        .select(['s.uri', 's.preferred_label', 's.skill_type', 'r.relation_type'])
        .where('r.occupation_uri', '=', uri)
        .orderBy('s.preferred_label')
        .orderBy('s.uri')
        .execute()
      const toReference = (skill: (typeof skills)[number]) => ({
        uri: skill.uri,
        preferredLabel: skill.preferred_label,
        type: toSkillType(skill.skill_type),
      })
      return {
        ...fromOccupationRow(row),
        essentialSkills: skills
          .filter((skill) => skill.relation_type === 'essential')
          .map(toReference),
        optionalSkills: skills
          .filter((skill) => skill.relation_type === 'optional')
          .map(toReference),
      }
    },
  }
}

/**
 * Inserts rows as one jsonb parameter unpacked by the database: a batch of thousands of rows is
 * one statement with one parameter, far below PostgreSQL's 65,535-parameter limit, and much
 * faster to send than a parameter a value.
 */
async function insertRows(
  db: Kysely<Database>,
  table: string,
  rows: readonly Record<string, unknown>[],
  columns: RawBuilder<unknown>,
): Promise<void> {
  if (rows.length === 0) {
    return
  }
  const first = rows[0] ?? {}
  const names = sql.join(Object.keys(first).map((name) => sql.ref(name)))
  await sql`
    insert into ${sql.table(table)} (${names})
    select ${names} from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(${columns})`.execute(
    db,
  )
}

async function insertLabels(
  db: Kysely<Database>,
  kind: 'skill' | 'occupation',
  concepts: readonly (EscoSkill | EscoOccupation)[],
): Promise<void> {
  const rows = concepts.flatMap((concept) => [
    toLabelRow(kind, concept.uri, concept.preferredLabel, true),
    ...concept.alternativeLabels.map((label) => toLabelRow(kind, concept.uri, label, false)),
  ])
  await insertRows(
    db,
    'esco_labels',
    rows,
    sql`concept_kind text, concept_uri text, label text, search_text text, is_preferred boolean`,
  )
}

function toLabelRow(kind: string, uri: string, label: string, isPreferred: boolean) {
  return {
    concept_kind: kind,
    concept_uri: uri,
    label,
    search_text: label.toLowerCase(),
    is_preferred: isPreferred,
  }
}

/**
 * Labels matching `text`, one hit a concept with its best-matching label. Classes, best first:
 * the whole label, a prefix of it, a prefix of one of its words, then trigram word similarity
 * (which forgives typos). Within a class, closer labels come first, then the preferred label and
 * the URI, so that the order is stable.
 */
async function searchLabels(
  db: Kysely<Database>,
  kind: 'skill' | 'occupation',
  text: string,
  limit: number,
): Promise<EscoConceptMatch[]> {
  const escaped = text.replaceAll(/[\\%_]/g, (character) => `\\${character}`)
  const prefix = `${escaped}%`
  const wordPrefix = `% ${escaped}%`
  const conceptTable = kind === 'skill' ? sql.table('esco_skills') : sql.table('esco_occupations')
  const result = await sql<{
    uri: string
    preferred_label: string
    matched_label: string
    match_class: number
    closeness: number
  }>`
    with hits as (
      select distinct on (l.concept_uri) l.concept_uri, l.label, m.match_class, m.closeness
      from esco_labels l
      cross join lateral (
        select
          case
            when l.search_text = ${text} then 0
            when l.search_text like ${prefix} then 1
            when l.search_text like ${wordPrefix} then 2
            else 3
          end as match_class
      ) c
      cross join lateral (
        select c.match_class,
          case when c.match_class < 3 then similarity(l.search_text, ${text})
            else word_similarity(${text}, l.search_text) end as closeness
      ) m
      where l.concept_kind = ${kind}
        and (l.search_text like ${prefix} or l.search_text like ${wordPrefix}
          or ${text} <% l.search_text)
      order by l.concept_uri, m.match_class, m.closeness desc, l.is_preferred desc, l.label
    )
    select t.uri, t.preferred_label, h.label as matched_label, h.match_class, h.closeness
    from hits h
    join ${conceptTable} t on t.uri = h.concept_uri
    order by h.match_class, h.closeness desc, t.preferred_label, t.uri
    limit ${limit}`.execute(db)
  return result.rows.map((row) => ({
    uri: row.uri,
    preferredLabel: row.preferred_label,
    matchedLabel: row.matched_label,
    score: Math.round(((3 - Number(row.match_class) + Number(row.closeness)) / 4) * 1000) / 1000,
  }))
}

function fromSkillRow(row: Selectable<EscoSkillRow>): EscoSkill {
  return {
    uri: row.uri,
    type: toSkillType(row.skill_type),
    reuseLevel: row.reuse_level ?? undefined,
    preferredLabel: row.preferred_label,
    alternativeLabels: row.alternative_labels,
    description: row.description ?? undefined,
    status: row.status ?? undefined,
  }
}

function fromOccupationRow(row: Selectable<EscoOccupationRow>): EscoOccupation {
  return {
    uri: row.uri,
    iscoGroup: row.isco_group ?? undefined,
    code: row.code ?? undefined,
    preferredLabel: row.preferred_label,
    alternativeLabels: row.alternative_labels,
    description: row.description ?? undefined,
    status: row.status ?? undefined,
  }
}

function toSkillType(value: string | null): EscoSkillType | undefined {
  if (value === null) {
    return undefined
  }
  if (value !== 'skill' && value !== 'knowledge') {
    throw new TypeError(`esco_skills.skill_type holds an unknown value: ${value}`)
  }
  return value
}

function toRelationType(value: string): EscoRelationType {
  if (value !== 'essential' && value !== 'optional') {
    throw new TypeError(`an ESCO relation_type holds an unknown value: ${value}`)
  }
  return value
}
