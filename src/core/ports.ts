import type { AuditEntry, NewAuditEntry } from './audit.js'
import type { EmailAddress, Membership, Person, Role } from './identity.js'
import type { Organisation } from './organisation.js'

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
  findById(id: string): Promise<Organisation | undefined>
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
}

/**
 * Runs `work` in one database transaction: all of its writes land together or none does.
 * This is how "bad input changes nothing" holds across several stores.
 */
export type UnitOfWork = <T>(work: (stores: Stores) => Promise<T>) => Promise<T>

export interface PersonStore {
  create(person: Person): Promise<void>
  findById(id: string): Promise<Person | undefined>
  /** Every person, ordered by display name; erased people excluded. */
  list(): Promise<Person[]>
  /** Replaces the personal fields of an erased person and removes their password. */
  erase(id: string, pseudonym: string, at: Date): Promise<void>
  findPasswordHash(personId: string): Promise<string | undefined>
  setPasswordHash(personId: string, passwordHash: string): Promise<void>
  addEmailAddress(address: EmailAddress): Promise<void>
  findEmailAddress(address: string): Promise<EmailAddress | undefined>
  listEmailAddresses(personId: string): Promise<EmailAddress[]>
  deleteEmailAddresses(personId: string): Promise<void>
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
  /** Entries of one organisation, newest first. */
  listForOrganisation(
    organisationId: string,
    options: { limit: number; before?: number },
  ): Promise<AuditEntry[]>
  /** Every entry in order, for verification. */
  listAll(): Promise<AuditEntry[]>
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
