import { type Kysely, type Selectable, sql } from 'kysely'
import type {
  LanguageMap,
  RecognitionDecision,
  RecognitionOutcome,
  RecognitionProposal,
  RecognitionRequest,
  RecognitionRequestState,
  RecognitionStore,
  RecognitionTarget,
  RecognitionTargetKind,
  VerificationReport,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type {
  RecognitionDecisionRow,
  RecognitionRequestRow,
  RecognitionTargetRow,
} from './recognition-rows.js'
import type { Database } from './schema.js'

/** An id no request has: `<>` it excludes nothing. */
const nobody = '00000000-0000-0000-0000-000000000000'

export function createRecognitionStore(db: Kysely<Database>): RecognitionStore {
  const toTargetValues = (target: RecognitionTarget) => ({
    id: target.id,
    organisation_id: target.organisationId,
    code: target.code,
    name: toJsonb(target.name),
    ects: target.ects,
    eqf_level: target.eqfLevel ?? null,
    learning_outcomes: toJsonb(target.learningOutcomes),
    skill_uris: [...target.skillUris],
    kind: target.kind,
    created_at: target.createdAt,
    updated_at: target.updatedAt,
  })
  return {
    async createTarget(target) {
      const inserted = await db
        .insertInto('recognition_targets')
        .values(toTargetValues(target))
        .onConflict((conflict) => conflict.columns(['organisation_id', 'code']).doNothing())
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async importTargets(targets) {
      let created = 0
      for (const target of targets) {
        // xmax = 0 only on a row this statement inserted: tells a new course from a replaced one.
        const row = await db
          .insertInto('recognition_targets')
          .values(toTargetValues(target))
          .onConflict((conflict) =>
            conflict.columns(['organisation_id', 'code']).doUpdateSet((excluded) => ({
              name: excluded.ref('excluded.name'),
              ects: excluded.ref('excluded.ects'),
              eqf_level: excluded.ref('excluded.eqf_level'),
              learning_outcomes: excluded.ref('excluded.learning_outcomes'),
              skill_uris: excluded.ref('excluded.skill_uris'),
              kind: excluded.ref('excluded.kind'),
              updated_at: excluded.ref('excluded.updated_at'),
            })),
          )
          .returning(sql<boolean>`(xmax = 0)`.as('is_new'))
          .executeTakeFirstOrThrow()
        created += row.is_new ? 1 : 0
      }
      return { created, replaced: targets.length - created }
    },
    async findTarget(id) {
      const row = await db
        .selectFrom('recognition_targets')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? undefined : fromTargetRow(row)
    },
    async listTargets(query) {
      let select = db.selectFrom('recognition_targets').selectAll()
      if (query.organisationId !== undefined) {
        select = select.where('organisation_id', '=', query.organisationId)
      }
      const rows = await select.orderBy('code').orderBy('id').execute()
      return rows.map(fromTargetRow)
    },
    async createRequest(request) {
      const inserted = await db
        .insertInto('recognition_requests')
        .values({
          id: request.id,
          person_id: request.personId,
          organisation_id: request.organisationId,
          target_id: request.targetId,
          credential_kind: request.credential.kind,
          credential_id: request.credential.id,
          achievement_key: request.achievementKey,
          achievement_name: request.achievementName,
          state: request.state,
          proposal: toJsonb(request.proposal),
          report: toJsonb(request.report),
          submitted_at: request.submittedAt,
          closed_at: request.closedAt ?? null,
        })
        // Two submissions at once: one lands, the other learns that the request exists.
        .onConflict((conflict) =>
          conflict
            .columns(['person_id', 'credential_kind', 'credential_id', 'target_id'])
            .where('state', '=', 'submitted')
            .doNothing(),
        )
        .returning('id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async findRequest(id, options) {
      let query = db.selectFrom('recognition_requests').selectAll().where('id', '=', id)
      if (options?.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRequestRow(row)
    },
    async listRequestsForPerson(personId) {
      const rows = await db
        .selectFrom('recognition_requests')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('submitted_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromRequestRow)
    },
    async listRequestsForOrganisation(organisationId, state) {
      let query = db
        .selectFrom('recognition_requests')
        .selectAll()
        .where('organisation_id', '=', organisationId)
      if (state !== undefined) {
        query = query.where('state', '=', state)
      }
      const rows = await query.orderBy('submitted_at').orderBy('id').execute()
      return rows.map(fromRequestRow)
    },
    async closeRequest(id, state, at) {
      await db
        .updateTable('recognition_requests')
        .set({ state, closed_at: at })
        .where('id', '=', id)
        .execute()
    },
    async createDecision(decision) {
      await db
        .insertInto('recognition_decisions')
        .values({
          request_id: decision.requestId,
          outcome: decision.outcome,
          ects_granted: decision.ectsGranted,
          justification: decision.justification,
          decided_by: decision.decidedBy === '' ? null : decision.decidedBy,
          decided_at: decision.decidedAt,
          follows_proposal: decision.followsProposal,
          record_credential_id: decision.recordCredentialId,
          is_shared: decision.isShared,
        })
        .execute()
    },
    async findDecision(requestId) {
      const row = await db
        .selectFrom('recognition_decisions')
        .selectAll()
        .where('request_id', '=', requestId)
        .executeTakeFirst()
      return row === undefined ? undefined : fromDecisionRow(row)
    },
    async listPrecedentDecisions(query) {
      // Counted in the database: a popular specification has thousands of decisions, and only
      // their tally per institution and target is shown.
      const rows = await db
        .selectFrom('recognition_decisions as decision')
        .innerJoin('recognition_requests as request', 'request.id', 'decision.request_id')
        .innerJoin('recognition_targets as target', 'target.id', 'request.target_id')
        .innerJoin('organisations as organisation', 'organisation.id', 'request.organisation_id')
        .select((select) => [
          'request.organisation_id',
          'organisation.name as organisation_name',
          'target.id as target_id',
          'target.code as target_code',
          'target.name as target_name',
          sql<number>`count(*) filter (where decision.outcome = 'full')::integer`.as('full_count'),
          sql<number>`count(*) filter (where decision.outcome = 'partial')::integer`.as(
            'partial_count',
          ),
          sql<number>`count(*) filter (where decision.outcome = 'none')::integer`.as(
            'refused_count',
          ),
          select.fn.max('decision.decided_at').as('last_decided_at'),
        ])
        .where('request.achievement_key', '=', query.achievementKey)
        .where('decision.request_id', '<>', query.excludeRequestId ?? nobody)
        .where((where) =>
          where.or([
            where('request.organisation_id', '=', query.organisationId),
            where('decision.is_shared', '=', true),
          ]),
        )
        .groupBy(['request.organisation_id', 'organisation.name', 'target.id'])
        .execute()
      return rows.map((row) => ({
        organisationId: row.organisation_id,
        organisationName: row.organisation_name as LanguageMap,
        targetId: row.target_id,
        targetCode: row.target_code,
        targetName: row.target_name as LanguageMap,
        fullCount: row.full_count,
        partialCount: row.partial_count,
        refusedCount: row.refused_count,
        lastDecidedAt: new Date(row.last_decided_at),
      }))
    },
  }
}

function fromTargetRow(row: Selectable<RecognitionTargetRow>): RecognitionTarget {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    code: row.code,
    name: row.name,
    ects: row.ects,
    eqfLevel: row.eqf_level ?? undefined,
    learningOutcomes: row.learning_outcomes,
    skillUris: row.skill_uris,
    kind: row.kind as RecognitionTargetKind,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function fromRequestRow(row: Selectable<RecognitionRequestRow>): RecognitionRequest {
  return {
    id: row.id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    targetId: row.target_id,
    credential: { kind: row.credential_kind as 'issued' | 'imported', id: row.credential_id },
    achievementKey: row.achievement_key,
    achievementName: row.achievement_name,
    state: row.state as RecognitionRequestState,
    proposal: row.proposal as RecognitionProposal,
    report: row.report as VerificationReport,
    submittedAt: row.submitted_at,
    closedAt: row.closed_at ?? undefined,
  }
}

function fromDecisionRow(row: Selectable<RecognitionDecisionRow>): RecognitionDecision {
  return {
    requestId: row.request_id,
    outcome: row.outcome as RecognitionOutcome,
    ectsGranted: row.ects_granted,
    justification: row.justification,
    decidedBy: row.decided_by ?? '',
    decidedAt: row.decided_at,
    followsProposal: row.follows_proposal,
    recordCredentialId: row.record_credential_id,
    isShared: row.is_shared,
  }
}
