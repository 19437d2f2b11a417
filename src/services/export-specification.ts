import {
  type Achievement,
  type Actor,
  type ElmLearningAchievementSpecification,
  type JsonObject,
  toAchievement,
  toElmLearningAchievementSpecification,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { listCurrentEndorsementCredentials } from './get-version-sign-off.js'
import { getReadableVersion } from './specification-access.js'
import { loadExportContext } from './specification-export-context.js'

/** An OB 3.0 Achievement with the partners' current endorsements of the version, if any. */
export type EndorsedAchievement = Achievement & { readonly endorsement?: readonly JsonObject[] }

/** The formats a specification version can be exported in. */
export type SpecificationExportFormat = 'ob3' | 'elm'

/**
 * A specification version as an Open Badges 3.0 Achievement (with the partners' current signed
 * endorsements) or an ELM 3 learning-achievement specification. Visible as the version is:
 * published and retired versions to everyone, others to the organisation's staff.
 */
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'secrets'>,
  actor: Actor,
  input: { versionId: string; format: 'ob3' },
): Promise<EndorsedAchievement>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'secrets'>,
  actor: Actor,
  input: { versionId: string; format: 'elm' },
): Promise<ElmLearningAchievementSpecification>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'secrets'>,
  actor: Actor,
  input: { versionId: string; format: SpecificationExportFormat },
): Promise<EndorsedAchievement | ElmLearningAchievementSpecification>
export async function exportSpecification(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'secrets'>,
  actor: Actor,
  input: { versionId: string; format: SpecificationExportFormat },
): Promise<EndorsedAchievement | ElmLearningAchievementSpecification> {
  const version = await getReadableVersion(deps, actor, input.versionId)
  const context = await loadExportContext(deps, version)
  if (input.format === 'elm') {
    return toElmLearningAchievementSpecification(version, context)
  }
  // The signed endorsements go with the Achievement, as in the credentials issued from it.
  const achievement = toAchievement(version, context)
  const endorsements = await listCurrentEndorsementCredentials(deps, deps.stores, version)
  return endorsements.length === 0 ? achievement : { ...achievement, endorsement: endorsements }
}
