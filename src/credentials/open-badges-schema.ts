import { readFileSync } from 'node:fs'
import { Ajv2019, type ErrorObject, type ValidateFunction } from 'ajv/dist/2019.js'
import addFormatsPlugin from 'ajv-formats'

/** Which OB 3.0 credential schema to check against. */
export type OpenBadgeSchemaKind = 'achievement' | 'endorsement'

/** One schema violation: the JSON Pointer of the offending value (`''` for the whole document) and ajv's message. */
export type OpenBadgeSchemaError = { path: string; message: string }

/** The outcome of {@link validateOpenBadgeSchema}: valid, or every violation found. */
export type OpenBadgeSchemaResult = { isValid: boolean; errors: OpenBadgeSchemaError[] }

const schemaFiles: Record<OpenBadgeSchemaKind, string> = {
  achievement: 'achievementcredential.json',
  endorsement: 'endorsementcredential.json',
}

// ajv-formats is CommonJS; its default export is the plugin function.
const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2019) => Ajv2019

let ajv: Ajv2019 | undefined
const compiled = new Map<OpenBadgeSchemaKind, ValidateFunction>()

/** Compiles a schema on first use and keeps it: compiling costs far more than validating. */
function validatorFor(kind: OpenBadgeSchemaKind): ValidateFunction {
  const known = compiled.get(kind)
  if (known !== undefined) {
    return known
  }
  // The 1EdTech schemas use `items` arrays with `additionalItems` and unlisted keywords that
  // strict mode rejects; they are used as published, never edited.
  ajv ??= addFormats(new Ajv2019({ allErrors: true, strict: false }))
  const schema = JSON.parse(
    readFileSync(new URL(`./schemas/${schemaFiles[kind]}`, import.meta.url), 'utf8'),
  ) as object
  const validate = ajv.compile(schema)
  compiled.set(kind, validate)
  return validate
}

/**
 * Checks a credential against the Open Badges 3.0 JSON Schema of its kind (AchievementCredential
 * / OpenBadgeCredential, or EndorsementCredential), draft 2019-09. A missing property is reported
 * at its own path (`/issuer`), not at its parent's.
 * @see https://www.imsglobal.org/spec/ob/v3p0/#json-schema
 */
export function validateOpenBadgeSchema(
  credential: unknown,
  kind: OpenBadgeSchemaKind,
): OpenBadgeSchemaResult {
  const validate = validatorFor(kind)
  if (validate(credential)) {
    return { isValid: true, errors: [] }
  }
  return { isValid: false, errors: (validate.errors ?? []).map(toSchemaError) }
}

function toSchemaError(error: ErrorObject): OpenBadgeSchemaError {
  const missing = error.keyword === 'required' ? error.params.missingProperty : undefined
  const path =
    typeof missing === 'string'
      ? `${error.instancePath}/${escapePointer(missing)}`
      : error.instancePath
  return { path, message: error.message ?? error.keyword }
}

function escapePointer(segment: string): string {
  return segment.replaceAll('~', '~0').replaceAll('/', '~1')
}
