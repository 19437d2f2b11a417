import type { ServerResponse } from 'node:http'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Type } from 'typebox'
import { type WorkspaceAnchor, type WorkspaceEvent, workspacePresence } from '../../core/index.js'
import {
  acceptWorkspaceSuggestion,
  commentInWorkspace,
  type Deps,
  describeWorkspaceComment,
  describeWorkspaceSuggestion,
  getWorkspace,
  inviteToWorkspace,
  listMyWorkspaces,
  openWorkspaceStream,
  rejectWorkspaceSuggestion,
  removeWorkspaceParticipant,
  resolveWorkspaceComment,
  suggestWorkspaceEdit,
  type Workspace,
  type WorkspaceCommentView,
  type WorkspaceParticipantView,
  type WorkspaceStream,
  type WorkspaceSuggestionView,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'
import { toVersionBody } from '../specification-schemas.js'

const LanguageMap = Type.Ref('LanguageMap')

const AnchorBody = Type.Union(
  [
    Type.Object({
      kind: Type.Literal('field'),
      field: Type.String({ maxLength: 100, description: 'a content field, e.g. title' }),
    }),
    Type.Object({
      kind: Type.Literal('learning-outcome'),
      outcomeId: Type.String({ maxLength: 200, description: 'a learning outcome’s id' }),
    }),
  ],
  { description: 'What a comment or a suggestion points at' },
)

const SideBody = Type.Union(
  [Type.Literal('designer'), Type.Literal('staff'), Type.Literal('partner')],
  {
    description:
      'designer: runs the workspace (invites, decides suggestions); staff: the owning organisation’s other staff; partner: invited',
  },
)

const ParticipantBody = Type.Object({
  personId: Type.String({ format: 'uuid' }),
  displayName: Type.String(),
  organisationId: Type.String({ format: 'uuid', description: 'the partner organisation' }),
  invitedAt: Type.String({ format: 'date-time' }),
})

const CommentBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  versionId: Type.String({ format: 'uuid', description: 'the version it was made on, for good' }),
  parentId: Type.Union([Type.String({ format: 'uuid' }), Type.Null()]),
  anchor: AnchorBody,
  authorId: Type.String({ format: 'uuid' }),
  authorName: Type.String(),
  text: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  resolvedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  isAnchorPresent: Type.Boolean({
    description: 'false when the learning outcome it points at was removed from the draft since',
  }),
})

const ThreadBody = Type.Intersect([CommentBody, Type.Object({ replies: Type.Array(CommentBody) })])

const SuggestionBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  versionId: Type.String({ format: 'uuid' }),
  anchor: AnchorBody,
  proposedValue: LanguageMap,
  reason: Type.String(),
  state: Type.Union([Type.Literal('proposed'), Type.Literal('accepted'), Type.Literal('rejected')]),
  proposedBy: Type.String({ format: 'uuid' }),
  proposedByName: Type.String(),
  proposedAt: Type.String({ format: 'date-time' }),
  decidedByName: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  isAnchorPresent: Type.Boolean(),
  currentText: Type.Union([LanguageMap, Type.Null()], {
    description: 'the text the suggestion would replace, as the draft has it now',
  }),
})

const WorkspaceBody = Type.Object({
  version: Type.Ref('SpecificationVersion'),
  side: SideBody,
  participants: Type.Array(ParticipantBody),
  threads: Type.Array(ThreadBody),
  suggestions: Type.Array(SuggestionBody),
  present: Type.Array(Type.Object({ personId: Type.String(), displayName: Type.String() })),
})

const WorkspaceSummaryBody = Type.Object({
  versionId: Type.String({ format: 'uuid' }),
  specificationId: Type.String({ format: 'uuid' }),
  organisationId: Type.String({ format: 'uuid' }),
  versionNumber: Type.Integer(),
  status: Type.String(),
  title: LanguageMap,
  side: SideBody,
  participantCount: Type.Integer(),
  updatedAt: Type.String({ format: 'date-time' }),
})

