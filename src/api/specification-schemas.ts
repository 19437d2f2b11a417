import { type Static, Type } from 'typebox'
import {
  emptySpecificationContent,
  type SpecificationContent,
  type SpecificationVersion,
  type ValidationProblem,
} from '../core/index.js'

const Text = Type.Object(
  {
    fi: Type.Optional(Type.String({ maxLength: 20_000 })),
    sv: Type.Optional(Type.String({ maxLength: 20_000 })),
    en: Type.Optional(Type.String({ maxLength: 20_000 })),
  },
  { additionalProperties: false },
)
const Key = Type.String({ maxLength: 100 })

/** The body of a specification as clients send it: every field optional, so drafts can be partial. */
export const SpecificationContentSchema = Type.Object(
  {
    title: Type.Optional(Text),
    summary: Type.Optional(Text),
    description: Type.Optional(Text),
    awardingBodyIds: Type.Optional(Type.Array(Type.String({ format: 'uuid' }), { maxItems: 20 })),
    issuerLocations: Type.Optional(
      Type.Array(
        Type.Object({
          country: Type.String({ maxLength: 2 }),
          region: Type.Optional(Type.String({ maxLength: 200 })),
        }),
        {
          maxItems: 20,
        },
      ),
    ),
    learningOutcomes: Type.Optional(
      Type.Array(
        Type.Object({
          id: Type.String({ maxLength: 100 }),
          text: Text,
          skills: Type.Array(
            Type.Object({
              uri: Type.String({ maxLength: 200 }),
              kind: Type.Union([Type.Literal('skill'), Type.Literal('knowledge')]),
            }),
            { maxItems: 50 },
          ),
        }),
        { maxItems: 50 },
      ),
    ),
    ects: Type.Optional(Type.Number()),
    hours: Type.Optional(Type.Number()),
    eqfLevel: Type.Optional(Type.Union([Type.Integer(), Type.Literal('not-applicable')])),
    qfEheaCycle: Type.Optional(Key),
    nqfLevel: Type.Optional(Type.Integer()),
    iscedField: Type.Optional(Type.String({ maxLength: 4 })),
    assessmentTypes: Type.Optional(Type.Array(Key, { maxItems: 20 })),
    formsOfParticipation: Type.Optional(Type.Array(Key, { maxItems: 10 })),
    learningSetting: Type.Optional(Key),
    supervision: Type.Optional(Key),
    gradingScheme: Type.Optional(Key),
    qualityAssurance: Type.Optional(
      Type.Object({ code: Type.String({ maxLength: 100 }), text: Text }),
    ),
    prerequisites: Type.Optional(Text),
    stackability: Type.Optional(
      Type.Union([
        Type.Object({ kind: Type.Literal('stand-alone') }),
        Type.Object({
          kind: Type.Literal('stackable'),
          towards: Type.Array(Text, { maxItems: 20 }),
        }),
      ]),
    ),
    languages: Type.Optional(Type.Array(Type.String({ maxLength: 10 }), { maxItems: 20 })),
    targetGroup: Type.Optional(Text),
    price: Type.Optional(
      Type.Object({ amountCents: Type.Integer(), currency: Type.Literal('EUR') }),
    ),
    furtherInformation: Type.Optional(Text),
    links: Type.Optional(
      Type.Array(Type.Object({ url: Type.String({ maxLength: 2000 }), label: Text }), {
        maxItems: 20,
      }),
    ),
  },
  { $id: 'SpecificationContent', additionalProperties: false },
)

export const ValidationProblemSchema = Type.Object(
  {
    path: Type.String(),
    code: Type.String(),
    severity: Type.Union([Type.Literal('blocking'), Type.Literal('advisory')]),
    message: Type.Object({ fi: Type.String(), sv: Type.String(), en: Type.String() }),
  },
  { $id: 'ValidationProblem' },
)

export const SpecificationVersionSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    specificationId: Type.String({ format: 'uuid' }),
    organisationId: Type.String({ format: 'uuid' }),
    versionNumber: Type.Integer(),
    status: Type.Union(
      ['draft', 'in-review', 'approved', 'published', 'retired'].map((status) =>
        Type.Literal(status),
      ),
    ),
    content: Type.Ref('SpecificationContent'),
    changeLog: Type.String(),
    createdAt: Type.String({ format: 'date-time' }),
    updatedAt: Type.String({ format: 'date-time' }),
    publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    reviewDueAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'SpecificationVersion' },
)

export const specificationSchemas = [
  SpecificationContentSchema,
  ValidationProblemSchema,
  SpecificationVersionSchema,
]

export type SpecificationContentBody = Static<typeof SpecificationContentSchema>

/** The domain content from a validated request body: absent fields take their empty value. */
export function fromContentBody(body: SpecificationContentBody): SpecificationContent {
  return {
    ...emptySpecificationContent,
    ...definedOnly(body),
    issuerLocations: (body.issuerLocations ?? []).map((location) => ({
      country: location.country,
      region: location.region,
    })),
  }
}

/** Drops the keys whose value is undefined, so that they keep their empty default. */
function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>
}

/** The JSON form of a version: dates as ISO strings, absent values dropped or null. */
export function toVersionBody(version: SpecificationVersion) {
  return {
    id: version.id,
    specificationId: version.specificationId,
    organisationId: version.organisationId,
    versionNumber: version.versionNumber,
    status: version.status,
    content: JSON.parse(JSON.stringify(version.content)) as Record<string, unknown>,
    changeLog: version.changeLog,
    createdAt: version.createdAt.toISOString(),
    updatedAt: version.updatedAt.toISOString(),
    publishedAt: version.publishedAt?.toISOString() ?? null,
    reviewDueAt: version.reviewDueAt?.toISOString() ?? null,
  }
}

export function toProblemBodies(problems: readonly ValidationProblem[]) {
  return problems.map((problem) => ({ ...problem, message: { ...problem.message } }))
}
