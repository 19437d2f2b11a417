import {
  type Actor,
  AppError,
  fromCurriculumCsv,
  type RecognitionTarget,
  requireRole,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/**
 * Imports an institution's curriculum (CSV: code, name, ECTS, level, learning outcomes separated
 * by `|`, ESCO skill URIs) as recognition targets, all or nothing: every row's problems are
 * RECOGNITION_IMPORT_INVALID at once and nothing is saved. A code the organisation has already
 * is replaced (a curriculum is imported again each year). Registrars and admins.
 */
export async function importCurriculum(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string; csv: string },
): Promise<{ created: number; replaced: number; targets: RecognitionTarget[] }> {
  requireRole(actor, input.organisationId, ['registrar', 'admin'])
  const { rows, problems } = fromCurriculumCsv(input.csv)
  if (problems.length > 0) {
    throw new AppError('RECOGNITION_IMPORT_INVALID', undefined, { details: { problems } })
  }
  const now = deps.clock.now()
  const targets = rows.map(
    (row): RecognitionTarget => ({
      ...row.details,
      id: deps.ids.newId(),
      organisationId: input.organisationId,
      createdAt: now,
      updatedAt: now,
    }),
  )
  return deps.transaction(async (stores) => {
    const counts = await stores.recognition.importTargets(targets)
    await recordAudit(deps, stores, actor, {
      action: 'recognition.curriculum-imported',
      organisationId: input.organisationId,
      subject: { created: String(counts.created), replaced: String(counts.replaced) },
    })
    const codes = new Set(targets.map((target) => target.code))
    const stored = await stores.recognition.listTargets({ organisationId: input.organisationId })
    return { ...counts, targets: stored.filter((target) => codes.has(target.code)) }
  })
}
