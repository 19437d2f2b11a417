import { randomUUID } from 'node:crypto'
import helmet from '@fastify/helmet'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import fastJson from 'fast-json-stringify'
import Fastify, { type FastifyInstance } from 'fastify'
import type { DestinationStream } from 'pino'
import type { Deps } from '../services/index.js'
import { installAuthentication } from './authentication.js'
import { installErrorHandling } from './error-handler.js'
import { createLoggerOptions } from './logging.js'
import { ProblemSchema } from './problem.js'
import { authRoutes } from './routes/auth.js'
import { catalogueRoutes } from './routes/catalogue.js'
import { claimRoutes } from './routes/claims.js'
import { coDesignInsightRoutes } from './routes/co-design-insight.js'
import { CompetenceNeedProblemSchema, competenceNeedRoutes } from './routes/competence-needs.js'
import { contextRoutes } from './routes/contexts.js'
import { credentialCertificateRoutes } from './routes/credential-certificates.js'
import { credentialOfferRoutes } from './routes/credential-offers.js'
import { designWorkspaceRoutes } from './routes/design-workspaces.js'
import { didDocumentRoutes } from './routes/did-documents.js'
import { emailAddressRoutes } from './routes/email-addresses.js'
import { endorsementRoutes, endorsementSchemas } from './routes/endorsements.js'
import { enrolmentRoutes } from './routes/enrolments.js'
import { escoRoutes } from './routes/esco.js'
import { HealthSchema, healthRoutes } from './routes/health.js'
import { issuedCredentialRoutes } from './routes/issued-credentials.js'
import { issuingRunRoutes } from './routes/issuing-runs.js'
import { learnerCredentialRoutes } from './routes/learner-credentials.js'
import { MyAccountSchema, meRoutes } from './routes/me.js'
import { offeringCredentialRoutes } from './routes/offering-credentials.js'
import { offeringRoutes } from './routes/offerings.js'
import { oid4vciRoutes } from './routes/oid4vci.js'
import { oidcRoutes } from './routes/oidc.js'
import { openBadgeRoutes } from './routes/open-badges.js'
import { organisationAdminRoutes } from './routes/organisation-admin.js'
import { organisationRoutes } from './routes/organisations.js'
import { portfolioRoutes } from './routes/portfolio.js'
import { portfolioShareRoutes } from './routes/portfolio-shares.js'
import { recognitionRoutes } from './routes/recognition.js'
import { reflectionRoutes } from './routes/reflections.js'
import { resultRoutes } from './routes/results.js'
import { signingKeyRoutes } from './routes/signing-keys.js'
import { skillSuggestionRoutes } from './routes/skill-suggestions.js'
import { specificationExportRoutes } from './routes/specification-exports.js'
import { specificationRoutes } from './routes/specifications.js'
import { stackRoutes } from './routes/stacks.js'
import { statusListRoutes } from './routes/status-lists.js'
import { StudyPathProblemSchema, studyPathRoutes } from './routes/study-paths.js'
import { vcApiRoutes } from './routes/vc-api.js'
import { sharedSchemas } from './schemas.js'
import { specificationSchemas } from './specification-schemas.js'
import { serveWebApp } from './web-app.js'

export type AppOptions = {
  /** The address people reach this installation at; https enables HSTS and upgrading requests. */
  readonly publicUrl: string
  /** The version reported in the OpenAPI document. */
  readonly version: string
  /** The largest request body accepted, in bytes. */
  readonly bodyLimitBytes: number
  /** The least severe level logged; 'silent' logs nothing. */
  readonly logLevel: string
  /** Where log lines go (standard output when absent). Tests pass a stream to read them. */
  readonly logStream?: DestinationStream
  /** The folder of the built web app; when absent, `/` explains how to build it. */
  readonly webRoot?: string
}

/**
 * Builds the HTTP API and web server around the given use-case dependencies. It neither reads the
 * environment nor listens: the CLI's `serve` does that, and tests call `app.inject()`.
 */
