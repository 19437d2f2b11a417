import { createVerificationCheck, type JsonObject, type VerificationCheck } from '../core/index.js'
import { type OpenBadgeSchemaKind, validateOpenBadgeSchema } from './open-badges-schema.js'

/** Schema errors listed in a report; the count says how many there were in all. */
const maximumListedErrors = 20

/**
 * The `schema` check: an Open Badges 3.0 AchievementCredential (or OpenBadgeCredential) or
 * EndorsementCredential against its 1EdTech JSON Schema. Violations are a warning, never a
 * failure, as the 1EdTech validator treats plain-JSON-schema errors; other credentials skip it.
 * The plain schema is stricter than JSON-LD about one value against a list of one: it wants
 * `proof` as a list and `credentialStatus` as one object. Those forms mean the same in JSON-LD
 * (and VC 2.0 allows several status entries), so each entry is checked in the form the schema
 * reads, as 1EdTech's JSON-LD-aware schema would accept it.
 */
export function checkSchema(credential: JsonObject): VerificationCheck {
  const kind = schemaKindOf(credential)
  if (kind === undefined) {
    return createVerificationCheck('schema', 'skipped', 'SCHEMA_NOT_APPLICABLE')
  }
  const result = validateInSchemaForm(credential, kind)
  if (result.isValid) {
    return createVerificationCheck('schema', 'ok', 'SCHEMA_VALID', { details: { schema: kind } })
  }
  return createVerificationCheck('schema', 'warning', 'SCHEMA_INVALID', {
    values: { count: result.errors.length },
    details: {
      schema: kind,
      errorCount: result.errors.length,
      errors: result.errors.slice(0, maximumListedErrors),
    },
  })
}

function schemaKindOf(credential: JsonObject): OpenBadgeSchemaKind | undefined {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type]
  if (types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) {
    return 'achievement'
  }
  return types.includes('EndorsementCredential') ? 'endorsement' : undefined
}

function validateInSchemaForm(
  credential: JsonObject,
  kind: OpenBadgeSchemaKind,
): ReturnType<typeof validateOpenBadgeSchema> {
  const proof = credential.proof
  const withProofList =
    proof === undefined || Array.isArray(proof) ? credential : { ...credential, proof: [proof] }
  const status = credential.credentialStatus
  if (!Array.isArray(status)) {
    return validateOpenBadgeSchema(withProofList, kind)
  }
  const results = status.map((entry) =>
    validateOpenBadgeSchema({ ...withProofList, credentialStatus: entry }, kind),
  )
  const errors = results.flatMap((result) => result.errors)
  const unique = [
    ...new Map(errors.map((error) => [`${error.path} ${error.message}`, error])).values(),
  ]
  return { isValid: unique.length === 0, errors: unique }
}
