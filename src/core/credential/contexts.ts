/**
 * The JSON-LD contexts of the credentials Osaamo issues, in the order they appear. Osaamo's own
 * context defines the EU micro-credential elements that Open Badges 3.0 has no term for; its URL
 * is the same for every installation, so a credential verifies anywhere (docs/decisions/0013).
 */
export const credentialsV2ContextUrl = 'https://www.w3.org/ns/credentials/v2'
export const openBadgesContextUrl = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
export const osaamoContextUrl = 'https://w3id.org/osaamo/credentials/v1'
