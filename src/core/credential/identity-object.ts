/**
 * An Open Badges 3.0 IdentityObject: who the credential is about, as a salted hash (or, for a
 * name, as plain text).
 * @see ../shared/reference/credentials.md §1.1
 */
export type IdentityObject = {
  readonly type: 'IdentityObject'
  readonly identityType: 'emailAddress' | 'name'
  readonly hashed: boolean
  readonly identityHash: string
  readonly salt?: string
}

/**
 * The IdentityObject of an e-mail address: `sha256$` and the hex SHA-256 of the address (trimmed,
 * lower-case) followed by the salt, as OB specifies, so that a verifier who knows the address can
 * check it without the credential disclosing it.
 */
export function toEmailIdentityObject(
  emailAddress: string,
  salt: string,
  sha256Hex: (text: string) => string,
): IdentityObject {
  const identifier = emailAddress.trim().toLowerCase()
  return {
    type: 'IdentityObject',
    identityType: 'emailAddress',
    hashed: true,
    identityHash: `sha256$${sha256Hex(`${identifier}${salt}`)}`,
    salt,
  }
}

/** The IdentityObject of the learner's name, in plain text (Annex I M1, identification). */
export function toNameIdentityObject(name: string): IdentityObject {
  return { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: name }
}
