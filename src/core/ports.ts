import type { AuditEntry, NewAuditEntry } from './audit.js'
import type {
  CandidateSkills,
  CompetenceNeed,
  CompetenceNeedDetails,
  FieldDemand,
  MatchCandidate,
  RegionDemand,
  RelatedSkillLink,
  SkillDemand,
  SkillDocument,
} from './co-design/index.js'
import type {
  CertificateContent,
  CredentialClaim,
  CredentialState,
  IssuedCredential,
  JsonObject,
  OrganisationSigningKey,
  SigningKey,
  StatusList,
  StatusPurpose,
  VerificationReport,
} from './credential/index.js'
import type { CredentialOffer } from './credential-offer.js'
import type { Endorsement } from './endorsement/index.js'
import type {
  EscoBroaderRelation,
  EscoConceptMatch,
  EscoFile,
  EscoImport,
  EscoOccupation,
  EscoOccupationDetails,
  EscoOccupationSkillRelation,
  EscoRecord,
  EscoSkill,
  EscoSkillDetails,
  EscoSkillGroup,
  EscoSkillMatch,
  EscoSkillSkillRelation,
} from './esco.js'
import type { EmailAddress, Membership, Person, Role } from './identity.js'
import type { Language } from './language.js'
import type { Mail } from './mail.js'
import type {
  AssessmentResult,
  Enrolment,
  IssuingFailure,
  IssuingRun,
  IssuingRunState,
  Offering,
  OfferingDetails,
  OfferingState,
  PendingLearner,
} from './offering/index.js'
import type { Organisation } from './organisation.js'
import type { ImportedCredential } from './portfolio/index.js'
import type { ReflectionStore, ShareStore } from './portfolio-share/index.js'
import type {
  CatalogueDocument,
  CatalogueHit,
  CatalogueQuery,
  Review,
  Specification,
  SpecificationContent,
  SpecificationStatus,
  SpecificationVersion,
} from './specification/index.js'
import type {
  WorkspaceComment,
  WorkspaceEvent,
  WorkspaceParticipant,
  WorkspaceSuggestion,
} from './workspace/index.js'

/** The current time. Injected so that core and services never read the clock themselves. */
export interface Clock {
  now(): Date
}

/** New unique identifiers. Injected so that tests can pin them. */
export interface IdGenerator {
  newId(): string
}

/** Which database Osaamo runs on and whether it answers. */
export interface DatabaseProbe {
  readonly kind: 'embedded' | 'server'
  /** Resolves when the database answers a trivial query; rejects otherwise. */
  ping(): Promise<void>
}

export interface OrganisationStore {
  /** Throws ORGANISATION_SLUG_TAKEN when the slug is in use. */
  create(organisation: Organisation): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<Organisation | undefined>
  findBySlug(slug: string): Promise<Organisation | undefined>
  /** Every organisation, ordered by slug. */
  list(): Promise<Organisation[]>
}

/** Installation-wide facts that must survive restarts and be shared by all Osaamo processes. */
export interface SettingStore {
  find(key: string): Promise<unknown>
  /** Stores the value only if the key is unset; true when this call stored it. */
  setIfAbsent(key: string, value: unknown, at: Date): Promise<boolean>
}

/** Every store, bound to one connection or one transaction. */
export type Stores = {
  readonly organisations: OrganisationStore
  readonly settings: SettingStore
  readonly people: PersonStore
  readonly sessions: SessionStore
  readonly apiTokens: ApiTokenStore
  readonly signInFailures: SignInFailureStore
  readonly audit: AuditLog
  readonly oidc: OidcStore
  readonly emailVerifications: EmailVerificationStore
  readonly mailOutbox: MailOutbox
  /** Recognition targets, requests and decisions (hyväksiluku). */
  readonly recognition: import('./recognition/index.js').RecognitionStore
  readonly esco: EscoStore
  readonly specifications: SpecificationStore
  readonly catalogue: CatalogueStore
  /** ESCO skills suggested for needs written as free text, and the rejected suggestions. */
  readonly skillSuggestions: SkillSuggestionStore
  /** Competence need demand against catalogue supply. */
  readonly coDesignInsight: CoDesignInsightStore
  readonly signingKeys: SigningKeyStore
  readonly statusLists: StatusListStore
  readonly issuedCredentials: IssuedCredentialStore
  readonly offerings: OfferingStore
  readonly enrolments: EnrolmentStore
  readonly results: AssessmentResultStore
  readonly credentialOffers: CredentialOfferStore
  readonly issuingRuns: IssuingRunStore
  readonly credentialClaims: CredentialClaimStore
  readonly endorsements: EndorsementStore
  readonly importedCredentials: ImportedCredentialStore
  readonly stacks: import('./stacking/index.js').StackStore
  /** The offerings study paths are planned from. */
  readonly studyPaths: import('./study-path/index.js').StudyPathStore
  /** Reflections on learning outcomes, counsellors' invitations and comments. */
  readonly reflections: ReflectionStore
  /** Shares of a learner's credentials behind a link, with their access log. */
  readonly shares: ShareStore
  readonly competenceNeeds: CompetenceNeedStore
  readonly workspaceParticipants: WorkspaceParticipantStore
  readonly workspaceComments: WorkspaceCommentStore
  readonly workspaceSuggestions: WorkspaceSuggestionStore
  readonly workspacePresence: WorkspacePresenceStore
}

