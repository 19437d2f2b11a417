import type { SpecificationExportContext, SpecificationVersion } from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * What exports and credentials of a version need besides the version: its awarding
 * organisations and the labels of its ESCO skills.
 */
export async function loadExportContext(
  deps: Pick<Deps, 'stores' | 'publicUrl'>,
  version: SpecificationVersion,
): Promise<SpecificationExportContext> {
  // Only the version's awarding bodies are read: issuing calls this once a credential.
  const found = await Promise.all(
    version.content.awardingBodyIds.map((id) => deps.stores.organisations.findById(id)),
  )
  const awardingBodies = found.filter((organisation) => organisation !== undefined)
  const skillUris = [
    ...new Set(
      version.content.learningOutcomes.flatMap((outcome) =>
        outcome.skills.map((skill) => skill.uri),
      ),
    ),
  ]
  const skillLabels = new Map<string, string>()
  for (const uri of skillUris) {
    const skill = await deps.stores.esco.findSkill(uri)
    if (skill !== undefined) {
      skillLabels.set(uri, skill.preferredLabel)
    }
  }
  return { publicUrl: deps.publicUrl, awardingBodies, skillLabels }
}
