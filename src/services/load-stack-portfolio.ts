import {
  credentialNamesOf,
  type JsonObject,
  type Language,
  type StackableCredential,
  toStackableCredential,
} from '../core/index.js'
import type { Deps } from './deps.js'

/** A learner's credentials as stacks read them, with each signed credential to bundle. */
export type StackPortfolio = {
  readonly credentials: readonly StackableCredential[]
  /** The signed credential by id: a JSON document, or the compact VC-JWT of an import. */
  readonly signed: ReadonlyMap<string, JsonObject | string>
}

const versionPath = /\/api\/specification-versions\/([0-9a-f-]{36})$/i

/**
 * Reads the person's whole portfolio for stacks: the credentials Osaamo issued them (counting
 * while active and not past their end of validity) and those they imported (counting when they
 * verified on import), each linked to its Osaamo specification when it is a credential of one of
 * this installation's specification versions.
 */
export async function loadStackPortfolio(
  deps: Pick<Deps, 'stores' | 'publicUrl' | 'clock'>,
  personId: string,
  language: Language,
): Promise<StackPortfolio> {
  const [issued, imported] = await Promise.all([
    deps.stores.issuedCredentials.listForLearner(personId),
    deps.stores.importedCredentials.listForPerson(personId),
  ])
  const specificationOf = specificationLookup(deps)
  const now = deps.clock.now()
  const credentials: StackableCredential[] = []
  const signed = new Map<string, JsonObject | string>()
  for (const record of issued) {
    const names = credentialNamesOf(record.credential, language)
    credentials.push(
      toStackableCredential({
        kind: 'issued',
        id: record.id,
        credential: record.credential,
        isVerified: record.state === 'active' && !isPastValidity(record.credential, now),
        name: names.achievementName,
        issuerName: names.issuerName,
        specificationId:
          record.specificationVersionId === undefined
            ? undefined
            : await specificationOf(record.specificationVersionId),
      }),
    )
    signed.set(record.id, record.jwt ?? record.credential)
  }
  for (const record of imported) {
    const credential = record.credential ?? jwtCredentialOf(record.jwt)
    const names =
      credential === undefined
        ? { achievementName: '', issuerName: '' }
        : credentialNamesOf(credential, language)
    const versionId = versionIdOf(deps.publicUrl, credential)
    credentials.push(
      toStackableCredential({
        kind: 'imported',
        id: record.id,
        credential,
        isVerified: record.isVerified,
        name: names.achievementName,
        issuerName: names.issuerName,
        specificationId: versionId === undefined ? undefined : await specificationOf(versionId),
      }),
    )
    const document = record.credential ?? record.jwt
    if (document !== undefined) {
      signed.set(record.id, document)
    }
  }
  return { credentials, signed }
}

function specificationLookup(deps: Pick<Deps, 'stores'>) {
  const known = new Map<string, string | undefined>()
  return async (versionId: string) => {
    if (!known.has(versionId)) {
      const version = await deps.stores.specifications.findVersion(versionId)
      known.set(versionId, version?.specificationId)
    }
    return known.get(versionId)
  }
}

/** The version id of an imported credential of this installation's specification version. */
function versionIdOf(publicUrl: string, credential: JsonObject | undefined): string | undefined {
  const subject = credential?.credentialSubject
  const first = (Array.isArray(subject) ? subject[0] : subject) as JsonObject | undefined
  const id = (first?.achievement as JsonObject | undefined)?.id
  if (typeof id !== 'string' || !id.startsWith(`${publicUrl}/`)) {
    return undefined
  }
  return versionPath.exec(id)?.[1]?.toLowerCase()
}

function isPastValidity(credential: JsonObject, now: Date): boolean {
  const until =
    typeof credential.validUntil === 'string' ? new Date(credential.validUntil) : undefined
  return until !== undefined && !Number.isNaN(until.getTime()) && until < now
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
