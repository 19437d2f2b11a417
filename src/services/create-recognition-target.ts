import {
  type Actor,
  AppError,
  checkRecognitionTarget,
  type RecognitionTarget,
  type RecognitionTargetInput,
  requireRole,
} from '../core/index.js'
import { isUuid } from './credential-access.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/**
 * Describes a course, module or degree of the organisation that credentials can be recognised
 * towards. Every problem with the details is RECOGNITION_TARGET_INVALID at once; a code the
 * organisation has already is RECOGNITION_TARGET_CODE_TAKEN. Registrars and admins.
 */
export async function createRecognitionTarget(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; details: RecognitionTargetInput },
): Promise<RecognitionTarget> {
  requireRole(actor, input.organisationId, ['registrar', 'admin'])
  const checked = checkRecognitionTarget(input.details)
  if (!checked.isValid) {
    throw new AppError('RECOGNITION_TARGET_INVALID', undefined, {
      details: { problems: checked.problems },
    })
  }
  const now = deps.clock.now()
  const target: RecognitionTarget = {
    ...checked.details,
    id: deps.ids.newId(),
    organisationId: input.organisationId,
    createdAt: now,
    updatedAt: now,
  }
  await deps.transaction(async (stores) => {
    if (!(await stores.recognition.createTarget(target))) {
      throw new AppError('RECOGNITION_TARGET_CODE_TAKEN', undefined, {
        details: { code: target.code },
      })
    }
    await recordAudit(deps, stores, actor, {
      action: 'recognition.target-created',
      organisationId: target.organisationId,
      subject: { recognitionTargetId: target.id, code: target.code },
    })
  })
  return target
}

/**
 * The recognition targets of one organisation, or of all, by code: what a learner can submit a
 * credential towards. Curricula are public; anyone signed in may read them.
 */
export async function listRecognitionTargets(
  deps: Pick<Deps, 'stores'>,
  query: { organisationId?: string | undefined },
): Promise<RecognitionTarget[]> {
  return deps.stores.recognition.listTargets(query)
}

/** One recognition target; RECOGNITION_TARGET_NOT_FOUND otherwise. */
export async function getRecognitionTarget(
  deps: Pick<Deps, 'stores'>,
  id: string,
): Promise<RecognitionTarget> {
  const target = isUuid(id) ? await deps.stores.recognition.findTarget(id) : undefined
  if (target === undefined) {
    throw new AppError('RECOGNITION_TARGET_NOT_FOUND')
  }
  return target
}
