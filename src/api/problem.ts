import { Type } from 'typebox'
import { type AppError, type ErrorCode, errorCodes } from '../core/index.js'
import { httpStatusOf } from './error-status.js'

/** An RFC 9457 problem document, as every error response of the API is. */
export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI naming the kind of problem: urn:osaamo:error:<code>' }),
    title: Type.String({ description: 'A plain-language summary of the kind of problem' }),
    status: Type.Integer(),
    detail: Type.String({ description: 'What went wrong with this request' }),
    code: Type.String({ description: 'The stable error code; see docs/errors.md' }),
    details: Type.Optional(
      Type.Record(Type.String(), Type.Unknown(), {
        description:
          'More about the problem; for OFFERING_INVALID and RESULT_INVALID, problems lists OfferingProblem items, for ENROLMENT_IMPORT_INVALID and RESULT_IMPORT_INVALID RowProblem items',
      }),
    ),
  },
  { $id: 'Problem', description: 'RFC 9457 problem details' },
)

export type Problem = {
  type: string
  title: string
  status: number
  detail: string
  code: ErrorCode
  details?: Readonly<Record<string, unknown>>
}

/** The problem document for an AppError. */
export function toProblem(error: AppError): Problem {
  return {
    type: `urn:osaamo:error:${error.code}`,
    title: errorCodes[error.code],
    status: httpStatusOf[error.code],
    detail: error.message,
    code: error.code,
    ...(error.details === undefined ? {} : { details: error.details }),
  }
}

/** The reference to the shared Problem schema, for route response declarations. */
export const problemResponse = Type.Ref('Problem')
