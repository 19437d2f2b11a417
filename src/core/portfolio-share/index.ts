export type {
  CounsellorInvitation,
  CounsellorInvitationState,
} from './counsellor-invitation.js'
export { toCounsellorInvitationMail } from './counsellor-mail.js'
export {
  type CredentialReference,
  credentialReferenceKinds,
  distinctReferences,
  isSameCredential,
} from './credential-reference.js'
export { type CredentialLearningOutcome, learningOutcomesOf } from './learning-outcomes.js'
export { type HeldCredential, toVerifiablePresentation } from './presentation.js'
export {
  commentProblems,
  type FieldProblem,
  maximumCommentLength,
  maximumReflectionLength,
  type Reflection,
  type ReflectionComment,
  type ReflectionInput,
  reflectionProblems,
} from './reflection.js'
export {
  helsinkiDateOf,
  maximumShareDays,
  type Share,
  type ShareAccess,
  type ShareInput,
  type ShareState,
  shareExpiryOf,
  shareProblems,
  shareStateOf,
  shareTimeZone,
} from './share.js'
export type { ReflectionStore, ShareStore } from './stores.js'
