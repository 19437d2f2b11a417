import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify'
import { AppError, isAppError } from '../core/index.js'
import { toProblem } from './problem.js'

/**
 * Answers every failure as application/problem+json with a stable code. Mistakes of the caller
 * (bad JSON, too large, schema mismatch, unknown route) are 4xx and logged without a stack;
 * anything else is a 500 whose cause goes to the log only.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    sendProblem(
      reply,
      new AppError(
        'ROUTE_NOT_FOUND',
        `Nothing is at ${request.method} ${request.routeOptions.url ?? 'this address'}.`,
      ),
    )
  })

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error)
    if (appError.code === 'INTERNAL_ERROR') {
      request.log.error({ err: error }, 'request failed')
    } else {
      request.log.info({ code: appError.code }, 'request refused')
    }
    sendProblem(reply, appError)
  })
}

function sendProblem(reply: FastifyReply, error: AppError): void {
  const problem = toProblem(error)
  const retryAfter = error.details?.retryAfterSeconds
  if (typeof retryAfter === 'number') {
    void reply.header('retry-after', String(retryAfter))
  }
  void reply.status(problem.status).type('application/problem+json; charset=utf-8').send(problem)
}

function toAppError(error: FastifyError): AppError {
  if (isAppError(error)) {
    return error
  }
  if (error.validation !== undefined) {
    const problems = error.validation.map((issue) => ({
      path: `${error.validationContext ?? 'body'}${issue.instancePath}`,
      message: issue.message ?? 'is not valid',
    }))
    return new AppError('REQUEST_INVALID', undefined, { details: { problems } })
  }
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('REQUEST_BODY_TOO_LARGE')
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('REQUEST_MEDIA_TYPE_UNSUPPORTED')
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('REQUEST_BODY_MALFORMED')
    default:
      break
  }
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return new AppError('REQUEST_BODY_MALFORMED')
  }
  return new AppError('INTERNAL_ERROR', undefined, { cause: error })
}
