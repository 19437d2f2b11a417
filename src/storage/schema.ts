import type { ColumnType, Generated } from 'kysely'
import type {
  RecognitionDecisionRow,
  RecognitionRequestRow,
  RecognitionTargetRow,
} from './recognition-rows.js'
import type { StackCredentialRow, StackRow } from './stack-rows.js'

/** Row types of Osaamo's tables. They never leave storage: stores map them to domain types. */
export type Database = {
  organisations: OrganisationRow
  settings: SettingRow
  people: PersonRow
  email_addresses: EmailAddressRow
  memberships: MembershipRow
  sessions: SessionRow
  api_tokens: ApiTokenRow
  sign_in_failures: SignInFailureRow
  audit_entries: AuditEntryRow
  oidc_identities: OidcIdentityRow
  oidc_sign_in_flows: OidcSignInFlowRow
  oidc_pending_links: OidcPendingLinkRow
  email_verifications: EmailVerificationRow
  mail_outbox: MailOutboxRow
  recognition_targets: RecognitionTargetRow
  recognition_requests: RecognitionRequestRow
  recognition_decisions: RecognitionDecisionRow
  esco_skills: EscoSkillRow
  esco_occupations: EscoOccupationRow
  esco_skill_groups: EscoSkillGroupRow
  esco_labels: EscoLabelRow
  esco_occupation_skills: EscoOccupationSkillRow
  esco_skill_relations: EscoSkillRelationRow
  esco_broader_relations: EscoBroaderRelationRow
  esco_imports: EscoImportRow
  specifications: SpecificationRow
  specification_versions: SpecificationVersionRow
  specification_reviews: SpecificationReviewRow
  endorsements: EndorsementRow
  signing_keys: SigningKeyRow
  status_lists: StatusListRow
  status_list_entries: StatusListEntryRow
  issued_credentials: IssuedCredentialRow
  credential_offers: CredentialOfferRow
  offerings: OfferingRow
  enrolments: EnrolmentRow
  assessment_results: AssessmentResultRow
  issuing_runs: IssuingRunRow
  credential_claims: CredentialClaimRow
  competence_needs: CompetenceNeedRow
  imported_credentials: ImportedCredentialRow
  stacks: StackRow
  stack_credentials: StackCredentialRow
  reflections: ReflectionRow
  counsellor_invitations: CounsellorInvitationRow
  reflection_comments: ReflectionCommentRow
  shares: ShareRow
  share_accesses: ShareAccessRow
  workspace_participants: WorkspaceParticipantRow
  workspace_comments: WorkspaceCommentRow
  workspace_suggestions: WorkspaceSuggestionRow
  workspace_presence: WorkspacePresenceRow
}

/** A jsonb column: read as parsed JSON, written as a JSON string (see toJsonb). */
type Jsonb<T> = ColumnType<T, string, string>

export type OrganisationRow = {
  id: string
  slug: string
  kind: string
  name: Jsonb<Record<string, string>>
  country: string
  region: string | null
  created_at: ColumnType<Date, Date, never>
}

export type SettingRow = {
  key: string
  value: Jsonb<unknown>
  updated_at: Date
  version: Generated<number>
}

export type PersonRow = {
  id: string
  display_name: string
  password_hash: string | null
  created_at: ColumnType<Date, Date, never>
  erased_at: Date | null
}

export type EmailAddressRow = {
  id: string
  person_id: string
  address: string
  verified_at: Date | null
  created_at: ColumnType<Date, Date, never>
}

export type MembershipRow = {
  person_id: string
  organisation_id: string
  roles: Jsonb<string[]>
  updated_at: Date
}

export type SessionRow = {
  id: string
  person_id: string
  token_hash: string
  csrf_token: string
  created_at: ColumnType<Date, Date, never>
  last_seen_at: Date
  expires_at: Date
}

export type ApiTokenRow = {
  id: string
  organisation_id: string
  name: string
  roles: Jsonb<string[]>
  token_hash: string
  created_by: string | null
  created_at: ColumnType<Date, Date, never>
  last_used_at: Date | null
  revoked_at: Date | null
}

export type SignInFailureRow = {
  id: Generated<string>
  account_key: string
  client_key: string
  occurred_at: Date
}

export type AuditEntryRow = {
  /** bigint: pg returns it as a string. */
  position: ColumnType<string, number, never>
  occurred_at: Date
  actor_kind: string
  actor_id: string | null
  organisation_id: string | null
  action: string
  subject: Jsonb<Record<string, string>>
  previous_hash: string
  hash: string
}