/**
 * Runs `work` in one database transaction: all of its writes land together or none does.
 * This is how "bad input changes nothing" holds across several stores.
 */
export type UnitOfWork = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>

export interface PersonStore {
  create(person: Person): Promise<void>
  findById(id: string): Promise<Person | undefined>
  /** Those of the ids that belong to a person. */
  findExistingIds(ids: readonly string[]): Promise<string[]>
  /** Every person, ordered by display name; erased people excluded. */
  list(): Promise<Person[]>
  /** Replaces the personal fields of an erased person and removes their password. */
  erase(id: string, pseudonym: string, at: Date): Promise<void>
  findPasswordHash(personId: string): Promise<string | undefined>
  setPasswordHash(personId: string, passwordHash: string): Promise<void>
  setDisplayName(personId: string, displayName: string): Promise<void>
  addEmailAddress(address: EmailAddress): Promise<void>
  findEmailAddress(address: string): Promise<EmailAddress | undefined>
  findEmailAddressById(id: string): Promise<EmailAddress | undefined>
  listEmailAddresses(personId: string): Promise<EmailAddress[]>
  deleteEmailAddresses(personId: string): Promise<void>
  markEmailAddressVerified(id: string, at: Date): Promise<void>
  deleteEmailAddress(id: string): Promise<void>
  listMemberships(personId: string): Promise<Membership[]>
  /** Every membership in an organisation. */
  listMembers(organisationId: string): Promise<Membership[]>
  /** Sets a person's roles in an organisation; no roles removes the membership. */
  setRoles(
    personId: string,
    organisationId: string,
    roles: readonly Role[],
    at: Date,
  ): Promise<void>
  deleteMemberships(personId: string): Promise<void>
}

/** A server-side session behind a cookie; only a hash of the cookie's token is stored. */
export type Session = {
  readonly id: string
  readonly personId: string
  readonly tokenHash: string
  readonly csrfToken: string
  readonly createdAt: Date
  readonly lastSeenAt: Date
  readonly expiresAt: Date
}

export interface SessionStore {
  create(session: Session): Promise<void>
  findByTokenHash(tokenHash: string): Promise<Session | undefined>
  listForPerson(personId: string): Promise<Session[]>
  touch(id: string, lastSeenAt: Date, expiresAt: Date): Promise<void>
  delete(id: string): Promise<void>
  deleteForPerson(personId: string): Promise<number>
}

/** A machine client's credential: scoped to one organisation and some roles. */
export type ApiToken = {
  readonly id: string
  readonly organisationId: string
  readonly name: string
  readonly roles: readonly Role[]
  readonly tokenHash: string
  readonly createdBy: string | undefined
  readonly createdAt: Date
  readonly lastUsedAt: Date | undefined
  readonly revokedAt: Date | undefined
}

export interface ApiTokenStore {
  create(token: ApiToken): Promise<void>
  findByTokenHash(tokenHash: string): Promise<ApiToken | undefined>
  findById(id: string): Promise<ApiToken | undefined>
  listForOrganisation(organisationId: string): Promise<ApiToken[]>
  markUsed(id: string, at: Date): Promise<void>
  revoke(id: string, at: Date): Promise<void>
}

/** Failed sign-ins, kept to throttle guessing per account and per client address. */
export interface SignInFailureStore {
  record(failure: { accountKey: string; clientKey: string; at: Date }): Promise<void>
  countForAccount(accountKey: string, since: Date): Promise<number>
  countForClient(clientKey: string, since: Date): Promise<number>
  clearForAccount(accountKey: string): Promise<void>
}

/** The append-only, hash-chained audit log. */
export interface AuditLog {
  /** Appends after the current last entry; concurrent appends are serialised, never forked. */
  append(entry: NewAuditEntry, at: Date): Promise<AuditEntry>
  /** Appends the entries in order, chained, in one go (a cohort's credentials). */
  appendMany(entries: readonly NewAuditEntry[], at: Date): Promise<AuditEntry[]>
  /** Entries of one organisation, newest first. */
  listForOrganisation(
    organisationId: string,
    options: { limit: number; before?: number },
  ): Promise<AuditEntry[]>
  /** Every entry in order, for verification. */
  listAll(): Promise<AuditEntry[]>
  /** The entries a person made or that name them as `subject.personId`, in order. */
  listForPerson(personId: string): Promise<AuditEntry[]>
}

