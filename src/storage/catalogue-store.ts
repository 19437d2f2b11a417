import { type Kysely, type RawBuilder, sql } from 'kysely'
import type { CatalogueHit, CatalogueStore, LanguageMap } from '../core/index.js'
import type { Database } from './schema.js'

/** How many words of the catalogue's vocabulary one search word may stand for. */
const formsPerWord = 20

export function createCatalogueStore(db: Kysely<Database>): CatalogueStore {
  return {
    async put(documents) {
      if (documents.length === 0) {
        return
      }
      const rows = JSON.stringify(
        documents.map((document) => ({
          specification_id: document.specificationId,
          version_id: document.versionId,
          title: document.title,
          summary: document.summary,
          awarding_body_ids: document.awardingBodyIds,
          ects: document.ects ?? null,
          eqf_level: document.eqfLevel ?? null,
          isced_field: document.iscedField ?? null,
          forms_of_participation: document.formsOfParticipation,
          languages: document.languages,
          price_cents: document.price?.amountCents ?? null,
          price_currency: document.price?.currency ?? null,
          skill_uris: document.skillUris,
          published_at: document.publishedAt.toISOString(),
          ...Object.fromEntries(
            (['A', 'B', 'C'] as const).flatMap((weight) =>
              (['fi', 'sv', 'en', 'all'] as const).map((part) => [
                `${weight.toLowerCase()}_${part}`,
                document.texts[weight][part],
              ]),
            ),
          ),
        })),
      )
      const weighted = (weight: 'A' | 'B' | 'C') => {
        const column = (part: string) => sql.ref(`d.${weight.toLowerCase()}_${part}`)
        return sql`setweight(to_tsvector('finnish', ${column('fi')}) || to_tsvector('swedish', ${column('sv')})
          || to_tsvector('english', ${column('en')}) || to_tsvector('simple', ${column('all')}), ${weight})`
      }
      const input = sql`jsonb_to_recordset(${rows}::jsonb) as d(
        specification_id uuid, version_id uuid, title jsonb, summary jsonb, awarding_body_ids uuid[],
        ects numeric, eqf_level text, isced_field text, forms_of_participation text[],
        languages text[], price_cents integer, price_currency text, skill_uris text[],
        published_at timestamptz, a_fi text, a_sv text, a_en text, a_all text, b_fi text,
        b_sv text, b_en text, b_all text, c_fi text, c_sv text, c_en text, c_all text)`
      await sql`
        insert into catalogue_entries (specification_id, version_id, title, summary,
          awarding_body_ids, ects, eqf_level, isced_field, forms_of_participation, languages,
          price_cents, price_currency, skill_uris, published_at, search_vector)
        select d.specification_id, d.version_id, d.title, d.summary, d.awarding_body_ids, d.ects,
          d.eqf_level, d.isced_field, d.forms_of_participation, d.languages, d.price_cents,
          d.price_currency, d.skill_uris, d.published_at,
          ${weighted('A')} || ${weighted('B')} || ${weighted('C')}
        from ${input}
        on conflict (specification_id) do update set
          version_id = excluded.version_id, title = excluded.title, summary = excluded.summary,
          awarding_body_ids = excluded.awarding_body_ids, ects = excluded.ects,
          eqf_level = excluded.eqf_level, isced_field = excluded.isced_field,
          forms_of_participation = excluded.forms_of_participation,
          languages = excluded.languages, price_cents = excluded.price_cents,
          price_currency = excluded.price_currency, skill_uris = excluded.skill_uris,
          published_at = excluded.published_at, search_vector = excluded.search_vector`.execute(db)
      // Words stay in the vocabulary when their entry goes: a stale word only widens a search by a
      // term that no entry holds.
      await sql`
        insert into catalogue_words (word)
        select distinct w.word
        from ${input}
        cross join lateral unnest(tsvector_to_array(
          to_tsvector('simple', d.a_all || ' ' || d.b_all || ' ' || d.c_all))) as w(word)
        where w.word ~ '^[[:alnum:]]{3,60}$'
        order by w.word
        on conflict (word) do nothing`.execute(db)
    },
    async remove(specificationId) {
      await sql`delete from catalogue_entries where specification_id = ${specificationId}`.execute(
        db,
      )
    },
    async search(query) {
      const conditions: RawBuilder<unknown>[] = []
      if (query.ectsMin !== undefined) {
        conditions.push(sql`e.ects >= ${query.ectsMin}`)
      }
      if (query.ectsMax !== undefined) {
        conditions.push(sql`e.ects <= ${query.ectsMax}`)
      }
      if (query.eqfLevel !== undefined) {
        conditions.push(sql`e.eqf_level = ${query.eqfLevel}`)
      }
      if (query.iscedField !== undefined) {
        conditions.push(sql`e.isced_field like ${`${query.iscedField}%`}`)
      }
      if (query.formOfParticipation !== undefined) {
        conditions.push(
          sql`e.forms_of_participation @> array[${query.formOfParticipation}]::text[]`,
        )
      }
      if (query.language !== undefined) {
        conditions.push(sql`e.languages @> array[${query.language}]::text[]`)
      }
      if (query.organisationId !== undefined) {
        conditions.push(sql`e.awarding_body_ids @> array[${query.organisationId}]::uuid[]`)
      }
      if (query.priceMaxCents !== undefined) {
        conditions.push(sql`e.price_cents <= ${query.priceMaxCents}`)
      }
      if (query.skillUri !== undefined) {
        conditions.push(sql`e.skill_uris @> array[${query.skillUri}]::text[]`)
      }
      // The text query is built first and sent back as a constant, so that the planner can use
      // the tsvector index.
      const textSearch = await toTextQuery(db, query.words)
      const filters = conditions.length === 0 ? sql`true` : sql.join(conditions, sql` and `)
      // The matches are gathered narrow (id, date, score, filter columns) and counted from there;
      // only the page's entries are read in full. A text search always starts from the text
      // index: the filters then apply to its matches (the planner otherwise starts from a filter's
      // index when it overestimates the text matches, and rechecks the text on every entry).
      const candidates =
        textSearch === undefined
          ? sql`select e.specification_id, e.published_at, 0::real as score
              from catalogue_entries e where ${filters}`
          : sql`select e.specification_id, e.published_at, e.score
              from (select specification_id, published_at, ects, eqf_level, isced_field,
                  forms_of_participation, languages, awarding_body_ids, price_cents, skill_uris,
                  ts_rank(search_vector, ${textSearch}::tsquery) as score
                from catalogue_entries
                where search_vector @@ ${textSearch}::tsquery
                offset 0) e
              where ${filters}`
      const pageQuery = sql<CatalogueRow>`
        with matches as materialized (${candidates}),
        page as (
          select * from matches
          order by score desc, published_at desc, specification_id
          limit ${query.limit} offset ${query.offset}
        )
        select e.specification_id, e.version_id, e.title, e.summary, e.awarding_body_ids, e.ects,
          e.eqf_level, e.isced_field, e.forms_of_participation, e.languages, e.price_cents,
          e.price_currency, e.published_at, p.score,
          (select count(*) from matches) as total
        from page p
        join catalogue_entries e on e.specification_id = p.specification_id
        order by p.score desc, p.published_at desc, p.specification_id`
      const result =
        textSearch === undefined
          ? await pageQuery.execute(db)
          : await inSearchTransaction(db, (transaction) => pageQuery.execute(transaction))
      const first = result.rows[0]
      const total =
        first === undefined
          ? query.offset === 0
            ? 0
            : await countPastEnd(db, candidates)
          : Number(first.total)
      return { items: result.rows.map(fromCatalogueRow), total }
    },
  }
}

