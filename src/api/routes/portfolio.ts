import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import {
  credentialNamesOf,
  type ImportedCredential,
  isLanguage,
  type JsonObject,
  type Language,
} from '../../core/index.js'
import {
  type Deps,
  getImportedCredential,
  getSkillsProfile,
  importPortfolioCredential,
  listImportedCredentials,
  removeImportedCredential,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { VerificationReportSchema } from '../verification-schemas.js'

const ImportedSummary = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    origin: Type.Union([Type.Literal('upload'), Type.Literal('paste'), Type.Literal('url')]),
    sourceUrl: Type.Union([Type.String(), Type.Null()], {
      description: 'Where an import by URL fetched it from',
    }),
    achievementName: Type.String(),
    issuerName: Type.String(),
    isVerified: Type.Boolean({
      description: 'Whether it verified on import; one that did not is kept, marked',
    }),
    failedChecks: Type.Array(Type.String(), {
      description: 'The codes of the checks that failed on import (empty when verified)',
    }),
    importedAt: Type.String({ format: 'date-time' }),
  },
  { description: 'A credential from another issuer in the learner’s portfolio' },
)
const ImportedDetail = Type.Object({
  ...ImportedSummary.properties,
  credential: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.String()], {
    description: 'The credential as imported: its JSON, or the compact VC-JWT',
  }),
  report: VerificationReportSchema,
})
const SkillsProfileBody = Type.Object({
  skills: Type.Array(
    Type.Object({
      uri: Type.String({ description: 'The ESCO skill' }),
      label: Type.String(),
      sources: Type.Array(
        Type.Object({
          kind: Type.Union([Type.Literal('issued'), Type.Literal('imported')]),
          id: Type.String({ format: 'uuid' }),
          achievementName: Type.String(),
          isVerified: Type.Boolean(),
        }),
      ),
    }),
  ),
  ects: Type.Object({
    total: Type.Number(),
    byLevel: Type.Array(
      Type.Object({
        key: Type.String({ description: 'eqf-1 … eqf-8, or unknown' }),
        ects: Type.Number(),
      }),
    ),
    byField: Type.Array(
      Type.Object({
        key: Type.String({
          description: 'the field of study as the credential names it, or unknown',
        }),
        ects: Type.Number(),
      }),
    ),
  }),
})
const IdParams = Type.Object({ id: Type.String({ format: 'uuid' }) })
const LanguageQuery = Type.Object({
  language: Type.Optional(Type.String({ description: 'fi (default), sv or en: for names' })),
})
const failures = { 400: problemResponse, 401: problemResponse, 403: problemResponse }

/** The learner's portfolio: credentials from other issuers, imported and verified. */
export const portfolioRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/api/me/portfolio/imports',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'Import a credential from another issuer (its JSON, as an object or text, or a VC-JWT): verified with the full report and kept, marked when it does not verify; 409 when the portfolio holds it already',
        querystring: LanguageQuery,
        body: Type.Object({
          credential: Type.Optional(
            Type.Union([Type.String(), Type.Record(Type.String(), Type.Unknown())]),
          ),
          url: Type.Optional(
            Type.String({ maxLength: 2000, description: 'With origin url: where to fetch it' }),
          ),
          origin: Type.String({ description: 'upload (a file), paste, or url' }),
        }),
        response: { 201: ImportedDetail, 409: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const imported = await importPortfolioCredential(deps, request.actor, {
        credential: request.body.credential as string | JsonObject | undefined,
        url: request.body.url,
        origin: request.body.origin,
      })
      return reply.status(201).send(toDetail(imported, languageOf(request.query.language)))
    },
  )

  app.get(
    '/api/me/portfolio/imports',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'The signed-in learner’s imported credentials, newest first',
        querystring: LanguageQuery,
        response: { 200: Type.Object({ items: Type.Array(ImportedSummary) }), ...failures },
      },
    },
    async (request, reply) => {
      const language = languageOf(request.query.language)
      void reply.header('cache-control', 'no-store')
      const items = await listImportedCredentials(deps, request.actor)
      return { items: items.map((imported) => toSummary(imported, language)) }
    },
  )

  app.get(
    '/api/me/portfolio/skills',
    {
      schema: {
        tags: ['portfolio'],
        summary:
          'The signed-in learner’s skills profile: each ESCO skill with the credentials it comes from, and ECTS credits by EQF level and field (credentials that verify only)',
        response: { 200: SkillsProfileBody, ...failures },
      },
    },
    async (request, reply) => {
      void reply.header('cache-control', 'no-store')
      const profile = await getSkillsProfile(deps, request.actor)
      return {
        skills: profile.skills.map((skill) => ({
          uri: skill.uri,
          label: skill.label,
          sources: skill.sources.map((source) => ({ ...source })),
        })),
        ects: {
          total: profile.ects.total,
          byLevel: profile.ects.byLevel.map((entry) => ({ ...entry })),
          byField: profile.ects.byField.map((entry) => ({ ...entry })),
        },
      }
    },
  )

  app.get(
    '/api/me/portfolio/imports/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'One imported credential with its verification report from the import',
        params: IdParams,
        querystring: LanguageQuery,
        response: { 200: ImportedDetail, 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      const imported = await getImportedCredential(deps, request.actor, request.params.id)
      void reply.header('cache-control', 'no-store')
      return toDetail(imported, languageOf(request.query.language))
    },
  )

  app.delete(
    '/api/me/portfolio/imports/:id',
    {
      schema: {
        tags: ['portfolio'],
        summary: 'Take an imported credential out of the portfolio',
        params: IdParams,
        response: { 204: Type.Null(), 404: problemResponse, ...failures },
      },
    },
    async (request, reply) => {
      await removeImportedCredential(deps, request.actor, request.params.id)
      return reply.status(204).send(null)
    },
  )
}

function languageOf(value: string | undefined): Language {
  return isLanguage(value) ? value : 'fi'
}

function toSummary(
  imported: ImportedCredential,
  language: Language,
): Static<typeof ImportedSummary> {
  const names =
    imported.credential === undefined
      ? { achievementName: '', issuerName: imported.report.issuerId ?? '' }
      : credentialNamesOf(imported.credential, language)
  return {
    id: imported.id,
    origin: imported.origin,
    sourceUrl: imported.sourceUrl ?? null,
    ...names,
    isVerified: imported.isVerified,
    failedChecks: imported.report.checks
      .filter((check) => check.outcome === 'failed')
      .map((check) => check.code),
    importedAt: imported.importedAt.toISOString(),
  }
}

function toDetail(imported: ImportedCredential, language: Language): Static<typeof ImportedDetail> {
  return {
    ...toSummary(imported, language),
    credential: imported.credential ?? imported.jwt ?? '',
    report: imported.report as Static<typeof VerificationReportSchema>,
  }
}