/** Slow, salted password hashing (argon2id). */
export interface PasswordHasher {
  hash(password: string): Promise<string>
  verify(passwordHash: string, password: string): Promise<boolean>
}

/** Unguessable tokens and the one-way hash they are stored under. */
export interface Secrets {
  /** A new random token with the given prefix, e.g. `osaamo_` + 43 base64url characters. */
  newToken(prefix: string): string
  /** SHA-256, hex. */
  sha256Hex(text: string): string
}

/** A pending verification of an e-mail address; only a hash of the link's token is kept. */
export type EmailVerification = {
  readonly id: string
  readonly emailAddressId: string
  readonly tokenHash: string
  readonly createdAt: Date
  readonly expiresAt: Date
}

export interface EmailVerificationStore {
  create(verification: EmailVerification): Promise<void>
  findByTokenHash(tokenHash: string): Promise<EmailVerification | undefined>
  delete(id: string): Promise<void>
}

/** Messages waiting to be sent: written in the transaction of the change that causes them. */
export interface MailOutbox {
  enqueue(mail: Mail): Promise<void>
  enqueueMany(mails: readonly Mail[]): Promise<void>
  /** Takes up to `limit` unsent messages, skipping those another process is sending right now. */
  claimUnsent(limit: number, work: (mail: Mail) => Promise<void>): Promise<number>
  deleteForRecipient(recipient: string): Promise<void>
}

/** Delivers one message (SMTP, or files in development). */
export interface MailSender {
  send(mail: Mail): Promise<void>
}

/**
 * An OpenID Connect sign-in under way, between sending the browser to the provider and its
 * return. Kept in the database so that any Osaamo process can finish it; used once.
 */
export type OidcSignInFlow = {
  readonly id: string
  /** SHA-256 of the `state` sent to the provider; the state itself is only in the browser. */
  readonly stateHash: string
  readonly codeVerifier: string
  readonly nonce: string
  readonly createdAt: Date
  readonly expiresAt: Date
}

/** A person's account at an OpenID provider (issuer + subject), linked to the person. */
export type OidcIdentity = {
  readonly issuer: string
  readonly subject: string
  readonly personId: string
  readonly linkedAt: Date
}

/**
 * A provider account whose verified e-mail address belongs to an existing person, waiting for
 * that person to consent (signed in with their password) before it is linked.
 */
export type OidcPendingLink = {
  readonly id: string
  readonly tokenHash: string
  readonly issuer: string
  readonly subject: string
  readonly personId: string
  readonly emailAddress: string
  readonly createdAt: Date
  readonly expiresAt: Date
}

export interface OidcStore {
  createFlow(flow: OidcSignInFlow): Promise<void>
  /** Removes and returns the flow with this state hash, so that each flow is finished at most once. */
  takeFlow(stateHash: string): Promise<OidcSignInFlow | undefined>
  /** Removes flows and pending links that expired before `now`. */
  deleteExpired(now: Date): Promise<void>
  findIdentity(issuer: string, subject: string): Promise<OidcIdentity | undefined>
  /** Throws OIDC_IDENTITY_LINKED when the provider account is already linked to a person. */
  linkIdentity(identity: OidcIdentity): Promise<void>
  listIdentities(personId: string): Promise<OidcIdentity[]>
  createPendingLink(link: OidcPendingLink): Promise<void>
  findPendingLink(tokenHash: string): Promise<OidcPendingLink | undefined>
  deletePendingLink(id: string): Promise<void>
  /** Removes the person's linked identities and pending links (account deletion). */
  deleteForPerson(personId: string): Promise<void>
}

/** What an OpenID provider vouches for about the person who signed in there. */
export type OidcClaims = {
  readonly issuer: string
  readonly subject: string
  readonly emailAddress: string | undefined
  /** True only when the provider says `email_verified: true`. */
  readonly isEmailVerified: boolean
  readonly name: string | undefined
}

/**
 * The installation's OpenID provider, seen as a relying party (authorization code flow with
 * PKCE). Wraps the protocol library so that services stay testable.
 */
export interface OidcClient {
  /** The label people see on the sign-in button, e.g. "Kaarnala SSO". */
  readonly name: string
  /** Where to send the browser to sign in at the provider. */
  authorizationUrl(request: { state: string; nonce: string; codeVerifier: string }): Promise<string>
  /**
   * Checks the provider's answer at the callback (its query string) against the flow's state,
   * nonce and PKCE verifier, exchanges the code and returns the verified claims. Throws
   * OIDC_SIGN_IN_FAILED for an answer that does not check out (or an error from the provider),
   * OIDC_PROVIDER_UNAVAILABLE when the provider cannot be reached.
   */
  exchangeCode(request: {
    callbackQuery: string
    state: string
    nonce: string
    codeVerifier: string
  }): Promise<OidcClaims>
}

/**
 * ESCO's CSV download, as files an import reads one at a time. Implemented on a folder by the
 * command line; rows stream, so that the 124,000 relations never sit in memory at once.
 */