const VersionParams = Type.Object({ versionId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
  409: problemResponse,
  422: problemResponse,
}

/**
 * The shared design workspace of a draft (issue 9): partner people invited into it, comments
 * anchored to fields and learning outcomes, suggested edits, and a live stream of what happens.
 */
export const designWorkspaceRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  // Streams stay open until the browser leaves; the server's close ends them first.
  const openStreams = new Set<{ stream: WorkspaceStream; response: ServerResponse }>()
  app.addHook('preClose', async () => {
    await Promise.all(
      [...openStreams].map(async (open) => {
        open.response.end()
        await open.stream.close().catch(() => {})
      }),
    )
  })

  app.get(
    '/api/me/workspaces',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'The design workspaces of the signed-in person: those they are invited into, and those their organisations opened',
        response: { 200: Type.Object({ items: Type.Array(WorkspaceSummaryBody) }), ...failures },
      },
    },
    async (request) => ({
      items: (await listMyWorkspaces(deps, request.actor)).map((summary) => ({
        ...summary,
        updatedAt: summary.updatedAt.toISOString(),
      })),
    }),
  )

  app.get(
    '/api/specification-versions/:versionId/workspace',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'A version’s design workspace: the draft, comment threads, suggested edits, participants and who is present (the owning organisation’s staff and invited partners; others 404)',
        params: VersionParams,
        response: { 200: WorkspaceBody, ...failures },
      },
    },
    async (request) =>
      toWorkspaceBody(await getWorkspace(deps, request.actor, request.params.versionId)),
  )

  app.post(
    '/api/specification-versions/:versionId/workspace/participants',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Invite a person of a partner organisation into a draft’s workspace by e-mail address (designers and admins); they are told by mail',
        params: VersionParams,
        body: Type.Object({
          emailAddress: Type.String({ maxLength: 254 }),
          language: Type.Optional(
            Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')], {
              description: 'the language of the invitation mail; fi by default',
            }),
          ),
        }),
        response: { 201: ParticipantBody, ...failures },
      },
    },
    async (request, reply) => {
      const participant = await inviteToWorkspace(deps, request.actor, {
        versionId: request.params.versionId,
        ...request.body,
      })
      return reply.status(201).send(toParticipantBody(participant))
    },
  )

  app.delete(
    '/api/specification-versions/:versionId/workspace/participants/:personId',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Take a person out of the workspace (designers and admins); their comments stay, their open streams end',
        params: Type.Object({
          versionId: Type.String({ format: 'uuid' }),
          personId: Type.String({ format: 'uuid' }),
        }),
        response: { 204: Type.Null(), ...failures },
      },
    },
    async (request, reply) => {
      await removeWorkspaceParticipant(deps, request.actor, request.params)
      return reply.status(204).send(null)
    },
  )

  app.post(
    '/api/specification-versions/:versionId/workspace/comments',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Comment on a field or a learning outcome of a draft, or reply to a thread (parentId); the others are told by mail and live',
        params: VersionParams,
        body: Type.Object({
          anchor: Type.Optional(AnchorBody),
          parentId: Type.Optional(Type.String({ format: 'uuid' })),
          text: Type.String({ maxLength: 10_000, description: 'at most 2,000 characters' }),
        }),
        response: { 201: CommentBody, ...failures },
      },
    },
    async (request, reply) => {
      const comment = await commentInWorkspace(deps, request.actor, {
        versionId: request.params.versionId,
        anchor: request.body.anchor as WorkspaceAnchor | undefined,
        parentId: request.body.parentId,
        text: request.body.text,
      })
      return reply
        .status(201)
        .send(toCommentViewBody(await describeWorkspaceComment(deps, comment)))
    },
  )

  app.post(
    '/api/specification-versions/:versionId/workspace/comments/:commentId/resolve',
    {
      schema: {
        tags: ['co-design'],
        summary: 'Mark a thread resolved (whoever started it, or the designers)',
        params: Type.Object({
          versionId: Type.String({ format: 'uuid' }),
          commentId: Type.String({ format: 'uuid' }),
        }),
        response: { 200: CommentBody, ...failures },
      },
    },
    async (request) =>
      toCommentViewBody(
        await describeWorkspaceComment(
          deps,
          await resolveWorkspaceComment(deps, request.actor, request.params),
        ),
      ),
  )

  app.post(
    '/api/specification-versions/:versionId/workspace/suggestions',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Suggest a new text for a text field or a learning outcome of a draft; the designers accept or reject it',
        params: VersionParams,
        body: Type.Object({
          anchor: AnchorBody,
          value: Type.Unknown({
            description:
              'the suggested text, { "fi": …, "sv": …, "en": … }: the languages given replace those of the field',
          }),
          reason: Type.Optional(Type.String({ maxLength: 10_000 })),
        }),
        response: { 201: SuggestionBody, ...failures },
      },
    },
    async (request, reply) => {
      const suggestion = await suggestWorkspaceEdit(deps, request.actor, {
        versionId: request.params.versionId,
        anchor: request.body.anchor as WorkspaceAnchor,
        value: request.body.value,
        reason: request.body.reason,
      })
      return reply
        .status(201)
        .send(toSuggestionViewBody(await describeWorkspaceSuggestion(deps, suggestion)))
    },
  )

  for (const decision of ['accept', 'reject'] as const) {
    app.post(
      `/api/specification-versions/:versionId/workspace/suggestions/:suggestionId/${decision}`,
      {
        schema: {
          tags: ['co-design'],
          summary:
            decision === 'accept'
              ? 'Accept a suggested edit: the text goes into the draft through the ordinary draft update (designers)'
              : 'Reject a suggested edit (designers and admins)',
          params: Type.Object({
            versionId: Type.String({ format: 'uuid' }),
            suggestionId: Type.String({ format: 'uuid' }),
          }),
          response: { 200: SuggestionBody, ...failures },
        },
      },
      async (request) => {
        const decide = decision === 'accept' ? acceptWorkspaceSuggestion : rejectWorkspaceSuggestion
        return toSuggestionViewBody(
          await describeWorkspaceSuggestion(
            deps,
            await decide(deps, request.actor, request.params),
          ),
        )
      },
    )
  }

  app.get(
    '/api/specification-versions/:versionId/workspace/events',
    {
      schema: {
        tags: ['co-design'],
        summary:
          'Server-sent events of a workspace: comment, suggestion, change, participants (read the workspace again) and presence (who has it open), from every Osaamo process',
        params: VersionParams,
        produces: ['text/event-stream'],
        response: {
          200: Type.String({
            description:
              'text/event-stream; each event’s name is its kind and its data the event as JSON',
          }),
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const pending: WorkspaceEvent[] = []
      let response: ServerResponse | undefined
      const personId = request.actor.kind === 'person' ? request.actor.personId : undefined
      let end = () => {}
      let isEnded = false
      const send = (event: WorkspaceEvent) => {
        if (response === undefined) {
          pending.push(event)
          return
        }
        // An event may still arrive between the end of the response and the unsubscription.
        if (isEnded) {
          return
        }
        response.write(`event: ${event.kind}\ndata: ${JSON.stringify(event)}\n\n`)
        if (event.kind === 'participants' && event.removedPersonId === personId) {
          end()
        }
      }
      // Access is checked (and refused as problem+json) before the stream starts.
      const stream = await openWorkspaceStream(deps, request.actor, request.params.versionId, send)
      reply.hijack()
      const raw = reply.raw
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        'x-accel-buffering': 'no',
        connection: 'keep-alive',
      })
      raw.write(`retry: 3000\n\n`)
      response = raw
      const open = { stream, response: raw }
      openStreams.add(open)
      const heartbeat = setInterval(() => {
        raw.write(': heartbeat\n\n')
        stream.heartbeat().catch(() => {})
      }, workspacePresence.heartbeatMs)
      heartbeat.unref()
      end = () => {
        if (isEnded) {
          return
        }
        isEnded = true
        clearInterval(heartbeat)
        openStreams.delete(open)
        raw.end()
        stream
          .close()
          .catch((error: unknown) => request.log.warn({ err: error }, 'workspace stream close'))
      }
      raw.on('close', end)
      for (const event of pending.splice(0)) {
        send(event)
      }
    },
  )
}

