// The public surface of the services layer: the use cases, one operation each.

// Competence needs: skill suggestions for free text and the insight (decision 0026).
export { acceptSuggestedSkill } from './accept-suggested-skill.js'
export { acceptWorkspaceSuggestion } from './accept-workspace-suggestion.js'
export { addMember, type NewMember } from './add-member.js'
export {
  type ApiTokenSummary,
  createApiToken,
  listApiTokens,
  revokeApiToken,
} from './api-tokens.js'
export { listAuditEntries, verifyAuditLog } from './audit-log.js'
export { authenticateApiToken, authenticateSession, type SessionActor } from './authenticate.js'
export { changeCredentialStatus } from './change-credential-status.js'
export {
  type ClaimPreview,
  type ClaimSignUp,
  claimCredential,
  claimWithNewAccount,
  previewClaim,
} from './claim-credential.js'
export {
  type ClaimLinkDeps,
  type ClaimLinkSummary,
  claimLinkUrl,
  resendClaimLink,
  sendClaimLink,
} from './claim-links.js'
export {
  type ClaimedStackCredential,
  claimStackCredential,
  defaultStackCredentialFormat,
} from './claim-stack-credential.js'
export { closeCompetenceNeed } from './close-competence-need.js'
export { commentInWorkspace } from './comment-in-workspace.js'
export { competenceNeedManagerRoles } from './competence-need-access.js'
export { confirmOidcLink } from './confirm-oidc-link.js'
export {
  type Counselling,
  commentOnReflection,
  getCounselling,
  inviteCounsellor,
  listCounsellingInvitations,
  listCounsellorInvitations,
  revokeCounsellorInvitation,
} from './counsel-reflections.js'
export { createCompetenceNeed } from './create-competence-need.js'
export {
  createCredentialOffer,
  type NewCredentialOffer,
} from './create-credential-offer.js'
export { createOffering } from './create-offering.js'
export { createOrganisation } from './create-organisation.js'
export { createPerson, type NewPerson } from './create-person.js'
export {
  createRecognitionTarget,
  getRecognitionTarget,
  listRecognitionTargets,
} from './create-recognition-target.js'
export { createSpecification, type VersionWithProblems } from './create-specification.js'
export { decideRecognitionRequest } from './decide-recognition-request.js'
export { declineOidcLink } from './decline-oidc-link.js'
export { deliverMail } from './deliver-mail.js'
export { deliverOfferedCredential } from './deliver-offered-credential.js'
export { type DemoAccount, demoAccounts, demoOrganisations, demoPassword } from './demo-data.js'
export type { Deps } from './deps.js'
export {
  describeWorkspaceComment,
  describeWorkspaceSuggestion,
} from './describe-workspace-items.js'
export {
  type CredentialDownload,
  downloadIssuedCredential,
} from './download-issued-credential.js'
export { addEmailAddress, removeEmailAddress, verifyEmailAddress } from './email-addresses.js'
export { enrolInOffering } from './enrol-in-offering.js'
export {
  type CredentialAccessToken,
  exchangePreAuthorizedCode,
  type PreAuthorizedCodeGrant,
} from './exchange-pre-authorized-code.js'
export { exportIssuedCredentialAsElm } from './export-issued-credential.js'
export {
  exportSpecification,
  type SpecificationExportFormat,
} from './export-specification.js'
export { getPersonByEmail } from './find-person-by-email.js'
export { findPublicDocument } from './find-public-document.js'
export {
  finishOidcSignIn,
  type OidcCallback,
  type OidcSignInResult,
} from './finish-oidc-sign-in.js'
export {
  type CredentialCertificate,
  getCredentialCertificate,
} from './get-credential-certificate.js'
export { getCredentialIssuerMetadata } from './get-credential-issuer-metadata.js'
export { getDidDocument } from './get-did-document.js'
export { getEscoOccupation } from './get-esco-occupation.js'
export { getEscoSkill } from './get-esco-skill.js'
export { getHealth, type Health } from './get-health.js'
export { getIssuedCredential } from './get-issued-credential.js'
export { getMyAccount, type MyAccount } from './get-my-account.js'
export { getOrganisation } from './get-organisation.js'
export { getReadableCredential } from './get-readable-credential.js'
export { getSigningKey, type SigningKeyDeps } from './get-signing-key.js'
export { getSkillsProfile } from './get-skills-profile.js'
export {
  getStackProgress,
  listMyStackProgress,
  type StackProgressView,
  type StackSpecification,
} from './get-stack-progress.js'
export { getStatusListCredential } from './get-status-list-credential.js'
export {
  getVersionSignOff,
  listCurrentEndorsementCredentials,
  type ShownEndorsement,
  type VersionSignOff,
} from './get-version-sign-off.js'
export {
  getWorkspace,
  type Workspace,
  type WorkspaceCommentView,
  type WorkspaceSuggestionView,
  type WorkspaceThread,
} from './get-workspace.js'
export { grantRoles } from './grant-roles.js'
export { highsMipSolver } from './highs-mip-solver.js'
export { importCurriculum } from './import-curriculum.js'
export { type EnrolmentImportSummary, importEnrolments } from './import-enrolments.js'
export { importEscoDataset } from './import-esco-dataset.js'
export {
  getImportedCredential,
  importPortfolioCredential,
  listImportedCredentials,
  removeImportedCredential,
} from './import-portfolio-credential.js'
export { importResults, type ResultImportSummary } from './import-results.js'
export { importSpecifications, type SpecificationImport } from './import-specifications.js'
export { inviteToWorkspace, type WorkspaceParticipantView } from './invite-to-workspace.js'
export {
  buildOpenBadgeCredential,
  issueOpenBadge,
  type OpenBadgeIssuer,
  type OpenBadgeRequest,
  prepareOpenBadgeIssuer,
} from './issue-open-badge.js'
export {
  issueSignedCredential,
  type SignedCredentialRequest,
  type SignedCredentialResult,
} from './issue-signed-credential.js'
export { issueThroughVcApi, type VcApiIssueOptions } from './issue-through-vc-api.js'
export { type EnrolmentListItem, listEnrolments } from './list-enrolments.js'
export { listMembers, type Member } from './list-members.js'
export { listMyCredentials, type MyCredential } from './list-my-credentials.js'
export { listMyEnrolments, type MyEnrolment } from './list-my-enrolments.js'
export { listMyWorkspaces, type WorkspaceSummary } from './list-my-workspaces.js'
export {
  listOfferingCredentials,
  type OfferingCredentialItem,
} from './list-offering-credentials.js'
export { listOrganisations } from './list-organisations.js'
export { listResults } from './list-results.js'
export { listSigningKeys } from './list-signing-keys.js'
export { type DemoDataResult, demoDataVersion, loadDemoData } from './load-demo-data.js'
export {
  type AnsweredNeed,
  answeredNeedsLimit,
  listNeedsAnsweredByVersion,
  matchCompetenceNeed,
} from './match-competence-need.js'
export { openWorkspaceStream, type WorkspaceStream } from './open-workspace-stream.js'
export { deleteAccount, exportPersonalData } from './personal-data.js'
export { type PlannedStudyPath, planMyStudyPath } from './plan-my-study-path.js'
export { readCoDesignInsight } from './read-co-design-insight.js'
export {
  getCompetenceNeed,
  listCompetenceNeeds,
  listOrganisationCompetenceNeeds,
} from './read-competence-needs.js'
export { getIssuingRun, listIssuingRuns } from './read-issuing-runs.js'
export { getOffering, listOpenOfferings, listOrganisationOfferings } from './read-offerings.js'
export {
  getMyRecognitionCase,
  getRecognitionCase,
  listMyRecognitionCases,
  listRecognitionQueue,
  type RecognitionCase,
} from './read-recognition-requests.js'
export {
  getSpecificationVersion,
  listOrganisationSpecifications,
  listSpecificationVersions,
} from './read-specifications.js'
export {
  getStack,
  listOrganisationStacks,
  listPublishedStacks,
  type StackSummary,
} from './read-stacks.js'
export { recordResult } from './record-result.js'
export {
  createReflection,
  deleteReflection,
  listCredentialReflections,
  type ReflectedOutcome,
  updateReflection,
} from './reflect-on-learning-outcome.js'
export { rejectWorkspaceSuggestion } from './reject-workspace-suggestion.js'
export { removeWorkspaceParticipant } from './remove-workspace-participant.js'
export { type CohortIssuingRequest, requestCohortIssuing } from './request-cohort-issuing.js'
export { resolveWorkspaceComment } from './resolve-workspace-comment.js'
export { rotateSigningKey } from './rotate-signing-key.js'
export { createStack, publishStack, stackEditorRoles, updateStack } from './save-stack.js'
export {
  type CatalogueItem,
  getCatalogueSpecification,
  searchCatalogue,
} from './search-catalogue.js'
export { searchEscoOccupations } from './search-esco-occupations.js'
export { searchEscoSkills } from './search-esco-skills.js'
export {
  createShare,
  getSharePresentation,
  listShares,
  type OpenedShare,
  openShare,
  type SharedCredential,
  type ShareWithAccesses,
  withdrawShare,
} from './share-portfolio.js'
export { type PasswordSignIn, signInWithPassword } from './sign-in-with-password.js'
export { type SignOffRequest, signOffVersion } from './sign-off-version.js'
export { endSession, signOut, signOutEverywhere } from './sign-out.js'
export type { SigningKeySummary } from './signing-key-summary.js'
export {
  forgetRejectedSkill,
  listRejectedSkills,
  type RejectedSkill,
  rejectSuggestedSkill,
} from './skill-suggestion-rejections.js'
export { type OidcSignInStart, startOidcSignIn } from './start-oidc-sign-in.js'
export type { NewSession } from './start-session.js'
export { startSpecificationVersion } from './start-specification-version.js'
export {
  listMyRecognitionRequests,
  submitRecognitionRequest,
  withdrawRecognitionRequest,
} from './submit-recognition-request.js'
export { type NeedSkillSuggestions, suggestNeedSkills } from './suggest-need-skills.js'
export { suggestWorkspaceEdit } from './suggest-workspace-edit.js'
export { transitionOffering } from './transition-offering.js'
export { transitionSpecificationVersion } from './transition-specification-version.js'
export { updateCompetenceNeed } from './update-competence-need.js'
export { updateOffering } from './update-offering.js'
export { updateSpecificationDraft } from './update-specification-draft.js'
export { updateStatusThroughVcApi, type VcApiStatusChange } from './update-status-through-vc-api.js'
export { verifyCredential } from './verify-credential.js'
export { verifyIssuedCredential } from './verify-issued-credential.js'
export { withdrawEndorsement } from './withdraw-endorsement.js'
export { type IssuingWorkOptions, workIssuingRun } from './work-issuing-run.js'
export type { WorkspaceSide } from './workspace-access.js'