export interface EscoDataset {
  /** Where the files come from, for the import record and messages (e.g. the folder). */
  readonly source: string
  /** Each file's header row; undefined for a file that is not there. */
  readHeaders(): Promise<Record<EscoFile, readonly string[] | undefined>>
  /** The data rows of a file, each with its line number (the header is line 1). */
  readRows(file: EscoFile): AsyncIterable<{ readonly line: number; readonly record: EscoRecord }>
}

/** The installation's one copy of ESCO, replaced as a whole by each import. */
export interface EscoStore {
  /** Removes every ESCO concept and relation (not the import records). */
  clear(): Promise<void>
  insertSkills(skills: readonly EscoSkill[]): Promise<void>
  insertOccupations(occupations: readonly EscoOccupation[]): Promise<void>
  insertSkillGroups(groups: readonly EscoSkillGroup[]): Promise<void>
  insertOccupationSkillRelations(relations: readonly EscoOccupationSkillRelation[]): Promise<void>
  insertSkillSkillRelations(relations: readonly EscoSkillSkillRelation[]): Promise<void>
  insertBroaderRelations(relations: readonly EscoBroaderRelation[]): Promise<void>
  recordImport(record: EscoImport): Promise<void>
  /** The latest import, if any. */
  findLatestImport(): Promise<EscoImport | undefined>
  /** Skills whose labels match `text` (already lower-cased and trimmed), best first. */
  searchSkills(text: string, limit: number): Promise<EscoSkillMatch[]>
  searchOccupations(text: string, limit: number): Promise<EscoConceptMatch[]>
  findSkill(uri: string): Promise<EscoSkillDetails | undefined>
  findOccupation(uri: string): Promise<EscoOccupationDetails | undefined>
}

/** Specifications, their versions and QA reviews. */
export interface SpecificationStore {
  create(specification: Specification, firstVersion: SpecificationVersion): Promise<void>
  findSpecification(id: string): Promise<Specification | undefined>
  addVersion(version: SpecificationVersion): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findVersion(
    id: string,
    options?: { isForUpdate?: boolean },
  ): Promise<SpecificationVersion | undefined>
  /** Every version of a specification, oldest first. */
  listVersions(specificationId: string): Promise<SpecificationVersion[]>
  /** The latest version of each of an organisation's specifications, newest change first. */
  listLatestForOrganisation(organisationId: string): Promise<SpecificationVersion[]>
  updateContent(id: string, content: SpecificationContent, at: Date): Promise<void>
  setStatus(
    id: string,
    status: SpecificationStatus,
    at: Date,
    dates?: { publishedAt?: Date; reviewDueAt?: Date },
  ): Promise<void>
  addReview(review: Review): Promise<void>
  listReviews(versionId: string): Promise<Review[]>
}

/**
 * The public catalogue: one entry per specification with a published version, kept in step with
 * the lifecycle in the same transaction, with indexed filters and full-text search.
 */
export interface CatalogueStore {
  /** Makes each document its specification's entry, replacing any earlier one. */
  put(documents: readonly CatalogueDocument[]): Promise<void>
  remove(specificationId: string): Promise<void>
  /** Entries matching every word and filter, best first, then newest, then by id. */
  search(query: CatalogueQuery): Promise<{ items: CatalogueHit[]; total: number }>
}

/**
 * Makes and opens the organisations' Ed25519 signing keys. Secrets are stored sealed
 * (AES-256-GCM under the installation's key-encryption key) and opened only to sign.
 */
export interface KeyVault {
  /** A new key: its `publicKeyMultibase` and its secret sealed for storage. */
  generate(): { publicKeyMultibase: string; sealedSecret: string }
  /** A usable key from a stored one; throws SIGNING_KEY_UNREADABLE when the seal does not open. */
  open(stored: {
    publicKeyMultibase: string
    sealedSecret: string
    verificationMethod: string
  }): SigningKey
}

/** Adds proofs to credentials: Data Integrity (eddsa-rdfc-2022, eddsa-jcs-2022) or a VC-JWT. */
export interface CredentialSigner {
  /**
   * The credential with a `DataIntegrityProof` (proofPurpose assertionMethod unless given).
   * Throws CREDENTIAL_INVALID with the reason when the credential cannot be processed in JSON-LD
   * safe mode (unknown context, undefined term).
   */
  addProof(
    credential: JsonObject,
    key: SigningKey,
    options: {
      cryptosuite: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022'
      created: Date
      proofPurpose?: string
    },
  ): Promise<JsonObject>
  /**
   * Several credentials signed alike, in order, as `addProof` signs each: on all cores when the
   * signer has a pool of worker threads. All or nothing: the first failure in order is thrown.
   */
  addProofs(
    credentials: readonly JsonObject[],
    key: SigningKey,
    options: {
      cryptosuite: 'eddsa-rdfc-2022' | 'eddsa-jcs-2022'
      created: Date
      proofPurpose?: string
    },
  ): Promise<JsonObject[]>
  /** The credential as a compact VC-JOSE JWS (`typ` vc+jwt, EdDSA). */
  toJwt(credential: JsonObject, key: SigningKey): Promise<string>
}

