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
export {
  AppError,
  allErrorCodes,
  type ErrorCode,
  type ErrorDetails,
  errorCodes,
  isAppError,
} from './errors.js'
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
export { emailVerificationLifetimeMs, type Mail, toVerificationMail } from './mail.js'
export {
  isValidSlug,
  type NewOrganisation,
  type Organisation,
  type OrganisationKind,
  organisationKinds,
} from './organisation.js'
export type {
  ApiToken,
  ApiTokenStore,
  AuditLog,
  Clock,
  DatabaseProbe,
  EmailVerification,
  EmailVerificationStore,
  IdGenerator,
  MailOutbox,
  MailSender,
  OidcClaims,
  OidcClient,
  OidcIdentity,
  OidcPendingLink,
  OidcSignInFlow,
  OidcStore,
  OrganisationStore,
  PasswordHasher,
  PersonStore,
  Secrets,
  Session,
  SessionStore,
  SettingStore,
  SignInFailureStore,
  Stores,
  UnitOfWork,
} from './ports.js'
export { oidcPolicy, sessionPolicy, signInThrottle, tokenPrefixes } from './session-policy.js'