/**
 * The text query as one tsquery: every search word must match, each through its Finnish, Swedish
 * or English stem, itself, or the vocabulary's words that start with it, resemble it by trigram
 * word similarity (which is how the genitive "ohjelmoinnin" meets "ohjelmointi") or share its
 * Finnish stem less the last two letters (which covers consonant and vowel changes: "kursseja" →
 * "kurssej" → "kurss…" meets "kurssit"). Words that a
 * language treats as a stop word ("ja", "och", "and") are left out; nothing left means no text
 * condition.
 */
async function toTextQuery(
  db: Kysely<Database>,
  words: readonly string[],
): Promise<string | undefined> {
  if (words.length === 0) {
    return undefined
  }
  const result = await sql<{ query: string | null }>`
    with query_words as (
      select w.word, plainto_tsquery('finnish', w.word) as fi,
        plainto_tsquery('swedish', w.word) as sv, plainto_tsquery('english', w.word) as en,
        case when length(s.stem) >= 7 then left(s.stem, length(s.stem) - 2) end as stem_prefix
      from unnest(${[...words]}::text[]) as w(word)
      cross join lateral (
        select coalesce((ts_lexize('finnish_stem', w.word))[1], w.word) as stem
      ) s
    ),
    word_queries as (
      select q.fi || q.sv || q.en || plainto_tsquery('simple', q.word) as base,
        (select string_agg(quote_literal(v.word), ' | ')
          from (select c.word from catalogue_words c
            where c.word like q.word || '%' or q.word <% c.word
              or c.word like q.stem_prefix || '%'
            order by word_similarity(q.word, c.word) desc, c.word
            limit ${formsPerWord}) v) as forms
      from query_words q
      where numnode(q.fi) > 0 and numnode(q.sv) > 0 and numnode(q.en) > 0
    ),
    text_query as (
      select string_agg('(' || (case when forms is null then base
        else base || forms::tsquery end)::text || ')', ' & ')::tsquery as query
      from word_queries
    )
    select query::text as query from text_query`.execute(db)
  return result.rows[0]?.query ?? undefined
}