/** Checks any credential and answers with a report; never throws for bad input. */
/**
 * Fetches a credential a learner links to, under the installation's network rules (https only,
 * never its own private network, a size limit and a time-out). Rejects when it cannot.
 */
export interface RemoteCredentials {
  fetch(url: string): Promise<unknown>
}

export interface CredentialVerifier {
  /** `input` is a parsed credential object, a JSON text, or a compact VC-JWT. */
  verify(input: unknown): Promise<VerificationReport>
}

/** Uniform random whole numbers from a cryptographically strong source; pinned in tests. */
export interface RandomNumbers {
  /** A whole number from 0 to `limit` − 1. */
  integerBelow(limit: number): number
}

/** The `encodedList` of a Bitstring Status List: GZIP, then multibase base64url. */
export interface StatusListEncoder {
  encode(bits: Uint8Array): string
}

/** The organisations' signing keys: at most one active key per organisation. */
export interface SigningKeyStore {
  /**
   * Stores the key unless its organisation already has an active one; true when stored. Two
   * processes making a first key at once store one of them.
   */
  createIfNoneActive(key: OrganisationSigningKey): Promise<boolean>
  findActive(organisationId: string): Promise<OrganisationSigningKey | undefined>
  /** Every key of the organisation, retired ones included, oldest first. */
  listForOrganisation(organisationId: string): Promise<OrganisationSigningKey[]>
  /** Retires the organisation's active key, if it has one, and returns it. */
  retireActive(organisationId: string, at: Date): Promise<OrganisationSigningKey | undefined>
}

/** Bitstring Status Lists and the indexes handed out in them, each only once. */
export interface StatusListStore {
  /**
   * Stores a new list unless the organisation already has one with its purpose and sequence
   * number; true when stored.
   */
  create(list: StatusList): Promise<boolean>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<StatusList | undefined>
  /** The organisation's list of this purpose with the highest sequence number. */
  findLatest(organisationId: string, purpose: StatusPurpose): Promise<StatusList | undefined>
  /** Replaces the bits and the signed list credential. */
  update(
    id: string,
    change: { bits: Uint8Array; credential: JsonObject; signedAt: Date },
  ): Promise<void>
  /** Claims an index of a list; false when it was ever claimed before (it is never reused). */
  claimIndex(listId: string, index: number, at: Date): Promise<boolean>
  /** Claims those of the indexes never claimed before; answers the ones this call claimed. */
  /**
   * Claims the indexes of the list that nobody claimed yet, at most `atMost` of them (all when not
   * given), taken in the order given; answers those claimed.
   */
  claimIndexes(
    listId: string,
    indexes: readonly number[],
    at: Date,
    atMost?: number,
  ): Promise<number[]>
  countClaimedIndexes(listId: string): Promise<number>
  /**
   * The `position`-th (from 0, in ascending order) index below `length` never claimed in the
   * list; undefined when there are not that many.
   */
  findUnclaimedIndex(listId: string, length: number, position: number): Promise<number | undefined>
}

/** Credentials an organisation issued, with their status. */
export interface IssuedCredentialStore {
  /** Throws CREDENTIAL_INVALID when a credential with this id was issued before. */
  create(credential: IssuedCredential): Promise<void>
  /**
   * Stores several in one insert, all or none: CREDENTIAL_ALREADY_ISSUED when one's enrolment
   * has a credential, CREDENTIAL_INVALID when an id was issued before.
   */
  createMany(credentials: readonly IssuedCredential[]): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<IssuedCredential | undefined>
  updateState(
    id: string,
    change: { state: CredentialState; reason: string; at: Date },
  ): Promise<void>
  /** The credentials linked to a learner, newest first: the start of their portfolio. */
  listForLearner(personId: string): Promise<IssuedCredential[]>
  /** Links the credential to a learner (a claim link was used); the signed document stays. */
  assignLearner(id: string, personId: string): Promise<void>
  /**
   * The credentials issued for an offering's enrolments, in the order of enrolment, each with
   * when its claim link was used (undefined: not claimed, or issued without a link).
   */
  listForOffering(
    offeringId: string,
  ): Promise<{ credential: IssuedCredential; claimedAt: Date | undefined }[]>
}

/** Checks a credential against the Open Badges 3.0 JSON Schemas (before signing, say). */
export interface OpenBadgesSchema {
  validate(
    credential: JsonObject,
    kind: 'achievement' | 'endorsement',
  ): { isValid: boolean; errors: { path: string; message: string }[] }
}

