import type { Kysely, Selectable } from 'kysely'
import type { WorkspaceComment, WorkspaceCommentStore } from '../core/index.js'
import type { Database, WorkspaceCommentRow } from './schema.js'
import { fromAnchorColumns, toAnchorColumns } from './workspace-anchor-columns.js'

export function createWorkspaceCommentStore(db: Kysely<Database>): WorkspaceCommentStore {
  return {
    async create(comment) {
      await db
        .insertInto('workspace_comments')
        .values({
          id: comment.id,
          version_id: comment.versionId,
          parent_id: comment.parentId ?? null,
          ...toAnchorColumns(comment.anchor),
          author_id: comment.authorId,
          text: comment.text,
          created_at: comment.createdAt,
          resolved_by: comment.resolvedBy ?? null,
          resolved_at: comment.resolvedAt ?? null,
        })
        .execute()
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('workspace_comments').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async listForVersion(versionId) {
      const rows = await db
        .selectFrom('workspace_comments')
        .selectAll()
        .where('version_id', '=', versionId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map(fromRow)
    },
    async resolve(id, personId, at) {
      await db
        .updateTable('workspace_comments')
        .set({ resolved_by: personId, resolved_at: at })
        .where('id', '=', id)
        .execute()
    },
  }
}

function fromRow(row: Selectable<WorkspaceCommentRow>): WorkspaceComment {
  return {
    id: row.id,
    versionId: row.version_id,
    parentId: row.parent_id ?? undefined,
    anchor: fromAnchorColumns(row),
    authorId: row.author_id,
    text: row.text,
    createdAt: row.created_at,
    resolvedBy: row.resolved_by ?? undefined,
    resolvedAt: row.resolved_at ?? undefined,
  }
}
