import type { Kysely, Selectable } from 'kysely'
import {
  emptySpecificationContent,
  type SpecificationContent,
  type SpecificationStatus,
  type SpecificationStore,
  type SpecificationVersion,
  specificationStatuses,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, SpecificationVersionRow } from './schema.js'

export function createSpecificationStore(db: Kysely<Database>): SpecificationStore {
  const selectVersions = () =>
    db
      .selectFrom('specification_versions')
      .innerJoin('specifications', 'specifications.id', 'specification_versions.specification_id')
      .selectAll('specification_versions')
      .select('specifications.organisation_id')
  return {
    async create(specification, firstVersion) {
      await db
        .insertInto('specifications')
        .values({
          id: specification.id,
          organisation_id: specification.organisationId,
          created_at: specification.createdAt,
        })
        .execute()
      await this.addVersion(firstVersion)
    },
    async findSpecification(id) {
      const row = await db
        .selectFrom('specifications')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined
        ? undefined
        : { id: row.id, organisationId: row.organisation_id, createdAt: row.created_at }
    },
    async addVersion(version) {
      await db
        .insertInto('specification_versions')
        .values({
          id: version.id,
          specification_id: version.specificationId,
          version_number: version.versionNumber,
          status: version.status,
          content: toJsonb(version.content),
          change_log: version.changeLog,
          created_at: version.createdAt,
          updated_at: version.updatedAt,
          published_at: version.publishedAt ?? null,
          review_due_at: version.reviewDueAt ?? null,
        })
        .execute()
    },
    async findVersion(id, options = {}) {
      let query = selectVersions().where('specification_versions.id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromVersionRow(row)
    },
    async listVersions(specificationId) {
      const rows = await selectVersions()
        .where('specification_versions.specification_id', '=', specificationId)
        .orderBy('specification_versions.version_number')
        .execute()
      return rows.map(fromVersionRow)
    },
    async listLatestForOrganisation(organisationId) {
      const rows = await selectVersions()
        .where('specifications.organisation_id', '=', organisationId)
        .distinctOn('specification_versions.specification_id')
        .orderBy('specification_versions.specification_id')
        .orderBy('specification_versions.version_number', 'desc')
        .execute()
      return rows
        .map(fromVersionRow)
        .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime() || a.id.localeCompare(b.id))
    },
    async updateContent(id, content, at) {
      await db
        .updateTable('specification_versions')
        .set({ content: toJsonb(content), updated_at: at })
        .where('id', '=', id)
        .execute()
    },
    async setStatus(id, status, at, dates = {}) {
      await db
        .updateTable('specification_versions')
        .set({
          status,
          updated_at: at,
          ...(dates.publishedAt === undefined ? {} : { published_at: dates.publishedAt }),
          ...(dates.reviewDueAt === undefined ? {} : { review_due_at: dates.reviewDueAt }),
        })
        .where('id', '=', id)
        .execute()
    },
    async addReview(review) {
      await db
        .insertInto('specification_reviews')
        .values({
          id: review.id,
          version_id: review.versionId,
          reviewer_id: review.reviewerId ?? null,
          decision: review.decision,
          reasons: review.reasons,
          blocking_problem_count: review.blockingProblemCount,
          advisory_problem_count: review.advisoryProblemCount,
          decided_at: review.decidedAt,
        })
        .execute()
    },
    async listReviews(versionId) {
      const rows = await db
        .selectFrom('specification_reviews')
        .selectAll()
        .where('version_id', '=', versionId)
        .orderBy('decided_at')
        .orderBy('id')
        .execute()
      return rows.map((row) => ({
        id: row.id,
        versionId: row.version_id,
        reviewerId: row.reviewer_id ?? undefined,
        decision: row.decision === 'approve' ? 'approve' : 'return',
        reasons: row.reasons,
        blockingProblemCount: row.blocking_problem_count,
        advisoryProblemCount: row.advisory_problem_count,
        decidedAt: row.decided_at,
      }))
    },
  }
}

function fromVersionRow(
  row: Selectable<SpecificationVersionRow> & { organisation_id: string },
): SpecificationVersion {
  return {
    id: row.id,
    specificationId: row.specification_id,
    organisationId: row.organisation_id,
    versionNumber: row.version_number,
    status: toStatus(row.status),
    // Fields added to the model later read as their empty value in older versions.
    content: { ...emptySpecificationContent, ...(row.content as Partial<SpecificationContent>) },
    changeLog: row.change_log,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    publishedAt: row.published_at ?? undefined,
    reviewDueAt: row.review_due_at ?? undefined,
  }
}

function toStatus(value: string): SpecificationStatus {
  const status = specificationStatuses.find((candidate) => candidate === value)
  if (status === undefined) {
    throw new TypeError(`specification_versions.status holds an unknown value: ${value}`)
  }
  return status
}