/** Offerings: the runs of published specification versions. */
export interface OfferingStore {
  create(offering: Offering): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<Offering | undefined>
  updateDetails(id: string, details: OfferingDetails, at: Date): Promise<void>
  setState(id: string, state: OfferingState, at: Date): Promise<void>
  /** Every offering of an organisation, latest start first. */
  listForOrganisation(organisationId: string): Promise<Offering[]>
  /** A specification's offerings in the given states, earliest start first. */
  listForSpecification(
    specificationId: string,
    states: readonly OfferingState[],
  ): Promise<Offering[]>
}

/** Who is enrolled in which offering: one enrolment per person and offering. */
export interface EnrolmentStore {
  /** Stores the enrolment unless the person is already enrolled in the offering; true when stored. */
  create(enrolment: Enrolment): Promise<boolean>
  findById(id: string): Promise<Enrolment | undefined>
  findForPerson(offeringId: string, personId: string): Promise<Enrolment | undefined>
  countForOffering(offeringId: string): Promise<number>
  /** Every enrolment of the offering, in the order they came. */
  listForOffering(offeringId: string): Promise<Enrolment[]>
  /** Records the student number of an enrolment that had none (a self-enrolled learner). */
  setStudentNumber(enrolmentId: string, studentNumber: string): Promise<void>
  /** Every enrolment of the person, newest first. */
  listForPerson(personId: string): Promise<Enrolment[]>
}

/** Assessment results: at most one per enrolment; recording again replaces it. */
export interface AssessmentResultStore {
  put(result: AssessmentResult): Promise<void>
  findForEnrolment(enrolmentId: string): Promise<AssessmentResult | undefined>
  /** The results of an offering's enrolments, in the order of enrolment. */
  listForOffering(offeringId: string): Promise<AssessmentResult[]>
}

/** Offers of issued credentials to wallets (OpenID4VCI pre-authorised code flow). */
export interface CredentialOfferStore {
  create(offer: CredentialOffer): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findByCodeHash(
    codeHash: string,
    options?: { isForUpdate?: boolean },
  ): Promise<CredentialOffer | undefined>
  findByAccessTokenHash(accessTokenHash: string): Promise<CredentialOffer | undefined>
  /** Counts one more wrong transaction code; answers the count after it. */
  recordFailedTxAttempt(id: string): Promise<number>
  /**
   * Exchanges the code for an access token, once: true when this call did, false when the code
   * was used before, has expired at `at`, or has `maxFailedTxAttempts` wrong codes against it.
   * Two exchanges at the same time: exactly one succeeds.
   */
  redeem(
    id: string,
    change: {
      accessTokenHash: string
      accessTokenExpiresAt: Date
      at: Date
      maxFailedTxAttempts: number
    },
  ): Promise<boolean>
  /**
   * Marks the credential handed over, once: true when this call did, false when it was before or
   * the access token has expired at `at`.
   */
  markDelivered(id: string, at: Date): Promise<boolean>
}

/** Lays out a certificate's content as a printable document (a PDF, A4). */
export interface CertificateRenderer {
  render(content: CertificateContent): Promise<Uint8Array>
}

/** Cohort issuing runs and the work they find. */
export interface IssuingRunStore {
  /** Stores the run unless the offering has an unfinished one; true when stored. */
  create(run: IssuingRun): Promise<boolean>
  findById(id: string): Promise<IssuingRun | undefined>
  /** The offering's queued or running run, if any. */
  findUnfinished(offeringId: string): Promise<IssuingRun | undefined>
  /** The offering's runs, newest first. */
  listForOffering(offeringId: string): Promise<IssuingRun[]>
  /** Every queued or running run, oldest first (to resume after a restart). */
  listUnfinished(): Promise<IssuingRun[]>
  /**
   * Waits for the run's transaction-scoped lock: two workers on one run take turns, batch by
   * batch, and never sign for the same learner twice. The lock ends with the transaction, also
   * when the process dies.
   */
  lockForWork(id: string): Promise<void>
  /**
   * Passed learners (a grade in `passingGrades`) with no credential for the offering yet, in
   * enrolment order, leaving out the enrolments in `excluding` (those the run could not issue).
   */
  listPending(
    offeringId: string,
    passingGrades: readonly string[],
    options: {
      limit: number
      excluding: readonly string[]
      /**
       * Only learners after this one in enrolment order: where the previous batch ended. A hint
       * for speed; learners with a credential are never listed whatever it says.
       */
      after?: Pick<PendingLearner, 'enrolledAt' | 'enrolmentId'> | undefined
    },
  ): Promise<PendingLearner[]>
  /** How many of the offering's learners passed. */
  countPassed(offeringId: string, passingGrades: readonly string[]): Promise<number>
  /** How many of the offering's enrolments have a credential. */
  countIssued(offeringId: string): Promise<number>
  /** Marks the run running from `at` (the first start only sets `startedAt`). */
  markRunning(id: string, at: Date): Promise<void>
  /** Adds to the counters and failures. */
  recordProgress(
    id: string,
    change: {
      issued: number
      alreadyIssued: number
      failures: readonly IssuingFailure[]
      at: Date
    },
  ): Promise<void>
  /** Ends the run; a failed one says why. */
  finish(
    id: string,
    end:
      | { state: Extract<IssuingRunState, 'completed'>; at: Date }
      | { state: Extract<IssuingRunState, 'failed'>; at: Date; error: string },
  ): Promise<void>
}

