import type {
  CertificateRenderer,
  Clock,
  CredentialSigner,
  CredentialVerifier,
  DatabaseProbe,
  IdGenerator,
  JobQueue,
  KeyVault,
  MailSender,
  OidcClient,
  OpenBadgesSchema,
  PasswordHasher,
  RandomNumbers,
  RemoteCredentials,
  Secrets,
  StatusListEncoder,
  Stores,
  UnitOfWork,
  WorkspaceEventBus,
} from '../core/index.js'

/** Everything a use case may touch, handed in by the composition root (src/compose.ts). */
export type Deps = {
  readonly clock: Clock
  readonly ids: IdGenerator
  readonly database: DatabaseProbe
  /** Stores outside any transaction, for reads and single writes. */
  readonly stores: Stores
  /** Runs several writes atomically. */
  readonly transaction: UnitOfWork
  readonly passwordHasher: PasswordHasher
  /** Delivers the outbox's messages (SMTP, or files in development). */
  readonly mailSender: MailSender
  /** The address people reach this installation at; links in mail point here. */
  readonly publicUrl: string
  readonly secrets: Secrets
  /** True when this installation may hold demo data (and, later, demo accounts). */
  readonly isDemo: boolean
  /** Adds Data Integrity proofs and makes VC-JWTs. */
  readonly credentialSigner: CredentialSigner
  /** Makes the organisations' signing keys and opens them, sealed under the key-encryption key. */
  readonly keyVault: KeyVault
  /** Random status list indexes (herd privacy). */
  readonly random: RandomNumbers
  /** Compresses status list bits for list credentials. */
  readonly statusListEncoder: StatusListEncoder
  /** Checks any credential: proof, issuer key, dates, status, schema, issuer trust. */
  readonly credentialVerifier: CredentialVerifier
  /** Fetches a credential a learner links to, under the installation's network rules. */
  readonly remoteCredentials: RemoteCredentials
  /** The Open Badges 3.0 JSON Schemas, checked before an Open Badge is signed. */
  readonly openBadgesSchema: OpenBadgesSchema
  /** Lays out printable certificates of issued credentials (PDF). */
  readonly certificateRenderer: CertificateRenderer
  /** Runs cohort issuing in the background. */
  readonly jobs: JobQueue
  /** The installation's single sign-on provider, when one is configured. */
  readonly oidc: OidcClient | undefined
  /** Carries design workspace events to every open stream, on every Osaamo process. */
  readonly workspaceEvents: WorkspaceEventBus
}
