/** Roles a person or an API token can hold in one organisation. Learners need no membership. */
export const roles = [
  'admin',
  'designer',
  'qa-reviewer',
  'assessor',
  'registrar',
  'partner',
] as const

export type Role = (typeof roles)[number]

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value)
}

/** A person: one stable id; e-mail addresses come and go without changing who they are. */
export type Person = {
  readonly id: string
  readonly displayName: string
  readonly createdAt: Date
  /** Set when the person deleted their account: personal data is gone, the id stays for records. */
  readonly erasedAt: Date | undefined
}

export type EmailAddress = {
  readonly id: string
  readonly personId: string
  /** Stored and compared in lower case. */
  readonly address: string
  readonly verifiedAt: Date | undefined
  readonly createdAt: Date
}

/** A person's roles in one organisation. */
export type Membership = {
  readonly personId: string
  readonly organisationId: string
  readonly roles: readonly Role[]
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The canonical form of an e-mail address (trimmed, lower case), or undefined when it is not one. */
export function normaliseEmailAddress(text: string): string | undefined {
  const address = text.trim().toLowerCase()
  return address.length <= 254 && emailPattern.test(address) ? address : undefined
}

/** Passwords are at least 12 characters and at most 200 (argon2 input stays bounded). */
export function findPasswordProblem(password: string): string | undefined {
  if (password.length < 12) {
    return 'Use at least 12 characters.'
  }
  if (password.length > 200) {
    return 'Use at most 200 characters.'
  }
  return undefined
}