export async function buildApp(deps: Deps, options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    bodyLimit: options.bodyLimitBytes,
    logger: createLoggerOptions(options.logLevel, options.logStream),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    // Report every schema problem of a request at once, not only the first.
    ajv: { customOptions: { allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>()

  // Response serialisers are compiled on a route's first answer rather than all at start-up,
  // which keeps about 0.2 s out of every start. They still drop anything the schema does not name.
  app.setSerializerCompiler(({ schema }) => {
    let serialize: ((data: unknown) => string) | undefined
    return (data) => {
      serialize ??= fastJson(schema as Parameters<typeof fastJson>[0], {
        schema: app.getSchemas() as Record<string, never>,
      })
      return serialize(data)
    }
  })
  installErrorHandling(app)
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id)
  })

  const isHttps = options.publicUrl.startsWith('https:')
  await app.register(helmet, {
    // Over plain HTTP (a laptop, a test) these two would break the site instead of protecting it.
    strictTransportSecurity: isHttps,
    contentSecurityPolicy: {
      directives: {
        upgradeInsecureRequests: isHttps ? [] : null,
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
      },
    },
    // Credentials and catalogue data are meant to be fetched by other origins' verifiers.
    crossOriginResourcePolicy: { policy: 'cross-origin' },
  })

  app.addSchema(ProblemSchema)
  await app.register(swagger, {
    // Shared schemas keep their $id as their name in the document (Problem, Organisation, …).
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, index) =>
        typeof json.$id === 'string' ? json.$id : `schema-${index}`,
    },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Osaamo API',
        version: options.version,
        description:
          'Micro-credentials for higher education and working life. Errors are RFC 9457 problem documents with a stable code (see docs/errors.md).',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
      },
      tags: [
        { name: 'operations', description: 'Health and service information' },
        { name: 'organisations', description: 'Institutions and working-life partners' },
        {
          name: 'identity',
          description: 'Signing in and out, and the signed-in person’s own account',
        },
        {
          name: 'administration',
          description: 'An organisation’s people, roles, API tokens and audit log',
        },
        {
          name: 'specifications',
          description:
            'Designing micro-credentials: drafts, versions, validation and quality assurance',
        },
        {
          name: 'offerings',
          description: 'Running micro-credentials: offerings, enrolments and assessment results',
        },
        {
          name: 'esco',
          description: 'The ESCO classification of skills and occupations, as imported (public)',
        },
        {
          name: 'co-design',
          description:
            'Working life and institutions together: partners’ competence needs and how the catalogue covers them',
        },
        {
          name: 'catalogue',
          description: 'Search and read the published micro-credentials (public)',
        },
        {
          name: 'credentials',
          description:
            'Issued credentials and their status; the organisations’ DID documents and status lists (public)',
        },
        {
          name: 'issuing',
          description:
            'Cohort issuing: credentials for every passed learner of an offering, as a background run',
        },
        {
          name: 'stacks',
          description:
            'Stacks: how an institution’s credentials add up to a larger whole; learners’ progress and stack credentials',
        },
      ],
    },
  })
  await app.register(swaggerUi, { routePrefix: '/docs' })
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger())

  for (const schema of [
    ...sharedSchemas,
    ...specificationSchemas,
    HealthSchema,
    MyAccountSchema,
    CompetenceNeedProblemSchema,
    StudyPathProblemSchema,
    ...endorsementSchemas,
  ]) {
    app.addSchema(schema)
  }
  await installAuthentication(app, deps)
  await app.register(healthRoutes, { deps })
  await app.register(organisationRoutes, { deps })
  await app.register(authRoutes, { deps, isSecure: isHttps })
  await app.register(oidcRoutes, { deps, isSecure: isHttps })
  await app.register(meRoutes, { deps, isSecure: isHttps })
  await app.register(emailAddressRoutes, { deps })
  await app.register(organisationAdminRoutes, { deps })
  await app.register(escoRoutes, { deps })
  await app.register(specificationRoutes, { deps })
  await app.register(catalogueRoutes, { deps })
  await app.register(offeringRoutes, { deps })
  await app.register(enrolmentRoutes, { deps })
  await app.register(resultRoutes, { deps })
  await app.register(specificationExportRoutes, { deps })
  await app.register(designWorkspaceRoutes, { deps })
  await app.register(endorsementRoutes, { deps })
  await app.register(vcApiRoutes, { deps })
  await app.register(openBadgeRoutes, { deps })
  await app.register(contextRoutes)
  await app.register(didDocumentRoutes, { deps })
  await app.register(statusListRoutes, { deps })
  await app.register(signingKeyRoutes, { deps })
  await app.register(issuedCredentialRoutes, { deps })
  await app.register(credentialCertificateRoutes, { deps })
  await app.register(credentialOfferRoutes, { deps })
  await app.register(claimRoutes, { deps, isSecure: isHttps })
  await app.register(learnerCredentialRoutes, { deps })
  await app.register(portfolioRoutes, { deps })
  await app.register(stackRoutes, { deps })
  await app.register(recognitionRoutes, { deps })
  await app.register(reflectionRoutes, { deps })
  await app.register(portfolioShareRoutes, { deps })
  await app.register(issuingRunRoutes, { deps })
  await app.register(offeringCredentialRoutes, { deps })
  await app.register(oid4vciRoutes, { deps })
  await app.register(skillSuggestionRoutes, { deps })
  await app.register(coDesignInsightRoutes, { deps })
  await app.register(competenceNeedRoutes, { deps })
  await app.register(studyPathRoutes, { deps })
  await serveWebApp(app, options.webRoot)
  await app.ready()
  return app
}
