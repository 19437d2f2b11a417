import {
  type Actor,
  type JsonObject,
  type PortfolioItem,
  requirePerson,
  type SkillsProfile,
  skillsProfileOf,
} from '../core/index.js'
import type { Deps } from './deps.js'

/**
 * The signed-in learner's skills profile from their whole portfolio: the credentials Osaamo
 * issued them and those they imported (see skillsProfileOf for what counts).
 */
export async function getSkillsProfile(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
): Promise<SkillsProfile> {
  const { personId } = requirePerson(actor)
  const [issued, imported] = await Promise.all([
    deps.stores.issuedCredentials.listForLearner(personId),
    deps.stores.importedCredentials.listForPerson(personId),
  ])
  const items: PortfolioItem[] = [
    ...issued.map((credential) => ({
      kind: 'issued' as const,
      id: credential.id,
      credential: credential.credential,
      isVerified: credential.state === 'active',
    })),
    ...imported.map((credential) => ({
      kind: 'imported' as const,
      id: credential.id,
      credential: credential.credential ?? jwtCredentialOf(credential.jwt),
      isVerified: credential.isVerified,
    })),
  ]
  return skillsProfileOf(items)
}

/** The credential a VC-JWT carries: its payload (VC-JOSE) or the payload's `vc` (VC-JWT 1.1). */
function jwtCredentialOf(jwt: string | undefined): JsonObject | undefined {
  try {
    const payload = JSON.parse(
      Buffer.from(jwt?.split('.')[1] ?? '', 'base64url').toString('utf8'),
    ) as JsonObject
    const vc = payload.vc
    return typeof vc === 'object' && vc !== null ? (vc as JsonObject) : payload
  } catch {
    return undefined
  }
}
