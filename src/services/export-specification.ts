import {
  type Achievement,
  type Actor,
  type ElmLearningAchievementSpecification,
  toAchievement,
  toElmLearningAchievementSpecification,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { getReadableVersion } from './specification-access.js'
import { loadExportContext } from './specification-export-context.js'

/** The formats a specification version can be exported in. */
export type SpecificationExportFormat = 'ob3' | 'elm'

/**
 * A specification version as an Open Badges 3.0 Achievement or an ELM 3 learning-achievement
 * specification. Visible as the version is: published and retired versions to everyone, others
 * to the organisation's staff.
 */
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  input: { versionId: string; format: 'ob3' },
): Promise<Achievement>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  input: { versionId: string; format: 'elm' },
): Promise<ElmLearningAchievementSpecification>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  input: { versionId: string; format: SpecificationExportFormat },
): Promise<Achievement | ElmLearningAchievementSpecification>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  actor: Actor,
  input: { versionId: string; format: SpecificationExportFormat },
): Promise<Achievement | ElmLearningAchievementSpecification> {
  const version = await getReadableVersion(deps, actor, input.versionId)
  const context = await loadExportContext(deps, version)
  return input.format === 'ob3'
    ? toAchievement(version, context)
    : toElmLearningAchievementSpecification(version, context)
}
