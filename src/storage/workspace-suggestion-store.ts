import type { Kysely, Selectable } from 'kysely'
import {
  type SuggestionState,
  suggestionStates,
  type WorkspaceSuggestion,
  type WorkspaceSuggestionStore,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, WorkspaceSuggestionRow } from './schema.js'
import { fromAnchorColumns, toAnchorColumns } from './workspace-anchor-columns.js'

export function createWorkspaceSuggestionStore(db: Kysely<Database>): WorkspaceSuggestionStore {
  return {
    async create(suggestion) {
      await db
        .insertInto('workspace_suggestions')
        .values({
          id: suggestion.id,
          version_id: suggestion.versionId,
          ...toAnchorColumns(suggestion.anchor),
          proposed_value: toJsonb(suggestion.proposedValue),
          reason: suggestion.reason,
          state: suggestion.state,
          proposed_by: suggestion.proposedBy,
          proposed_at: suggestion.proposedAt,
          decided_by: suggestion.decidedBy ?? null,
          decided_at: suggestion.decidedAt ?? null,
        })
        .execute()
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('workspace_suggestions').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async listForVersion(versionId) {
      const rows = await db
        .selectFrom('workspace_suggestions')
        .selectAll()
        .where('version_id', '=', versionId)
        .orderBy('proposed_at')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async decide(id, state, personId, at) {
      await db
        .updateTable('workspace_suggestions')
        .set({ state, decided_by: personId, decided_at: at })
        .where('id', '=', id)
        .execute()
    },
  }
}

function fromRow(row: Selectable<WorkspaceSuggestionRow>): WorkspaceSuggestion {
  return {
    id: row.id,
    versionId: row.version_id,
    anchor: fromAnchorColumns(row),
    proposedValue: row.proposed_value,
    reason: row.reason,
    state: toState(row.state),
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at,
    decidedBy: row.decided_by ?? undefined,
    decidedAt: row.decided_at ?? undefined,
  }
}

function toState(value: string): SuggestionState {
  const state = suggestionStates.find((candidate) => candidate === value)
  if (state === undefined) {
    throw new TypeError(`unknown suggestion state ${value}`)
  }
  return state
}
