import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { type Static, Type } from 'typebox'
import {
  type IssuingRun,
  isIssuingRunFinished,
  type Language,
  type ProofFormat,
  toIssuingProgress,
} from '../../core/index.js'
import {
  type Deps,
  getIssuingRun,
  listIssuingRuns,
  requestCohortIssuing,
} from '../../services/index.js'
import { problemResponse } from '../problem.js'

const IssuingRunBody = Type.Object({
  id: Type.String({ format: 'uuid' }),
  offeringId: Type.String({ format: 'uuid' }),
  state: Type.Union([
    Type.Literal('queued'),
    Type.Literal('running'),
    Type.Literal('completed'),
    Type.Literal('failed'),
  ]),
  format: Type.String(),
  language: Type.String(),
  total: Type.Integer({ description: 'passed learners when the run was asked for' }),
  issued: Type.Integer({ description: 'credentials this run made' }),
  alreadyIssued: Type.Integer({ description: 'learners who had their credential before' }),
  failures: Type.Array(Type.Object({ enrolmentId: Type.String(), message: Type.String() }), {
    description: 'learners the run could not issue to, and why',
  }),
  lastError: Type.Union([Type.String(), Type.Null()], { description: 'why a failed run stopped' }),
  progress: Type.Object({
    done: Type.Integer(),
    total: Type.Integer(),
    percent: Type.Integer(),
    ratePerSecond: Type.Union([Type.Number(), Type.Null()]),
    secondsLeft: Type.Union([Type.Integer(), Type.Null()]),
  }),
  createdAt: Type.String({ format: 'date-time' }),
  startedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  finishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  links: Type.Object({ self: Type.String(), events: Type.String() }),
})
const OfferingParams = Type.Object({ offeringId: Type.String({ format: 'uuid' }) })
const RunParams = Type.Object({ runId: Type.String({ format: 'uuid' }) })
const failures = {
  400: problemResponse,
  401: problemResponse,
  403: problemResponse,
  404: problemResponse,
}

/** How often the event stream looks at the run: progress is committed batch by batch. */
const eventPollMs = 250

/** Cohort issuing: ask for a run, follow it (JSON or server-sent events), list an offering's runs. */
export const issuingRunRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (
  app,
  { deps },
) => {
  app.post(
    '/api/offerings/:offeringId/issuing-runs',
    {
      schema: {
        tags: ['issuing'],
        summary:
          'Issue credentials to every passed learner of a closed offering, in the background (registrars and admins)',
        description:
          'Answers 202 with the new run, or 200 with the run already under way for the offering. One credential per learner and offering, however often this is asked; learners with a credential keep it. Follow the run at `links.self` or as server-sent events at `links.events`.',
        params: OfferingParams,
        body: Type.Object({
          format: Type.Optional(
            Type.Union([
              Type.Literal('eddsa-rdfc-2022'),
              Type.Literal('eddsa-jcs-2022'),
              Type.Literal('vc+jwt'),
            ]),
          ),
          language: Type.Optional(
            Type.Union([Type.Literal('fi'), Type.Literal('sv'), Type.Literal('en')], {
              description: 'the language of the credentials and the claim mail (default fi)',
            }),
          ),
        }),
        response: {
          200: IssuingRunBody,
          202: IssuingRunBody,
          409: problemResponse,
          ...failures,
        },
      },
    },
    async (request, reply) => {
      const { run, isNew } = await requestCohortIssuing(deps, request.actor, {
        offeringId: request.params.offeringId,
        format: request.body.format satisfies ProofFormat | undefined,
        language: request.body.language satisfies Language | undefined,
      })
      return reply.code(isNew ? 202 : 200).send(toIssuingRunBody(run, deps.clock.now()))
    },
  )

  app.get(
    '/api/offerings/:offeringId/issuing-runs',
    {
      schema: {
        tags: ['issuing'],
        summary: 'The offering’s issuing runs, newest first (registrars and admins)',
        params: OfferingParams,
        response: { 200: Type.Object({ items: Type.Array(IssuingRunBody) }), ...failures },
      },
    },
    async (request) => {
      const runs = await listIssuingRuns(deps, request.actor, request.params.offeringId)
      const now = deps.clock.now()
      return { items: runs.map((run) => toIssuingRunBody(run, now)) }
    },
  )

  app.get(
    '/api/issuing-runs/:runId',
    {
      schema: {
        tags: ['issuing'],
        summary: 'An issuing run and its progress (registrars and admins)',
        params: RunParams,
        response: { 200: IssuingRunBody, ...failures },
      },
    },
    async (request) =>
      toIssuingRunBody(
        await getIssuingRun(deps, request.actor, request.params.runId),
        deps.clock.now(),
      ),
  )

  app.get(
    '/api/issuing-runs/:runId/events',
    {
      schema: {
        tags: ['issuing'],
        summary: 'An issuing run’s progress as server-sent events (registrars and admins)',
        description:
          'A `text/event-stream`: a `progress` event with the run (as `GET /api/issuing-runs/{id}`) now and after every committed batch, then `done` with the finished run, and the stream ends. Works on any Osaamo process: progress is read from the database.',
        params: RunParams,
        response: {
          200: Type.String({ description: 'text/event-stream' }),
          ...failures,
        },
      },
    },
    async (request, reply) => {
      // Checked before the stream opens, so that refusals are ordinary problem+json answers.
      let run = await getIssuingRun(deps, request.actor, request.params.runId)
      reply.hijack()
      reply.raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      })
      let isClosed = false
      request.raw.on('close', () => {
        isClosed = true
      })
      const send = (event: string, current: IssuingRun) =>
        reply.raw.write(
          `event: ${event}\ndata: ${JSON.stringify(toIssuingRunBody(current, deps.clock.now()))}\n\n`,
        )
      send('progress', run)
      while (!isClosed && !isIssuingRunFinished(run)) {
        await new Promise((resolve) => setTimeout(resolve, eventPollMs))
        const next = await deps.stores.issuingRuns.findById(run.id)
        if (next === undefined) {
          break
        }
        if (next.updatedAt.getTime() !== run.updatedAt.getTime() || next.state !== run.state) {
          run = next
          if (!isIssuingRunFinished(run)) {
            send('progress', run)
          }
        }
      }
      if (!isClosed) {
        send('done', run)
      }
      reply.raw.end()
    },
  )
}

/** A run as the API shows it, with its progress at `now`. */
export function toIssuingRunBody(run: IssuingRun, now: Date): Static<typeof IssuingRunBody> {
  const progress = toIssuingProgress(run, now)
  return {
    id: run.id,
    offeringId: run.offeringId,
    state: run.state,
    format: run.format,
    language: run.language,
    total: run.total,
    issued: run.issued,
    alreadyIssued: run.alreadyIssued,
    failures: [...run.failures],
    lastError: run.lastError ?? null,
    progress: {
      done: progress.done,
      total: progress.total,
      percent: progress.percent,
      ratePerSecond:
        progress.ratePerSecond === undefined ? null : Math.round(progress.ratePerSecond * 10) / 10,
      secondsLeft: progress.secondsLeft ?? null,
    },
    createdAt: run.createdAt.toISOString(),
    startedAt: run.startedAt?.toISOString() ?? null,
    finishedAt: run.finishedAt?.toISOString() ?? null,
    links: {
      self: `/api/issuing-runs/${run.id}`,
      events: `/api/issuing-runs/${run.id}/events`,
    },
  }
}