export type EmailVerificationRow = {
  id: string
  email_address_id: string
  token_hash: string
  created_at: ColumnType<Date, Date, never>
  expires_at: Date
}

export type MailOutboxRow = {
  id: string
  recipient: string
  subject: string
  text: string
  created_at: ColumnType<Date, Date, never>
  attempts: Generated<number>
  last_error: string | null
}

export type OidcIdentityRow = {
  issuer: string
  subject: string
  person_id: string
  linked_at: ColumnType<Date, Date, never>
}

export type OidcSignInFlowRow = {
  id: string
  state_hash: string
  code_verifier: string
  nonce: string
  created_at: ColumnType<Date, Date, never>
  expires_at: Date
}

export type OidcPendingLinkRow = {
  id: string
  token_hash: string
  issuer: string
  subject: string
  person_id: string
  email_address: string
  created_at: ColumnType<Date, Date, never>
  expires_at: Date
}

export type EscoSkillRow = {
  uri: string
  skill_type: string | null
  reuse_level: string | null
  preferred_label: string
  alternative_labels: Jsonb<string[]>
  description: string | null
  status: string | null
}

export type EscoOccupationRow = {
  uri: string
  isco_group: string | null
  code: string | null
  preferred_label: string
  alternative_labels: Jsonb<string[]>
  description: string | null
  status: string | null
}

export type EscoSkillGroupRow = {
  uri: string
  code: string | null
  preferred_label: string
}

export type EscoLabelRow = {
  concept_kind: string
  concept_uri: string
  label: string
  /** The label lower-cased: what search compares with. */
  search_text: string
  is_preferred: boolean
}

export type EscoOccupationSkillRow = {
  occupation_uri: string
  skill_uri: string
  relation_type: string
}

export type EscoSkillRelationRow = {
  from_skill_uri: string
  to_skill_uri: string
  relation_type: string
}

export type EscoBroaderRelationRow = {
  concept_uri: string
  broader_uri: string
}

export type EscoImportRow = {
  id: string
  source: string
  version: string | null
  imported_at: Date
  counts: Jsonb<Record<string, number>>
}

export type SpecificationRow = {
  id: string
  organisation_id: string
  created_at: ColumnType<Date, Date, never>
}

export type SpecificationVersionRow = {
  id: string
  specification_id: string
  version_number: number
  status: string
  content: Jsonb<unknown>
  change_log: string
  created_at: ColumnType<Date, Date, never>
  updated_at: Date
  published_at: Date | null
  review_due_at: Date | null
}

export type SpecificationReviewRow = {
  id: string
  version_id: string
  reviewer_id: string | null
  decision: string
  reasons: string
  blocking_problem_count: number
  advisory_problem_count: number
  decided_at: Date
}

export type SigningKeyRow = {
  id: string
  organisation_id: string
  public_key_multibase: string
  sealed_secret: string
  created_at: ColumnType<Date, Date, never>
  retired_at: Date | null
}

export type StatusListRow = {
  id: string
  organisation_id: string
  purpose: string
  sequence: number
  length: number
  /** pg gives a Buffer, PGlite a Uint8Array. */
  bits: Uint8Array
  credential: Jsonb<Record<string, unknown>>
  signed_at: Date
  created_at: ColumnType<Date, Date, never>
  updated_at: Date
}

export type StatusListEntryRow = {
  list_id: string
  index: number
  claimed_at: Date
}

export type IssuedCredentialRow = {
  id: string
  organisation_id: string
  format: string
  credential: Jsonb<Record<string, unknown>>
  jwt: string | null
  state: string
  revocation_list_id: string | null
  revocation_index: number | null
  suspension_list_id: string | null
  suspension_index: number | null
  issued_at: ColumnType<Date, Date, never>
  status_changed_at: Date | null
  status_reason: string | null
  learner_person_id: string | null
  specification_version_id: string | null
  enrolment_id: string | null
}

export type OfferingRow = {
  id: string
  organisation_id: string
  specification_id: string
  version_id: string
  state: string
  starts_on: string
  ends_on: string
  enrolment_opens_at: Date
  enrolment_closes_at: Date
  seat_limit: number | null
  price_cents: number | null
  currency: Generated<string>
  form_of_participation: string
  language_of_instruction: string
  teachers: Jsonb<string[]>
  course_code: string | null
  created_at: ColumnType<Date, Date, never>
  updated_at: Date
}

export type EnrolmentRow = {
  id: string
  offering_id: string
  person_id: string
  student_number: string | null
  source: string
  enrolled_at: Date
}

