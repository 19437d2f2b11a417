import type { Kysely, Selectable } from 'kysely'
import {
  AppError,
  type CredentialState,
  credentialStates,
  type IssuedCredential,
  type IssuedCredentialStore,
  proofFormats,
  type StatusListPosition,
} from '../core/index.js'
import { toJsonb } from './json.js'
import { isUniqueViolation } from './postgres-errors.js'
import type { Database, IssuedCredentialRow } from './schema.js'

export function createIssuedCredentialStore(db: Kysely<Database>): IssuedCredentialStore {
  return {
    async create(credential) {
      await insertIssuedCredentials(db, [credential])
    },
    async createMany(credentials) {
      await insertIssuedCredentials(db, credentials)
    },
    async findById(id, options = {}) {
      let query = db.selectFrom('issued_credentials').selectAll().where('id', '=', id)
      if (options.isForUpdate === true) {
        query = query.forUpdate()
      }
      const row = await query.executeTakeFirst()
      return row === undefined ? undefined : fromIssuedCredentialRow(row)
    },
    async updateState(id, change) {
      await db
        .updateTable('issued_credentials')
        .set({ state: change.state, status_reason: change.reason, status_changed_at: change.at })
        .where('id', '=', id)
        .execute()
    },
    async listForLearner(personId) {
      const rows = await db
        .selectFrom('issued_credentials')
        .selectAll()
        .where('learner_person_id', '=', personId)
        .orderBy('issued_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(fromIssuedCredentialRow)
    },
    async assignLearner(id, personId) {
      await db
        .updateTable('issued_credentials')
        .set({ learner_person_id: personId })
        .where('id', '=', id)
        .execute()
    },
    async listForOffering(offeringId) {
      const rows = await db
        .selectFrom('issued_credentials')
        .innerJoin('enrolments', 'enrolments.id', 'issued_credentials.enrolment_id')
        .leftJoin('credential_claims', 'credential_claims.credential_id', 'issued_credentials.id')
        .selectAll('issued_credentials')
        .select('credential_claims.claimed_at')
        .where('enrolments.offering_id', '=', offeringId)
        .orderBy('enrolments.enrolled_at')
        .orderBy('enrolments.id')
        .execute()
      return rows.map(({ claimed_at, ...row }) => ({
        credential: fromIssuedCredentialRow(row),
        claimedAt: claimed_at ?? undefined,
      }))
    },
  }
}

/** One multi-row insert; a duplicate id or enrolment fails the whole insert with a clear code. */
async function insertIssuedCredentials(
  db: Kysely<Database>,
  credentials: readonly IssuedCredential[],
): Promise<void> {
  if (credentials.length === 0) {
    return
  }
  try {
    await db
      .insertInto('issued_credentials')
      .values(
        credentials.map((credential) => ({
          id: credential.id,
          organisation_id: credential.organisationId,
          format: credential.format,
          credential: toJsonb(credential.credential),
          jwt: credential.jwt ?? null,
          state: credential.state,
          revocation_list_id: credential.revocation?.listId ?? null,
          revocation_index: credential.revocation?.index ?? null,
          suspension_list_id: credential.suspension?.listId ?? null,
          suspension_index: credential.suspension?.index ?? null,
          issued_at: credential.issuedAt,
          status_changed_at: credential.statusChangedAt ?? null,
          status_reason: credential.statusReason ?? null,
          learner_person_id: credential.learnerPersonId ?? null,
          specification_version_id: credential.specificationVersionId ?? null,
          enrolment_id: credential.enrolmentId ?? null,
        })),
      )
      .execute()
  } catch (error) {
    if (isUniqueViolation(error, 'issued_credentials_one_per_enrolment')) {
      throw new AppError(
        'CREDENTIAL_ALREADY_ISSUED',
        'The learner already has a credential for this enrolment.',
        { cause: error },
      )
    }
    if (isUniqueViolation(error)) {
      const ids = credentials.map((credential) => `urn:uuid:${credential.id}`).join(', ')
      throw new AppError(
        'CREDENTIAL_INVALID',
        credentials.length === 1
          ? `A credential with the id ${ids} has already been issued.`
          : `One of the credentials ${ids} has already been issued.`,
        { cause: error },
      )
    }
    throw error
  }
}

function fromIssuedCredentialRow(row: Selectable<IssuedCredentialRow>): IssuedCredential {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    format: oneOf(proofFormats, row.format, 'format'),
    credential: row.credential,
    jwt: row.jwt ?? undefined,
    state: oneOf<CredentialState>(credentialStates, row.state, 'state'),
    revocation: toPosition(row.revocation_list_id, row.revocation_index),
    suspension: toPosition(row.suspension_list_id, row.suspension_index),
    issuedAt: row.issued_at,
    statusChangedAt: row.status_changed_at ?? undefined,
    statusReason: row.status_reason ?? undefined,
    learnerPersonId: row.learner_person_id ?? undefined,
    specificationVersionId: row.specification_version_id ?? undefined,
    enrolmentId: row.enrolment_id ?? undefined,
  }
}

function toPosition(listId: string | null, index: number | null): StatusListPosition | undefined {
  return listId === null || index === null ? undefined : { listId, index }
}

function oneOf<T extends string>(values: readonly T[], text: string, column: string): T {
  const value = values.find((candidate) => candidate === text)
  if (value === undefined) {
    throw new TypeError(`unknown ${column} ${text} in issued_credentials`)
  }
  return value
}
