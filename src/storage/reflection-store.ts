import type { Kysely, Selectable } from 'kysely'
import type {
  CounsellorInvitation,
  CounsellorInvitationState,
  CredentialReference,
  Reflection,
  ReflectionComment,
  ReflectionStore,
} from '../core/index.js'
import { toJsonb } from './json.js'
import type { Database, ReflectionCommentRow, ReflectionRow } from './schema.js'

export function createReflectionStore(db: Kysely<Database>): ReflectionStore {
  const invitations = () =>
    db
      .selectFrom('counsellor_invitations')
      .innerJoin('people', 'people.id', 'counsellor_invitations.learner_person_id')
      .selectAll('counsellor_invitations')
      .select('people.display_name as learner_name')
  const comments = () =>
    db
      .selectFrom('reflection_comments')
      .innerJoin('people', 'people.id', 'reflection_comments.author_person_id')
      .selectAll('reflection_comments')
      .select('people.display_name as author_name')
  return {
    async create(reflection) {
      await db
        .insertInto('reflections')
        .values({
          id: reflection.id,
          person_id: reflection.personId,
          ...credentialColumns(reflection.credential),
          learning_outcome_key: reflection.learningOutcomeKey,
          text: reflection.text,
          reflected_on: reflection.reflectedOn,
          evidence_url: reflection.evidenceUrl ?? null,
          created_at: reflection.createdAt,
          updated_at: reflection.updatedAt,
        })
        .execute()
    },
    async update(personId, id, change) {
      const updated = await db
        .updateTable('reflections')
        .set({
          text: change.text,
          reflected_on: change.reflectedOn,
          evidence_url: change.evidenceUrl ?? null,
          updated_at: change.updatedAt,
        })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst()
      return updated !== undefined
    },
    async findById(id) {
      const row = await db
        .selectFrom('reflections')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row === undefined ? undefined : fromRow(row)
    },
    async delete(personId, id) {
      const deleted = await db
        .deleteFrom('reflections')
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .returning('id')
        .executeTakeFirst()
      return deleted !== undefined
    },
    async listForPerson(personId, credentials) {
      let query = db.selectFrom('reflections').selectAll().where('person_id', '=', personId)
      if (credentials !== undefined) {
        const issued = credentials.filter((each) => each.kind === 'issued').map((each) => each.id)
        const imported = credentials
          .filter((each) => each.kind === 'imported')
          .map((each) => each.id)
        if (issued.length === 0 && imported.length === 0) {
          return []
        }
        query = query.where((where) =>
          where.or([
            ...(issued.length === 0 ? [] : [where('issued_credential_id', 'in', issued)]),
            ...(imported.length === 0 ? [] : [where('imported_credential_id', 'in', imported)]),
          ]),
        )
      }
      const rows = await query.orderBy('reflected_on').orderBy('created_at').orderBy('id').execute()
      return rows.map(fromRow)
    },
    async createComment(comment) {
      await db
        .insertInto('reflection_comments')
        .values({
          id: comment.id,
          reflection_id: comment.reflectionId,
          invitation_id: comment.invitationId,
          author_person_id: comment.authorPersonId,
          text: comment.text,
          created_at: comment.createdAt,
        })
        .execute()
    },
    async listComments(reflectionIds) {
      if (reflectionIds.length === 0) {
        return []
      }
      const rows = await comments()
        .where('reflection_comments.reflection_id', 'in', [...reflectionIds])
        .orderBy('reflection_comments.created_at')
        .orderBy('reflection_comments.id')
        .execute()
      return rows.map(fromCommentRow)
    },
    async listCommentsBy(authorPersonId) {
      const rows = await comments()
        .where('reflection_comments.author_person_id', '=', authorPersonId)
        .orderBy('reflection_comments.created_at')
        .orderBy('reflection_comments.id')
        .execute()
      return rows.map(fromCommentRow)
    },
    async createInvitation(invitation) {
      await db
        .insertInto('counsellor_invitations')
        .values({
          id: invitation.id,
          learner_person_id: invitation.learnerPersonId,
          counsellor_email_address: invitation.counsellorEmailAddress,
          counsellor_person_id: invitation.counsellorPersonId ?? null,
          credentials: toJsonb(invitation.credentials),
          state: invitation.state,
          created_at: invitation.createdAt,
          accepted_at: invitation.acceptedAt ?? null,
          revoked_at: invitation.revokedAt ?? null,
        })
        .execute()
    },
    async findInvitation(id) {
      const row = await invitations().where('counsellor_invitations.id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : fromInvitationRow(row)
    },
    async listInvitationsByLearner(learnerPersonId) {
      const rows = await invitations()
        .where('counsellor_invitations.learner_person_id', '=', learnerPersonId)
        .orderBy('counsellor_invitations.created_at', 'desc')
        .orderBy('counsellor_invitations.id')
        .execute()
      return rows.map(fromInvitationRow)
    },
    async listInvitationsForCounsellor(personId, emailAddresses) {
      const rows = await invitations()
        .where((where) =>
          where.or([
            where('counsellor_invitations.counsellor_person_id', '=', personId),
            ...(emailAddresses.length === 0
              ? []
              : [
                  where('counsellor_invitations.counsellor_email_address', 'in', [
                    ...emailAddresses,
                  ]),
                ]),
          ]),
        )
        .orderBy('counsellor_invitations.created_at', 'desc')
        .orderBy('counsellor_invitations.id')
        .execute()
      return rows.map(fromInvitationRow)
    },
    async markInvitationAccepted(id, counsellorPersonId, at) {
      await db
        .updateTable('counsellor_invitations')
        .set({ state: 'accepted', counsellor_person_id: counsellorPersonId, accepted_at: at })
        .where('id', '=', id)
        .where('state', '=', 'invited')
        .execute()
    },
    async revokeInvitation(learnerPersonId, id, at) {
      const revoked = await db
        .updateTable('counsellor_invitations')
        .set({ state: 'revoked', revoked_at: at })
        .where('learner_person_id', '=', learnerPersonId)
        .where('id', '=', id)
        .where('state', '<>', 'revoked')
        .returning('id')
        .executeTakeFirst()
      return revoked !== undefined
    },
    async deleteForPerson(personId, emailAddresses) {
      await db.deleteFrom('reflection_comments').where('author_person_id', '=', personId).execute()
      await db.deleteFrom('reflections').where('person_id', '=', personId).execute()
      await db
        .deleteFrom('counsellor_invitations')
        .where((where) =>
          where.or([
            where('learner_person_id', '=', personId),
            where('counsellor_person_id', '=', personId),
            ...(emailAddresses.length === 0
              ? []
              : [where('counsellor_email_address', 'in', [...emailAddresses])]),
          ]),
        )
        .execute()
    },
  }
}

function credentialColumns(reference: CredentialReference) {
  return {
    issued_credential_id: reference.kind === 'issued' ? reference.id : null,
    imported_credential_id: reference.kind === 'imported' ? reference.id : null,
  }
}

function fromRow(row: Selectable<ReflectionRow>): Reflection {
  return {
    id: row.id,
    personId: row.person_id,
    credential:
      row.issued_credential_id !== null
        ? { kind: 'issued', id: row.issued_credential_id }
        : { kind: 'imported', id: row.imported_credential_id ?? '' },
    learningOutcomeKey: row.learning_outcome_key,
    text: row.text,
    reflectedOn: row.reflected_on,
    evidenceUrl: row.evidence_url ?? undefined,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function fromCommentRow(
  row: Selectable<ReflectionCommentRow> & { author_name: string },
): ReflectionComment {
  return {
    id: row.id,
    reflectionId: row.reflection_id,
    invitationId: row.invitation_id,
    authorPersonId: row.author_person_id,
    authorName: row.author_name,
    text: row.text,
    createdAt: row.created_at,
  }
}

function fromInvitationRow(row: {
  id: string
  learner_person_id: string
  learner_name: string
  counsellor_email_address: string
  counsellor_person_id: string | null
  credentials: { kind: string; id: string }[]
  state: string
  created_at: Date
  accepted_at: Date | null
  revoked_at: Date | null
}): CounsellorInvitation {
  return {
    id: row.id,
    learnerPersonId: row.learner_person_id,
    learnerName: row.learner_name,
    counsellorEmailAddress: row.counsellor_email_address,
    counsellorPersonId: row.counsellor_person_id ?? undefined,
    credentials: referencesOf(row.credentials),
    state: row.state as CounsellorInvitationState,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at ?? undefined,
    revokedAt: row.revoked_at ?? undefined,
  }
}

/** The references stored as jsonb, each checked for its kind. */
export function referencesOf(value: { kind: string; id: string }[]): CredentialReference[] {
  return value.map((each) => ({
    kind: each.kind === 'issued' ? 'issued' : 'imported',
    id: each.id,
  }))
}
