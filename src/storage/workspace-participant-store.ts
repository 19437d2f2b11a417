import type { Kysely, Selectable } from 'kysely'
import type { WorkspaceParticipant, WorkspaceParticipantStore } from '../core/index.js'
import type { Database, WorkspaceParticipantRow } from './schema.js'

export function createWorkspaceParticipantStore(db: Kysely<Database>): WorkspaceParticipantStore {
  return {
    async add(participant) {
      const inserted = await db
        .insertInto('workspace_participants')
        .values({
          version_id: participant.versionId,
          person_id: participant.personId,
          organisation_id: participant.organisationId,
          invited_by: participant.invitedBy ?? null,
          invited_at: participant.invitedAt,
        })
        // Two invitations of one person at once: one lands, the other learns it is a repeat.
        .onConflict((conflict) => conflict.columns(['version_id', 'person_id']).doNothing())
        .returning('person_id')
        .executeTakeFirst()
      return inserted !== undefined
    },
    async remove(versionId, personId) {
      const removed = await db
        .deleteFrom('workspace_participants')
        .where('version_id', '=', versionId)
        .where('person_id', '=', personId)
        .returning('person_id')
        .executeTakeFirst()
      return removed !== undefined
    },
    async isParticipant(versionId, personId) {
      const row = await db
        .selectFrom('workspace_participants')
        .select('person_id')
        .where('version_id', '=', versionId)
        .where('person_id', '=', personId)
        .executeTakeFirst()
      return row !== undefined
    },
    async listForVersion(versionId) {
      const rows = await db
        .selectFrom('workspace_participants')
        .selectAll()
        .where('version_id', '=', versionId)
        .orderBy('invited_at')
        .orderBy('person_id')
        .execute()
      return rows.map(fromRow)
    },
    async listForPerson(personId) {
      const rows = await db
        .selectFrom('workspace_participants')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('invited_at', 'desc')
        .orderBy('version_id')
        .execute()
      return rows.map(fromRow)
    },
    async listOpenedVersionIds(organisationIds) {
      if (organisationIds.length === 0) {
        return []
      }
      const rows = await db
        .selectFrom('workspace_participants')
        .innerJoin(
          'specification_versions',
          'specification_versions.id',
          'workspace_participants.version_id',
        )
        .innerJoin('specifications', 'specifications.id', 'specification_versions.specification_id')
        .select('workspace_participants.version_id')
        .distinct()
        .where('specifications.organisation_id', 'in', [...organisationIds])
        .orderBy('workspace_participants.version_id')
        .execute()
      return rows.map((row) => row.version_id)
    },
  }
}

function fromRow(row: Selectable<WorkspaceParticipantRow>): WorkspaceParticipant {
  return {
    versionId: row.version_id,
    personId: row.person_id,
    organisationId: row.organisation_id,
    invitedBy: row.invited_by ?? undefined,
    invitedAt: row.invited_at,
  }
}