/** Claim links of issued credentials. */
export interface CredentialClaimStore {
  create(claim: CredentialClaim): Promise<void>
  createMany(claims: readonly CredentialClaim[]): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findByTokenHash(
    tokenHash: string,
    options?: { isForUpdate?: boolean },
  ): Promise<CredentialClaim | undefined>
  findByCredential(credentialId: string): Promise<CredentialClaim | undefined>
  /**
   * A new token for a re-sent link: the old one stops working. The address and language change
   * when given (a registrar correcting a mistyped address).
   */
  replaceToken(
    id: string,
    change: {
      tokenHash: string
      expiresAt: Date
      at: Date
      emailAddress?: string | undefined
      language?: Language | undefined
    },
  ): Promise<void>
  /**
   * Uses the claim for the person, once: true when this call did, false when it was used before
   * or has expired at `at`.
   */
  markClaimed(id: string, personId: string, at: Date): Promise<boolean>
  /** The claims the person made and those sent to one of `emailAddresses`, oldest first. */
  listForPerson(personId: string, emailAddresses: readonly string[]): Promise<CredentialClaim[]>
  /**
   * For an erased person: deletes the unused claims sent to one of `emailAddresses`, and puts
   * `pseudonym` in place of the address of the used ones they made or that were sent to them.
   */
  eraseForPerson(
    personId: string,
    emailAddresses: readonly string[],
    pseudonym: string,
  ): Promise<void>
}

/**
 * Background work. Cohort issuing runs through it: a PostgreSQL-backed queue (pg-boss) on a
 * server database, in this process on the embedded database.
 */
export interface JobQueue {
  /** Asks for the run to be worked on; asking again for a run that waits or runs is harmless. */
  enqueueIssuingRun(runId: string): Promise<void>
}

/** Partners' competence needs, and the published versions and needs that share their skills. */
export interface CompetenceNeedStore {
  create(need: CompetenceNeed): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<CompetenceNeed | undefined>
  updateDetails(id: string, details: CompetenceNeedDetails, at: Date): Promise<void>
  close(id: string, at: Date): Promise<void>
  /** Every need of an organisation, open and closed, newest first. */
  listForOrganisation(organisationId: string): Promise<CompetenceNeed[]>
  /**
   * Open needs of the given visibilities (and, whatever their visibility, those of
   * `alsoOrganisationIds`), newest first, then by id.
   */
  listOpen(query: {
    visibilities: readonly CompetenceNeed['details']['visibility'][]
    alsoOrganisationIds: readonly string[]
    skillUris?: readonly string[] | undefined
    limit: number
    offset: number
  }): Promise<{ items: CompetenceNeed[]; total: number }>
  /**
   * The currently published version of each specification that teaches at least one of the
   * skills, with those of the skills it teaches (no others), through the catalogue's index of
   * skills (a GIN index on its skill URIs).
   */
  listPublishedSkillSets(skillUris: readonly string[]): Promise<CandidateSkills[]>
  /** The titles and learning outcomes of these versions, for explaining their matches. */
  listMatchCandidates(versionIds: readonly string[]): Promise<MatchCandidate[]>
  /**
   * ESCO links that give related-skill partial credit: from each of `skillUris` (a need's skills)
   * to its broader skills and its skill–skill related skills (either direction), or, with
   * `direction: 'to'`, the links whose related skill is one of `skillUris` (a draft's skills).
   */
  listRelatedSkillLinks(
    skillUris: readonly string[],
    direction?: 'from' | 'to',
  ): Promise<RelatedSkillLink[]>
}

/** ESCO skills as text for suggesting them, and the suggestions a partner rejected (decision 0026). */
export interface SkillSuggestionStore {
  /** Every imported ESCO skill with its labels and description, by URI. */
  listSkillDocuments(): Promise<SkillDocument[]>
  /** The skills an organisation rejected as suggestions, newest first. */
  listRejections(
    organisationId: string,
  ): Promise<{ skillUri: string; preferredLabel: string; rejectedAt: Date }[]>
  /** Remembers a rejection; rejecting a skill again changes nothing. */
  addRejection(rejection: {
    organisationId: string
    skillUri: string
    rejectedBy: string | undefined
    rejectedAt: Date
  }): Promise<void>
  /** Forgets a rejection; false when there was none. */
  removeRejection(organisationId: string, skillUri: string): Promise<boolean>
}

