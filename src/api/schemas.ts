import { Type } from 'typebox'
import { offeringProblemCodes } from '../core/index.js'

/** Shapes shared by several routes, registered once at the root (see app.ts). */
export const LanguageMapSchema = Type.Object(
  {
    fi: Type.Optional(Type.String()),
    sv: Type.Optional(Type.String()),
    en: Type.Optional(Type.String()),
  },
  { $id: 'LanguageMap', description: 'A text in Finnish, Swedish and/or English' },
)

export const OrganisationSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    slug: Type.String(),
    kind: Type.Union([Type.Literal('institution'), Type.Literal('partner')]),
    name: Type.Ref('LanguageMap'),
    country: Type.String({ description: 'ISO 3166-1 alpha-2' }),
    region: Type.Union([Type.String(), Type.Null()]),
  },
  { $id: 'Organisation' },
)

export const PersonSummarySchema = Type.Object(
  { id: Type.String({ format: 'uuid' }), displayName: Type.String() },
  { $id: 'PersonSummary' },
)

export const RoleSchema = Type.Union(
  ['admin', 'designer', 'qa-reviewer', 'assessor', 'registrar', 'partner'].map((role) =>
    Type.Literal(role),
  ),
  { $id: 'Role' },
)

export const ApiTokenSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    name: Type.String(),
    roles: Type.Array(Type.Ref('Role')),
    createdAt: Type.String({ format: 'date-time' }),
    lastUsedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    revokedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'ApiToken' },
)

export const AuditEntrySchema = Type.Object(
  {
    position: Type.Integer(),
    occurredAt: Type.String({ format: 'date-time' }),
    actor: Type.Object({ kind: Type.String(), id: Type.Union([Type.String(), Type.Null()]) }),
    action: Type.String(),
    subject: Type.Record(Type.String(), Type.String()),
    previousHash: Type.String(),
    hash: Type.String(),
  },
  { $id: 'AuditEntry' },
)

const problemFields = {
  path: Type.String({ description: 'The field (JSON pointer without the slash) or CSV column' }),
  code: Type.String({
    enum: [...offeringProblemCodes],
    description: 'The stable code of the problem; docs/errors.md, "Problem codes"',
  }),
  params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()]), {
    description: 'The values the message fills in (row numbers, limits, dates, allowed values…)',
  }),
  message: Type.String({ description: 'The problem in English, its params filled in' }),
}

export const OfferingProblemSchema = Type.Object(problemFields, {
  $id: 'OfferingProblem',
  description:
    'One problem with offering details or a result: details.problems of OFFERING_INVALID and RESULT_INVALID',
})

export const RowProblemSchema = Type.Object(
  {
    row: Type.Integer({ description: 'The row as a spreadsheet numbers it; the header is 1' }),
    ...problemFields,
  },
  {
    $id: 'RowProblem',
    description:
      'One problem of an imported CSV row: details.problems of ENROLMENT_IMPORT_INVALID and RESULT_IMPORT_INVALID, and the skipped rows of a results import',
  },
)

export const sharedSchemas = [
  LanguageMapSchema,
  OrganisationSchema,
  PersonSummarySchema,
  RoleSchema,
  ApiTokenSchema,
  AuditEntrySchema,
  OfferingProblemSchema,
  RowProblemSchema,
]
