import type { Kysely } from 'kysely'
import type { Stores, UnitOfWork } from '../core/index.js'
import { createApiTokenStore } from './api-token-store.js'
import { createAssessmentResultStore } from './assessment-result-store.js'
import { createAuditLog } from './audit-log.js'
import { createCatalogueStore } from './catalogue-store.js'
import { createCoDesignInsightStore } from './co-design-insight-store.js'
import { createCompetenceNeedStore } from './competence-need-store.js'
import { createCredentialClaimStore } from './credential-claim-store.js'
import { createCredentialOfferStore } from './credential-offer-store.js'
import { createEmailVerificationStore } from './email-verification-store.js'
import { createEndorsementStore } from './endorsement-store.js'
import { createEnrolmentStore } from './enrolment-store.js'
import { createEscoStore } from './esco-store.js'
import { createImportedCredentialStore } from './imported-credential-store.js'
import { createIssuedCredentialStore } from './issued-credential-store.js'
import { createIssuingRunStore } from './issuing-run-store.js'
import { createMailOutbox } from './mail-outbox.js'
import { createOfferingStore } from './offering-store.js'
import { createOidcStore } from './oidc-store.js'
import { createOrganisationStore } from './organisation-store.js'
import { createPersonStore } from './person-store.js'
import { createRecognitionStore } from './recognition-store.js'
import { createReflectionStore } from './reflection-store.js'
import type { Database } from './schema.js'
import { createSessionStore } from './session-store.js'
import { createSettingStore } from './setting-store.js'
import { createShareStore } from './share-store.js'
import { createSignInFailureStore } from './sign-in-failure-store.js'
import { createSigningKeyStore } from './signing-key-store.js'
import { createSkillSuggestionStore } from './skill-suggestion-store.js'
import { createSpecificationStore } from './specification-store.js'
import { createStackStore } from './stack-store.js'
import { createStatusListStore } from './status-list-store.js'
import { createStudyPathStore } from './study-path-store.js'
import { createWorkspaceCommentStore } from './workspace-comment-store.js'
import { createWorkspaceParticipantStore } from './workspace-participant-store.js'
import { createWorkspacePresenceStore } from './workspace-presence-store.js'
import { createWorkspaceSuggestionStore } from './workspace-suggestion-store.js'

/** Every store on one connection (or transaction). */
export function createStores(db: Kysely<Database>): Stores {
  return {
    organisations: createOrganisationStore(db),
    settings: createSettingStore(db),
    people: createPersonStore(db),
    sessions: createSessionStore(db),
    apiTokens: createApiTokenStore(db),
    signInFailures: createSignInFailureStore(db),
    audit: createAuditLog(db),
    oidc: createOidcStore(db),
    emailVerifications: createEmailVerificationStore(db),
    mailOutbox: createMailOutbox(db),
    recognition: createRecognitionStore(db),
    specifications: createSpecificationStore(db),
    endorsements: createEndorsementStore(db),
    esco: createEscoStore(db),
    catalogue: createCatalogueStore(db),
    skillSuggestions: createSkillSuggestionStore(db),
    coDesignInsight: createCoDesignInsightStore(db),
    signingKeys: createSigningKeyStore(db),
    statusLists: createStatusListStore(db),
    issuedCredentials: createIssuedCredentialStore(db),
    offerings: createOfferingStore(db),
    enrolments: createEnrolmentStore(db),
    results: createAssessmentResultStore(db),
    credentialOffers: createCredentialOfferStore(db),
    issuingRuns: createIssuingRunStore(db),
    credentialClaims: createCredentialClaimStore(db),
    importedCredentials: createImportedCredentialStore(db),
    stacks: createStackStore(db),
    studyPaths: createStudyPathStore(db),
    reflections: createReflectionStore(db),
    shares: createShareStore(db),
    competenceNeeds: createCompetenceNeedStore(db),
    workspaceParticipants: createWorkspaceParticipantStore(db),
    workspaceComments: createWorkspaceCommentStore(db),
    workspaceSuggestions: createWorkspaceSuggestionStore(db),
    workspacePresence: createWorkspacePresenceStore(db),
  }
}

/** A UnitOfWork that runs its work in a database transaction with transaction-bound stores. */
export function createUnitOfWork(db: Kysely<Database>): UnitOfWork {
  return (work) => db.transaction().execute((transaction) => work(createStores(transaction)))
}