/**
 * Runs a text search with sequential scans discouraged. A word's inflected forms occur together in
 * the same texts, but PostgreSQL estimates an OR of them as if they were independent and so
 * expects half the catalogue to match; it then reads every entry instead of asking the text index,
 * which is three times slower at 100,000 entries. The setting holds for this transaction only.
 */
async function inSearchTransaction<T>(
  db: Kysely<Database>,
  work: (transaction: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const run = async (transaction: Kysely<Database>) => {
    await sql`set local enable_seqscan = off`.execute(transaction)
    return work(transaction)
  }
  // Inside a caller's transaction the setting would outlive the search, so it is left alone there.
  return db.isTransaction ? work(db) : db.transaction().execute(run)
}

async function countPastEnd(
  db: Kysely<Database>,
  candidates: RawBuilder<unknown>,
): Promise<number> {
  const result = await sql<{ total: string }>`
    select count(*) as total from (${candidates}) c`.execute(db)
  return Number(result.rows[0]?.total ?? 0)
}

type CatalogueRow = {
  specification_id: string
  version_id: string
  title: LanguageMap
  summary: LanguageMap
  awarding_body_ids: string[]
  ects: string | number | null
  eqf_level: string | null
  isced_field: string | null
  forms_of_participation: string[]
  languages: string[]
  price_cents: number | null
  price_currency: string | null
  published_at: Date | string
  score: number | string
  total: number | string
}

function fromCatalogueRow(row: CatalogueRow): CatalogueHit {
  return {
    specificationId: row.specification_id,
    versionId: row.version_id,
    title: row.title,
    summary: row.summary,
    awardingBodyIds: row.awarding_body_ids,
    ects: row.ects === null ? undefined : Number(row.ects),
    eqfLevel: row.eqf_level ?? undefined,
    iscedField: row.isced_field ?? undefined,
    formsOfParticipation: row.forms_of_participation,
    languages: row.languages,
    price: row.price_cents === null ? undefined : { amountCents: row.price_cents, currency: 'EUR' },
    publishedAt: new Date(row.published_at),
    score: Math.round(Number(row.score) * 10_000) / 10_000,
  }
}
