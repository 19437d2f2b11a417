import { credentialsV2ContextUrl } from './contexts.js'
import type { JsonObject } from './json.js'

/** One way a document falls short of the VC Data Model 2.0, at a JSON path. */
export type ShapeProblem = { readonly path: string; readonly message: string }

const dateTimeStamp = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/
const url = /^[a-z][a-z0-9+.-]*:\S+$/i

/**
 * Every VC Data Model 2.0 rule a credential to be issued breaks, at once: the contexts (v2 first),
 * `type`, `id`, `issuer`, `credentialSubject`, the validity period and the typed properties.
 * JSON-LD processing in safe mode catches undefined and redefined terms later; this catches
 * what JSON-LD accepts but the data model forbids.
 * @see https://www.w3.org/TR/vc-data-model-2.0/#basic-concepts
 */
export function checkCredentialShape(credential: JsonObject): ShapeProblem[] {
  const problems: ShapeProblem[] = []
  const problem = (path: string, message: string) => problems.push({ path, message })

  const context = credential['@context']
  const contexts = Array.isArray(context) ? context : [context]
  if (contexts[0] !== credentialsV2ContextUrl) {
    problem('/@context', `The first context must be ${credentialsV2ContextUrl}.`)
  }
  contexts.slice(1).forEach((entry, index) => {
    const isObject = typeof entry === 'object' && entry !== null && !Array.isArray(entry)
    if (!isObject && !(typeof entry === 'string' && url.test(entry))) {
      problem(`/@context/${index + 1}`, 'Each further context must be a URL or an object.')
    }
  })
  const types = credential.type
  if (!(Array.isArray(types) ? types : [types]).includes('VerifiableCredential')) {
    problem('/type', 'type must include "VerifiableCredential".')
  }
  if (credential.id !== undefined && !isUrl(credential.id)) {
    problem('/id', 'id must be a single URL.')
  }
  checkIssuer(credential.issuer, problem)
  checkSubjects(credential.credentialSubject, problem)
  for (const field of ['validFrom', 'validUntil'] as const) {
    const value = credential[field]
    if (value !== undefined && (typeof value !== 'string' || !dateTimeStamp.test(value))) {
      problem(`/${field}`, `${field} must be a date and time with a time zone.`)
    }
  }
  if (
    typeof credential.validFrom === 'string' &&
    typeof credential.validUntil === 'string' &&
    Date.parse(credential.validFrom) > Date.parse(credential.validUntil)
  ) {
    problem('/validUntil', 'validUntil must not be before validFrom.')
  }
  for (const field of [
    'credentialStatus',
    'credentialSchema',
    'termsOfUse',
    'evidence',
    'refreshService',
  ]) {
    checkTypedObjects(credential[field], `/${field}`, field === 'credentialSchema', problem)
  }
  return problems
}

function checkIssuer(issuer: unknown, problem: (path: string, message: string) => void): void {
  if (typeof issuer === 'string') {
    if (!url.test(issuer)) {
      problem('/issuer', 'issuer must be a URL.')
    }
    return
  }
  if (typeof issuer !== 'object' || issuer === null || Array.isArray(issuer)) {
    problem('/issuer', 'issuer must be a URL or an object with an id.')
    return
  }
  if (!isUrl((issuer as JsonObject).id)) {
    problem('/issuer/id', 'issuer.id must be a URL.')
  }
}

function checkSubjects(subject: unknown, problem: (path: string, message: string) => void): void {
  const subjects = Array.isArray(subject) ? subject : [subject]
  if (subject === undefined || subjects.length === 0) {
    problem('/credentialSubject', 'credentialSubject is required.')
    return
  }
  subjects.forEach((entry, index) => {
    const path = Array.isArray(subject) ? `/credentialSubject/${index}` : '/credentialSubject'
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problem(path, 'credentialSubject must be an object.')
    } else if (Object.keys(entry).length === 0) {
      problem(path, 'credentialSubject must not be empty.')
    } else if ((entry as JsonObject).id !== undefined && !isUrl((entry as JsonObject).id)) {
      problem(`${path}/id`, 'credentialSubject.id must be a URL.')
    }
  })
}

function checkTypedObjects(
  value: unknown,
  path: string,
  needsId: boolean,
  problem: (path: string, message: string) => void,
): void {
  if (value === undefined) {
    return
  }
  const entries = Array.isArray(value) ? value : [value]
  entries.forEach((entry, index) => {
    const at = Array.isArray(value) ? `${path}/${index}` : path
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
      problem(at, 'must be an object.')
      return
    }
    const record = entry as JsonObject
    if (record.type === undefined) {
      problem(`${at}/type`, 'type is required.')
    }
    if ((needsId || record.id !== undefined) && !isUrl(record.id)) {
      problem(`${at}/id`, 'id must be a URL.')
    }
  })
}

function isUrl(value: unknown): boolean {
  return typeof value === 'string' && url.test(value)
}