function toParticipantBody(participant: WorkspaceParticipantView) {
  return {
    personId: participant.personId,
    displayName: participant.displayName,
    organisationId: participant.organisationId,
    invitedAt: participant.invitedAt.toISOString(),
  }
}

function toCommentViewBody(comment: WorkspaceCommentView) {
  return {
    id: comment.id,
    versionId: comment.versionId,
    parentId: comment.parentId ?? null,
    anchor: comment.anchor,
    authorId: comment.authorId,
    authorName: comment.authorName,
    text: comment.text,
    createdAt: comment.createdAt.toISOString(),
    resolvedAt: comment.resolvedAt?.toISOString() ?? null,
    isAnchorPresent: comment.isAnchorPresent,
  }
}

function toSuggestionViewBody(suggestion: WorkspaceSuggestionView) {
  return {
    id: suggestion.id,
    versionId: suggestion.versionId,
    anchor: suggestion.anchor,
    proposedValue: suggestion.proposedValue,
    reason: suggestion.reason,
    state: suggestion.state,
    proposedBy: suggestion.proposedBy,
    proposedByName: suggestion.proposedByName,
    proposedAt: suggestion.proposedAt.toISOString(),
    decidedByName: suggestion.decidedByName ?? null,
    decidedAt: suggestion.decidedAt?.toISOString() ?? null,
    isAnchorPresent: suggestion.isAnchorPresent,
    currentText: suggestion.currentText ?? null,
  }
}

function toWorkspaceBody(workspace: Workspace) {
  return {
    version: toVersionBody(workspace.version),
    side: workspace.side,
    participants: workspace.participants.map(toParticipantBody),
    threads: workspace.threads.map((thread) => ({
      ...toCommentViewBody(thread),
      replies: thread.replies.map(toCommentViewBody),
    })),
    suggestions: workspace.suggestions.map(toSuggestionViewBody),
    present: [...workspace.present],
  }
}
