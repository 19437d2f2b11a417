import { type Kysely, sql } from 'kysely'
import type { CoDesignInsightStore, LanguageMap } from '../core/index.js'
import type { Database } from './schema.js'

export function createCoDesignInsightStore(db: Kysely<Database>): CoDesignInsightStore {
  return {
    async readDemand(readership) {
      // The open needs the reader may read, as in listing them (decision 0022, Visibility).
      const needs = sql`select id, skills, people_count, region from competence_needs
        where state = 'open' and (visibility = any(${textArray(readership.visibilities)})
          or organisation_id = any(${uuidArray(readership.alsoOrganisationIds)}))`
      const skills = await sql<{
        uri: string
        label: string
        need_count: string
        people_count: string
        offer_count: string
      }>`with needs as (${needs}),
        demand as (
          select skill ->> 'uri' as uri, min(skill ->> 'preferredLabel') as label,
            count(*) as need_count, sum(people_count) as people_count
          from needs cross join lateral jsonb_array_elements(skills) skill group by 1
        ),
        supply as (
          select skill_uri, count(distinct specification_id) as offer_count from catalogue_skills
          where skill_uri in (select uri from demand) group by 1
        )
        select d.uri, d.label, d.need_count, d.people_count, coalesce(s.offer_count, 0) as offer_count
        from demand d left join supply s on s.skill_uri = d.uri`.execute(db)
      const regions = await sql<{ region: string; need_count: string; people_count: string }>`
        with needs as (${needs})
        select region, count(*) as need_count, sum(people_count) as people_count
        from needs group by region`.execute(db)
      // A need's fields: the ISCED-F broad fields (two digits) above its skills in ESCO's
      // hierarchy; a need without one counts under no field (null).
      const fields = await sql<{
        field_uri: string | null
        label: string | null
        need_count: string
      }>`
        with recursive needs as (${needs}),
        need_skills as (
          select n.id as need_id, skill ->> 'uri' as uri
          from needs n cross join lateral jsonb_array_elements(n.skills) skill
        ),
        up (need_id, uri, depth) as (
          select need_id, uri, 0 from need_skills
          union
          select up.need_id, b.broader_uri, up.depth + 1
          from up join esco_broader_relations b on b.concept_uri = up.uri
          where up.depth < 10
        ),
        need_fields as (
          select distinct n.id as need_id, f.uri as field_uri
          from needs n left join (
            select need_id, uri from up
            where uri ~ '^http://data\\.europa\\.eu/esco/isced-f/[0-9]{2}$'
          ) f on f.need_id = n.id
        )
        select nf.field_uri, g.preferred_label as label, count(*) as need_count
        from need_fields nf left join esco_skill_groups g on g.uri = nf.field_uri
        group by nf.field_uri, g.preferred_label`.execute(db)
      return {
        skills: skills.rows.map((row) => ({
          uri: row.uri,
          label: row.label,
          needCount: Number(row.need_count),
          peopleCount: Number(row.people_count),
          offerCount: Number(row.offer_count),
        })),
        regions: regions.rows.map((row) => ({
          region: row.region,
          needCount: Number(row.need_count),
          peopleCount: Number(row.people_count),
        })),
        fields: fields.rows.map((row) => ({
          fieldUri: row.field_uri ?? undefined,
          label: row.label ?? undefined,
          needCount: Number(row.need_count),
        })),
      }
    },
    async readAnswers(readership, draftOrganisationIds) {
      // Which institutions teach a skill of which readable open need: in the published
      // catalogue for every institution, in drafts only for `draftOrganisationIds` (drafts are
      // their own institution's to see).
      const result = await sql<{
        organisation_id: string
        slug: string
        name: LanguageMap
        published_needs: string
        draft_needs: string
      }>`with needs as (
          select id, skill_uris from competence_needs
          where state = 'open' and (visibility = any(${textArray(readership.visibilities)})
            or organisation_id = any(${uuidArray(readership.alsoOrganisationIds)}))
        ),
        published as (
          select distinct s.organisation_id, n.id as need_id
          from needs n
          join catalogue_skills c on c.skill_uri = any(n.skill_uris)
          join specifications s on s.id = c.specification_id
        ),
        draft_skills as (
          select distinct s.organisation_id, skill ->> 'uri' as uri
          from specification_versions v
          join specifications s on s.id = v.specification_id
          cross join lateral jsonb_array_elements(coalesce(v.content -> 'learningOutcomes', '[]')) outcome
          cross join lateral jsonb_array_elements(coalesce(outcome -> 'skills', '[]')) skill
          where v.status = 'draft' and s.organisation_id = any(${uuidArray(draftOrganisationIds)})
        ),
        drafted as (
          select distinct d.organisation_id, n.id as need_id
          from needs n join draft_skills d on d.uri = any(n.skill_uris)
        )
        select o.id as organisation_id, o.slug, o.name,
          (select count(*) from published p where p.organisation_id = o.id) as published_needs,
          (select count(*) from drafted d where d.organisation_id = o.id) as draft_needs
        from organisations o
        where o.kind = 'institution'
          and (o.id in (select organisation_id from published)
            or o.id in (select organisation_id from drafted))`.execute(db)
      return result.rows.map((row) => ({
        organisationId: row.organisation_id,
        slug: row.slug,
        name: row.name,
        publishedNeedCount: Number(row.published_needs),
        draftNeedCount: Number(row.draft_needs),
      }))
    },
  }
}

function textArray(values: readonly string[]) {
  return values.length === 0
    ? sql`array[]::text[]`
    : sql`array[${sql.join(values.map((value) => sql.val(value)))}]::text[]`
}

function uuidArray(values: readonly string[]) {
  return values.length === 0
    ? sql`array[]::uuid[]`
    : sql`array[${sql.join(values.map((value) => sql.val(value)))}]::uuid[]`
}
