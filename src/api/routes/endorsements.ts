import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { maximumEndorsementCommentLength } from '../../core/index.js'
import {
  type Deps,
  getVersionSignOff,
  type ShownEndorsement,
  signOffVersion,
  withdrawEndorsement,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { toVersionBody } from '../specification-schemas.js'

const VersionParams = Type.Object({ versionId: Type.String({ format: 'uuid' }) })
const EndorsementParams = Type.Object({ endorsementId: Type.String({ format: 'uuid' }) })
const ContentFingerprint = Type.String({
  pattern: '^sha256:[0-9a-f]{64}$',
  description:
    'SHA-256 of the canonical JSON (RFC 8785 key order) of the version’s content: what the partner reviewed',
})

const EndorsementBody = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    versionId: Type.String({ format: 'uuid' }),
    organisation: Type.Object({
      id: Type.String({ format: 'uuid' }),
      slug: Type.String(),
      name: Type.Ref('LanguageMap'),
    }),
    comment: Type.String({ description: 'the endorsement text (Markdown)' }),
    contentFingerprint: ContentFingerprint,
    isCurrent: Type.Boolean({
      description:
        'false when the version changed after the sign-off: the endorsement is then neither shown in the catalogue nor carried by issued credentials',
    }),
    createdAt: Type.String({ format: 'date-time' }),
    credential: Type.Unsafe<Record<string, unknown>>({
      type: 'object',
      additionalProperties: true,
      description:
        'the Open Badges 3.0 EndorsementCredential, signed eddsa-rdfc-2022 with the organisation’s key',
    }),
  },
  { $id: 'Endorsement', description: 'A partner organisation’s signed endorsement of a version' },
)

const SignOffBody = Type.Object({
  contentFingerprint: Type.String({
    maxLength: 100,
    description: 'the contentFingerprint of the version as reviewed (from GET …/sign-off)',
  }),
  comment: Type.String({ maxLength: maximumEndorsementCommentLength + 1000 }),
  organisationSlug: Type.Optional(
    Type.String({
      maxLength: 63,
      description: 'the partner organisation to sign off for, when the person has several',
    }),
  ),
  language: Type.Optional(Type.Union(['fi', 'sv', 'en'].map((code) => Type.Literal(code)))),
})

const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
}

/** Partners' sign-offs of specification versions, as signed Open Badges 3.0 endorsements. */
export const endorsementRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.get(
    '/api/specification-versions/:versionId/sign-off',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'What a partner signs off: the version, the contentFingerprint a sign-off must carry, and its endorsements',
        params: VersionParams,
        response: {
          200: Type.Object({
            version: Type.Ref('SpecificationVersion'),
            contentFingerprint: ContentFingerprint,
            endorsements: Type.Array(Type.Ref('Endorsement')),
          }),
          ...failures,
        },
      },
    },
    async (request) => {
      const view = await getVersionSignOff(deps, request.actor, request.params.versionId)
      return {
        version: toVersionBody(view.version),
        contentFingerprint: view.contentFingerprint,
        endorsements: view.endorsements.map(toEndorsementBody),
      }
    },
  )

  app.get(
    '/api/specification-versions/:versionId/endorsements',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'The endorsements of a version, oldest first: public for a published version; `current` leaves out those given for earlier content',
        params: VersionParams,
        querystring: Type.Object({
          current: Type.Optional(Type.Boolean({ description: 'only those that fit the content' })),
        }),
        response: { 200: Type.Object({ items: Type.Array(Type.Ref('Endorsement')) }), ...failures },
      },
    },
    async (request) => {
      const view = await getVersionSignOff(deps, request.actor, request.params.versionId)
      const shown =
        request.query.current === true
          ? view.endorsements.filter((endorsement) => endorsement.isCurrent)
          : view.endorsements
      return { items: shown.map(toEndorsementBody) }
    },
  )

  app.post(
    '/api/specification-versions/:versionId/sign-offs',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Sign off a version for a partner organisation (its partners and admins invited to the workspace): issues a signed EndorsementCredential',
        description:
          'Refused with SIGN_OFF_VERSION_CHANGED when the version’s content no longer has the given contentFingerprint, SIGN_OFF_ALREADY_GIVEN when the organisation has signed it off, SIGN_OFF_VERSION_CLOSED for a retired version; nothing changes then.',
        params: VersionParams,
        body: SignOffBody,
        response: { 201: Type.Ref('Endorsement'), ...failures },
      },
    },
    async (request, reply) => {
      const endorsement = await signOffVersion(deps, request.actor, {
        versionId: request.params.versionId,
        contentFingerprint: request.body.contentFingerprint,
        comment: request.body.comment,
        organisationSlug: request.body.organisationSlug,
        language: request.body.language,
      })
      const view = await getVersionSignOff(deps, request.actor, endorsement.versionId)
      const shown = view.endorsements.find((item) => item.endorsement.id === endorsement.id)
      if (shown === undefined) {
        throw new TypeError('a stored endorsement is not shown')
      }
      return reply.code(201).send(toEndorsementBody(shown))
    },
  )

  app.post(
    '/api/endorsements/:endorsementId/withdraw',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Withdraw an endorsement (the endorsing organisation’s partners and admins): no longer shown nor carried by new credentials',
        params: EndorsementParams,
        body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }),
        response: {
          200: Type.Object({
            id: Type.String({ format: 'uuid' }),
            withdrawnAt: Type.String({ format: 'date-time' }),
          }),
          ...failures,
        },
      },
    },
    async (request) => {
      const withdrawn = await withdrawEndorsement(deps, request.actor, {
        endorsementId: request.params.endorsementId,
        reason: request.body.reason ?? '',
      })
      return { id: withdrawn.id, withdrawnAt: (withdrawn.withdrawnAt ?? new Date()).toISOString() }
    },
  )
}

/** The schemas the routes refer to by `$ref`, added to the app once. */
export const endorsementSchemas = [EndorsementBody]

function toEndorsementBody({ endorsement, organisation, isCurrent }: ShownEndorsement) {
  return {
    id: endorsement.id,
    versionId: endorsement.versionId,
    organisation: { id: organisation.id, slug: organisation.slug, name: organisation.name },
    comment: endorsement.comment,
    contentFingerprint: endorsement.contentFingerprint,
    isCurrent,
    createdAt: endorsement.createdAt.toISOString(),
    credential: endorsement.credential,
  }
}