/** Counts of competence need demand and catalogue supply for the insight (decision 0026). */
export interface CoDesignInsightStore {
  /** Over the open needs of these visibilities and organisations: skills, regions and fields. */
  readDemand(readership: {
    visibilities: readonly string[]
    alsoOrganisationIds: readonly string[]
  }): Promise<{ skills: SkillDemand[]; regions: RegionDemand[]; fields: FieldDemand[] }>
  /**
   * Per institution, the readable open needs its published micro-credentials share a skill with,
   * and those its drafts do, counted for `draftOrganisationIds` only (0 for the others).
   */
  readAnswers(
    readership: { visibilities: readonly string[]; alsoOrganisationIds: readonly string[] },
    draftOrganisationIds: readonly string[],
  ): Promise<
    {
      organisationId: string
      slug: string
      name: import('./language.js').LanguageMap
      publishedNeedCount: number
      draftNeedCount: number
    }[]
  >
}

/** Credentials from other issuers in learners' portfolios. */
export interface ImportedCredentialStore {
  /** Stores it unless the person holds one with the same fingerprint; true when stored. */
  create(imported: ImportedCredential): Promise<boolean>
  findByFingerprint(personId: string, fingerprint: string): Promise<ImportedCredential | undefined>
  /** The person's imported credentials, newest first. */
  listForPerson(personId: string): Promise<ImportedCredential[]>
  /** Removes one of the person's; false when they have none with this id. */
  delete(personId: string, id: string): Promise<boolean>
  deleteForPerson(personId: string): Promise<void>
}

/** The partner people invited into the design workspace of a version. */
export interface WorkspaceParticipantStore {
  /** Adds the participant unless the person is one already; true when added. */
  add(participant: WorkspaceParticipant): Promise<boolean>
  /** False when the person was not a participant. */
  remove(versionId: string, personId: string): Promise<boolean>
  isParticipant(versionId: string, personId: string): Promise<boolean>
  /** The version's participants, first invited first. */
  listForVersion(versionId: string): Promise<WorkspaceParticipant[]>
  /** The workspaces a person is invited to, newest invitation first. */
  listForPerson(personId: string): Promise<WorkspaceParticipant[]>
  /** The versions of these organisations that have at least one participant. */
  listOpenedVersionIds(organisationIds: readonly string[]): Promise<string[]>
}

/** Comments in design workspaces; each stays with the version it was made on. */
export interface WorkspaceCommentStore {
  create(comment: WorkspaceComment): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<WorkspaceComment | undefined>
  /** The version's comments, oldest first, then by id. */
  listForVersion(versionId: string): Promise<WorkspaceComment[]>
  resolve(id: string, personId: string, at: Date): Promise<void>
}

/** Suggested edits in design workspaces. */
export interface WorkspaceSuggestionStore {
  create(suggestion: WorkspaceSuggestion): Promise<void>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(
    id: string,
    options?: { isForUpdate?: boolean },
  ): Promise<WorkspaceSuggestion | undefined>
  /** The version's suggestions, oldest first, then by id. */
  listForVersion(versionId: string): Promise<WorkspaceSuggestion[]>
  decide(id: string, state: 'accepted' | 'rejected', personId: string, at: Date): Promise<void>
}

/** Open workspace event streams, kept in the database so that every process sees them all. */
export interface WorkspacePresenceStore {
  enter(connection: {
    connectionId: string
    versionId: string
    personId: string
    at: Date
  }): Promise<void>
  touch(connectionId: string, at: Date): Promise<void>
  leave(connectionId: string): Promise<void>
  /** The people with a stream on the version seen at or after `since`, each once. */
  listPresent(versionId: string, since: Date): Promise<string[]>
}

/**
 * Carries workspace events to every open stream of the version, on every Osaamo process: through
 * PostgreSQL LISTEN/NOTIFY on a server database, within the process on the embedded one.
 */
export interface WorkspaceEventBus {
  /** Delivers the event to every subscriber of its version, this process's included. */
  publish(event: WorkspaceEvent): Promise<void>
  /** Calls `listener` with each event of the version until the returned function is called. */
  subscribe(
    versionId: string,
    listener: (event: WorkspaceEvent) => void,
  ): Promise<() => Promise<void>>
  close(): Promise<void>
}

/** Partners' endorsements of specification versions (their sign-offs), withdrawn ones included. */
export interface EndorsementStore {
  /**
   * Stores the endorsement unless its organisation has a standing (not withdrawn) endorsement of
   * the version; true when stored. Two sign-offs at once: one lands.
   */
  create(endorsement: Endorsement): Promise<boolean>
  /** With `isForUpdate`, the row stays locked until the transaction ends. */
  findById(id: string, options?: { isForUpdate?: boolean }): Promise<Endorsement | undefined>
  /** Every endorsement of the version, withdrawn ones too, oldest first, then by id. */
  listForVersion(versionId: string): Promise<Endorsement[]>
  /** Marks a standing endorsement withdrawn; false when it was withdrawn before. */
  withdraw(id: string, change: { at: Date; reason: string }): Promise<boolean>
}
