import type { WorkspaceAnchor } from '../core/index.js'

/** An anchor as its two columns: the kind, and a field's name or a learning outcome's id. */
export function toAnchorColumns(anchor: WorkspaceAnchor): { anchor_kind: string; anchor: string } {
  return anchor.kind === 'field'
    ? { anchor_kind: 'field', anchor: anchor.field }
    : { anchor_kind: 'learning-outcome', anchor: anchor.outcomeId }
}

export function fromAnchorColumns(row: { anchor_kind: string; anchor: string }): WorkspaceAnchor {
  return row.anchor_kind === 'learning-outcome'
    ? { kind: 'learning-outcome', outcomeId: row.anchor }
    : { kind: 'field', field: row.anchor }
}
