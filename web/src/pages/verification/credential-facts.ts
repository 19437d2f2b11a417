/** The facts a reader looks for in a credential, read from its JSON (or a VC-JWT's payload). */
export type CredentialFacts = {
  name?: string
  achievementName?: string
  learnerName?: string
  issuerName?: string
  validFrom?: string
  validUntil?: string
}

type Json = { [key: string]: unknown }

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A plain string, or the reader's language of a JSON-LD language map or value list. */
function textOf(value: unknown, language: string): string | undefined {
  if (typeof value === 'string') {
    return value
  }
  if (Array.isArray(value)) {
    const values = value.filter(isObject)
    const inLanguage = values.find((item) => item['@language'] === language) ?? values[0]
    return typeof inLanguage?.['@value'] === 'string' ? inLanguage['@value'] : undefined
  }
  if (isObject(value)) {
    for (const key of [language, 'fi', 'en', 'sv', '@value']) {
      if (typeof value[key] === 'string') {
        return value[key]
      }
    }
  }
  return undefined
}

function base64UrlJson(part: string): unknown {
  const base64 = part.replaceAll('-', '+').replaceAll('_', '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const bytes = Uint8Array.from(atob(padded), (character) => character.charCodeAt(0))
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown
}

/** The credential inside a compact VC-JWT: the payload itself, or its `vc` claim. */
function credentialOfJwt(jwt: string): unknown {
  try {
    const payload = base64UrlJson(jwt.split('.')[1] ?? '')
    return isObject(payload) && isObject(payload.vc) ? payload.vc : payload
  } catch {
    return undefined
  }
}

/** What the credential says about itself; nothing of it is trusted before verification. */
export function credentialFactsOf(credential: unknown, language: string): CredentialFacts {
  const document = typeof credential === 'string' ? credentialOfJwt(credential) : credential
  if (!isObject(document)) {
    return {}
  }
  const subject = Array.isArray(document.credentialSubject)
    ? document.credentialSubject[0]
    : document.credentialSubject
  const achievement = isObject(subject) ? subject.achievement : undefined
  const issuer = document.issuer
  const facts: CredentialFacts = {}
  const name = textOf(document.name, language)
  const achievementName = isObject(achievement) ? textOf(achievement.name, language) : undefined
  const learnerName = isObject(subject) ? learnerNameOf(subject, language) : undefined
  const issuerName = isObject(issuer) ? textOf(issuer.name, language) : undefined
  const validFrom = document.validFrom ?? document.issuanceDate
  const validUntil = document.validUntil ?? document.expirationDate
  if (name !== undefined) {
    facts.name = name
  }
  if (achievementName !== undefined) {
    facts.achievementName = achievementName
  }
  if (learnerName !== undefined) {
    facts.learnerName = learnerName
  }
  if (issuerName !== undefined) {
    facts.issuerName = issuerName
  }
  if (typeof validFrom === 'string') {
    facts.validFrom = validFrom
  }
  if (typeof validUntil === 'string') {
    facts.validUntil = validUntil
  }
  return facts
}

/** The subject's name, or Open Badges' plain (unhashed) name identity object. */
function learnerNameOf(subject: Json, language: string): string | undefined {
  const name = textOf(subject.name, language)
  if (name !== undefined) {
    return name
  }
  const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [subject.identifier]
  const named = identifiers
    .filter(isObject)
    .find((item) => item.identityType === 'name' && item.hashed === false)
  return typeof named?.identityHash === 'string' ? named.identityHash : undefined
}