export type AssessmentResultRow = {
  id: string
  enrolment_id: string
  grade: string
  assessed_on: string
  supervision: string
  evidence: Jsonb<string[]>
  /** numeric: drivers answer with text. */
  credits: ColumnType<string | null, string | null, string | null>
  assessor_id: string | null
  source: string
  recorded_at: Date
}

export type CredentialOfferRow = {
  id: string
  credential_id: string
  code_hash: string
  tx_code_hash: string | null
  failed_tx_attempts: ColumnType<number, number, number>
  expires_at: Date
  used_at: Date | null
  access_token_hash: string | null
  access_token_expires_at: Date | null
  delivered_at: Date | null
  created_at: ColumnType<Date, Date, never>
  created_by: string | null
}

export type IssuingRunRow = {
  id: string
  organisation_id: string
  offering_id: string
  state: string
  format: string
  language: string
  requested_by: string | null
  total: number
  issued: Generated<number>
  already_issued: Generated<number>
  failures: Jsonb<{ enrolmentId: string; message: string }[]>
  last_error: string | null
  created_at: ColumnType<Date, Date, never>
  started_at: Date | null
  finished_at: Date | null
  updated_at: Date
}

export type ImportedCredentialRow = {
  id: string
  person_id: string
  origin: string
  source_url: string | null
  credential: Jsonb<Record<string, unknown>> | null
  jwt: string | null
  fingerprint: string
  is_verified: boolean
  report: Jsonb<unknown>
  imported_at: Date
}

export type EndorsementRow = {
  id: string
  version_id: string
  organisation_id: string
  signed_off_by: string | null
  content_fingerprint: string
  comment: string
  credential: Jsonb<Record<string, unknown>>
  created_at: ColumnType<Date, Date, never>
  withdrawn_at: Date | null
  withdrawal_reason: string | null
}

export type ReflectionRow = {
  id: string
  person_id: string
  issued_credential_id: string | null
  imported_credential_id: string | null
  learning_outcome_key: string
  text: string
  reflected_on: string
  evidence_url: string | null
  created_at: Date
  updated_at: Date
}

export type CounsellorInvitationRow = {
  id: string
  learner_person_id: string
  counsellor_email_address: string
  counsellor_person_id: string | null
  credentials: Jsonb<{ kind: string; id: string }[]>
  state: string
  created_at: Date
  accepted_at: Date | null
  revoked_at: Date | null
}

export type ReflectionCommentRow = {
  id: string
  reflection_id: string
  invitation_id: string
  author_person_id: string
  text: string
  created_at: Date
}

export type ShareRow = {
  id: string
  person_id: string
  token_hash: string
  credentials: Jsonb<{ kind: string; id: string }[]>
  includes_reflections: boolean
  created_at: Date
  expires_at: Date
  withdrawn_at: Date | null
}

export type ShareAccessRow = {
  id: string
  share_id: string
  opened_at: Date
  viewer_organisation_ids: Jsonb<string[]>
}

export type CredentialClaimRow = {
  id: string
  credential_id: string
  email_address: string
  language: string
  token_hash: string
  expires_at: Date
  sent_count: Generated<number>
  last_sent_at: Date
  claimed_at: Date | null
  claimed_by: string | null
  created_at: ColumnType<Date, Date, never>
}

export type CompetenceNeedRow = {
  id: string
  organisation_id: string
  state: string
  title: string
  description: string
  occupation_uri: string | null
  skills: Jsonb<{ uri: string; preferredLabel: string; source: 'chosen' | 'occupation' }[]>
  skill_uris: string[]
  people_count: number
  region: string
  starts_on: string
  ends_on: string
  visibility: string
  created_by: string | null
  created_at: ColumnType<Date, Date, never>
  updated_at: Date
  closed_at: Date | null
}

export type WorkspaceParticipantRow = {
  version_id: string
  person_id: string
  organisation_id: string
  invited_by: string | null
  invited_at: Date
}

export type WorkspaceCommentRow = {
  id: string
  version_id: string
  parent_id: string | null
  anchor_kind: string
  anchor: string
  author_id: string
  text: string
  created_at: Date
  resolved_by: string | null
  resolved_at: Date | null
}

export type WorkspaceSuggestionRow = {
  id: string
  version_id: string
  anchor_kind: string
  anchor: string
  proposed_value: Jsonb<Record<string, string>>
  reason: string
  state: string
  proposed_by: string
  proposed_at: Date
  decided_by: string | null
  decided_at: Date | null
}

export type WorkspacePresenceRow = {
  connection_id: string
  version_id: string
  person_id: string
  last_seen_at: Date
}
