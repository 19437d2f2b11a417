import {
  type Actor,
  AppError,
  contentFingerprint,
  type Endorsement,
  isEndorsementCurrent,
  type JsonObject,
  type Organisation,
  type SpecificationVersion,
  type Stores,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { canSeeSignOff, standingEndorsements } from './endorsement-access.js'

/** An endorsement as shown: with its organisation, and whether it still fits the version. */
export type ShownEndorsement = {
  readonly endorsement: Endorsement
  readonly organisation: Pick<Organisation, 'id' | 'slug' | 'name'>
  /** False when the version's content changed after the sign-off (a draft edited since). */
  readonly isCurrent: boolean
}

/** What a partner signs off: the version, the fingerprint of its content now, its endorsements. */
export type VersionSignOff = {
  readonly version: SpecificationVersion
  readonly contentFingerprint: string
  readonly endorsements: readonly ShownEndorsement[]
}

/**
 * A version's sign-off view: its content, the fingerprint a sign-off must carry, and its standing
 * endorsements (withdrawn ones left out), oldest first. For anyone who may read the version and
 * for the partners invited to its workspace; SPECIFICATION_VERSION_NOT_FOUND for others.
 */
export async function getVersionSignOff(
  deps: Pick<Deps, 'stores' | 'secrets'>,
  actor: Actor,
  versionId: string,
): Promise<VersionSignOff> {
  const version = await deps.stores.specifications.findVersion(versionId)
  if (version === undefined || !(await canSeeSignOff(deps.stores, actor, version))) {
    throw new AppError('SPECIFICATION_VERSION_NOT_FOUND')
  }
  const fingerprint = contentFingerprint(version.content, deps.secrets.sha256Hex)
  const endorsements = standingEndorsements(
    await deps.stores.endorsements.listForVersion(version.id),
  )
  const organisations = await organisationsById(
    deps.stores,
    endorsements.map((endorsement) => endorsement.organisationId),
  )
  return {
    version,
    contentFingerprint: fingerprint,
    endorsements: endorsements.flatMap((endorsement) => {
      const organisation = organisations.get(endorsement.organisationId)
      return organisation === undefined
        ? []
        : [
            {
              endorsement,
              organisation: {
                id: organisation.id,
                slug: organisation.slug,
                name: organisation.name,
              },
              isCurrent: isEndorsementCurrent(endorsement, fingerprint),
            },
          ]
    }),
  }
}

/**
 * The signed EndorsementCredentials that credentials issued from the version carry: standing
 * endorsements given for the content the version has now, oldest first.
 */
export async function listCurrentEndorsementCredentials(
  deps: Pick<Deps, 'secrets'>,
  stores: Stores,
  version: SpecificationVersion,
): Promise<JsonObject[]> {
  const fingerprint = contentFingerprint(version.content, deps.secrets.sha256Hex)
  return (await stores.endorsements.listForVersion(version.id))
    .filter((endorsement) => isEndorsementCurrent(endorsement, fingerprint))
    .map((endorsement) => endorsement.credential)
}

async function organisationsById(
  stores: Stores,
  ids: readonly string[],
): Promise<Map<string, Organisation>> {
  const found = new Map<string, Organisation>()
  for (const id of new Set(ids)) {
    const organisation = await stores.organisations.findById(id)
    if (organisation !== undefined) {
      found.set(id, organisation)
    }
  }
  return found
}
