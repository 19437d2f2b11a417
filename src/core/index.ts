// The public surface of core: other layers import core only through this file.

export {
  type Actor,
  type AuditActor,
  anonymous,
  requirePerson,
  requireRole,
  requireSystem,
  rolesIn,
  system,
  toAuditActor,
} from './actor.js'
export {
  type AuditChainReport,
  type AuditEntry,
  auditEntryContent,
  checkAuditChain,
  genesisHash,
  type NewAuditEntry,
} from './audit.js'
export * from './calendar.js'
export * from './co-design/index.js'
export * from './credential/index.js'
export * from './credential-offer.js'
export * from './endorsement/index.js'
export {
  AppError,
  allErrorCodes,
  type ErrorCode,
  type ErrorDetails,
  errorCodes,
  isAppError,
} from './errors.js'
export {
  type EscoBroaderRelation,
  type EscoConceptMatch,
  type EscoConceptReference,
  type EscoFile,
  type EscoImport,
  type EscoImportCounts,
  type EscoImportProblem,
  type EscoOccupation,
  type EscoOccupationDetails,
  type EscoOccupationSkillRelation,
  type EscoRecord,
  type EscoRelationType,
  type EscoRowResult,
  type EscoSkill,
  type EscoSkillDetails,
  type EscoSkillGroup,
  type EscoSkillMatch,
  type EscoSkillSkillRelation,
  type EscoSkillType,
  escoFiles,
  escoSearchLimits,
  findEscoHeaderProblems,
  toEscoBroaderRelation,
  toEscoOccupation,
  toEscoOccupationSkillRelation,
  toEscoSkill,
  toEscoSkillGroup,
  toEscoSkillSkillRelation,
} from './esco.js'
export {
  type EmailAddress,
  findPasswordProblem,
  isRole,
  type Membership,
  normaliseEmailAddress,
  type Person,
  type Role,
  roles,
} from './identity.js'
export {
  fallbackOrder,
  isLanguage,
  type Language,
  type LanguageMap,
  languages,
  pickLanguage,
} from './language.js'
export {
  emailVerificationLifetimeMs,
  type Mail,
  type MembershipMailContent,
  toMembershipMail,
  toVerificationMail,
} from './mail.js'
export * from './offering/index.js'
export {
  isValidSlug,
  type NewOrganisation,
  type Organisation,
  type OrganisationKind,
  organisationKinds,
} from './organisation.js'
export * from './portfolio/index.js'
export * from './portfolio-share/index.js'
export type {
  ApiToken,
  ApiTokenStore,
  AssessmentResultStore,
  AuditLog,
  CatalogueStore,
  CertificateRenderer,
  Clock,
  CoDesignInsightStore,
  CompetenceNeedStore,
  CredentialClaimStore,
  CredentialOfferStore,
  CredentialSigner,
  CredentialVerifier,
  DatabaseProbe,
  EmailVerification,
  EmailVerificationStore,
  EndorsementStore,
  EnrolmentStore,
  EscoDataset,
  EscoStore,
  IdGenerator,
  ImportedCredentialStore,
  IssuedCredentialStore,
  IssuingRunStore,
  JobQueue,
  KeyVault,
  MailOutbox,
  MailSender,
  OfferingStore,
  OidcClaims,
  OidcClient,
  OidcIdentity,
  OidcPendingLink,
  OidcSignInFlow,
  OidcStore,
  OpenBadgesSchema,
  OrganisationStore,
  PasswordHasher,
  PersonStore,
  RandomNumbers,
  RemoteCredentials,
  Secrets,
  Session,
  SessionStore,
  SettingStore,
  SignInFailureStore,
  SigningKeyStore,
  SkillSuggestionStore,
  SpecificationStore,
  StatusListEncoder,
  StatusListStore,
  Stores,
  UnitOfWork,
  WorkspaceCommentStore,
  WorkspaceEventBus,
  WorkspaceParticipantStore,
  WorkspacePresenceStore,
  WorkspaceSuggestionStore,
} from './ports.js'
export * from './recognition/index.js'
export { oidcPolicy, sessionPolicy, signInThrottle, tokenPrefixes } from './session-policy.js'
export * from './specification/index.js'
export * from './stacking/index.js'
export * from './study-path/index.js'
export * from './workspace/index.js'
