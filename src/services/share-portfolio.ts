import {
  type Actor,
  AppError,
  type CredentialReference,
  distinctReferences,
  type JsonObject,
  type Language,
  pickLanguage,
  requirePerson,
  type Share,
  type ShareAccess,
  type ShareState,
  shareExpiryOf,
  shareProblems,
  shareStateOf,
  toVerifiablePresentation,
  type VerificationReport,
} from '../core/index.js'
import type { Deps } from './deps.js'
import {
  listPortfolioCredentials,
  type PortfolioCredential,
  portfolioCredentialNames,
  verifiableInputOf,
} from './portfolio-credentials.js'
import { recordAudit } from './record-audit.js'
import { type ReflectedOutcome, reflectedOutcomes } from './reflect-on-learning-outcome.js'

/** The token prefix of share links: tells a share link from other Osaamo tokens. */
const shareTokenPrefix = 'osh_'

/** A share as its learner sees it: the selection, state and every opening. */
export type ShareWithAccesses = Share & {
  readonly state: ShareState
  readonly accesses: readonly (ShareAccess & { readonly viewerOrganisationNames: string[] })[]
}

/**
 * Shares a selection of the signed-in learner's credentials, with or without their reflections,
 * behind a new unguessable link that works until the end of `expiresOn` (Helsinki time, at most
 * a year ahead) unless withdrawn earlier. The token is returned once; only its hash is kept.
 * Problems at once (SHARE_INVALID); a refused share changes nothing.
 */
export async function createShare(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'stores' | 'transaction' | 'publicUrl'>,
  actor: Actor,
  input: {
    credentials: readonly CredentialReference[]
    includesReflections: boolean
    expiresOn: string
  },
): Promise<{ share: Share; token: string; url: string }> {
  const { personId } = requirePerson(actor)
  const now = deps.clock.now()
  const credentials = distinctReferences(input.credentials)
  const held = (await listPortfolioCredentials(deps.stores, personId)).map((each) => each.reference)
  const problems = shareProblems({ credentials, expiresOn: input.expiresOn }, held, now)
  if (problems.length > 0) {
    throw new AppError('SHARE_INVALID', undefined, { details: { problems } })
  }
  const token = deps.secrets.newToken(shareTokenPrefix)
  const share: Share = {
    id: deps.ids.newId(),
    personId,
    tokenHash: deps.secrets.sha256Hex(token),
    credentials,
    includesReflections: input.includesReflections,
    createdAt: now,
    expiresAt: shareExpiryOf(input.expiresOn),
    withdrawnAt: undefined,
  }
  await deps.transaction(async (stores) => {
    await stores.shares.create(share)
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.share-created',
      subject: { personId, shareId: share.id },
    })
  })
  return { share, token, url: shareUrlOf(deps.publicUrl, token) }
}

/** The address of a share's public page. */
export function shareUrlOf(publicUrl: string, token: string): string {
  return new URL(`/shares/${token}`, publicUrl).href
}

/**
 * The signed-in learner's shares, newest first, each with its state and access log (viewers'
 * organisations named in `language`).
 */
export async function listShares(
  deps: Pick<Deps, 'clock' | 'stores'>,
  actor: Actor,
  language: Language = 'fi',
): Promise<ShareWithAccesses[]> {
  const { personId } = requirePerson(actor)
  const shares = await deps.stores.shares.listForPerson(personId)
  const accesses = await deps.stores.shares.listAccesses(shares.map((share) => share.id))
  const organisationIds = [...new Set(accesses.flatMap((access) => access.viewerOrganisationIds))]
  const names = new Map<string, string>()
  for (const id of organisationIds) {
    const organisation = await deps.stores.organisations.findById(id)
    names.set(
      id,
      organisation === undefined
        ? id
        : (pickLanguage(organisation.name, language) ?? organisation.slug),
    )
  }
  const now = deps.clock.now()
  return shares.map((share) => ({
    ...share,
    state: shareStateOf(share, now),
    accesses: accesses
      .filter((access) => access.shareId === share.id)
      .map((access) => ({
        ...access,
        viewerOrganisationNames: access.viewerOrganisationIds.map((id) => names.get(id) ?? id),
      })),
  }))
}

/** Withdraws one of the signed-in learner's shares: its link stops working at once. */
export async function withdrawShare(
  deps: Pick<Deps, 'clock' | 'stores' | 'transaction'>,
  actor: Actor,
  id: string,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    if (!(await stores.shares.withdraw(personId, id, deps.clock.now()))) {
      const share = await stores.shares.findById(id)
      throw new AppError(
        share === undefined || share.personId !== personId ? 'SHARE_NOT_FOUND' : 'SHARE_WITHDRAWN',
      )
    }
    await recordAudit(deps, stores, actor, {
      action: 'portfolio.share-withdrawn',
      subject: { personId, shareId: id },
    })
  })
}

/** One credential on a share's page: what it is, the credential itself and its fresh report. */
export type SharedCredential = {
  readonly reference: CredentialReference
  readonly achievementName: string
  readonly issuerName: string
  readonly credential: JsonObject | string
  readonly report: VerificationReport
  /** With the learner's reflections (never counsellors' comments) when the share includes them. */
  readonly outcomes: readonly ReflectedOutcome[] | undefined
}

export type OpenedShare = {
  readonly learnerName: string
  readonly expiresAt: Date
  readonly includesReflections: boolean
  readonly credentials: readonly SharedCredential[]
}

/**
 * Opens a share by its link, for anyone holding it: each credential, verified again now (its
 * status may have changed since it was shared), with the full report, and the reflections when
 * the learner included them. The opening is logged with the organisations of a signed-in viewer
 * (never the viewer as a person). A withdrawn link is SHARE_WITHDRAWN, an expired one
 * SHARE_EXPIRED, an unknown one SHARE_NOT_FOUND; none of them is logged. A credential the learner
 * has removed from the portfolio since is left out.
 */
export async function openShare(
  deps: Pick<Deps, 'clock' | 'ids' | 'secrets' | 'stores' | 'credentialVerifier'>,
  actor: Actor,
  token: string,
  language: Language,
): Promise<OpenedShare> {
  const share = await findUsableShare(deps, token)
  const viewerOrganisationIds =
    actor.kind === 'person'
      ? [...new Set(actor.memberships.map((membership) => membership.organisationId))]
      : actor.kind === 'api-token'
        ? [actor.organisationId]
        : []
  await deps.stores.shares.recordAccess({
    id: deps.ids.newId(),
    shareId: share.id,
    openedAt: deps.clock.now(),
    viewerOrganisationIds,
  })
  const learner = await deps.stores.people.findById(share.personId)
  const selected = await selectedCredentials(deps, share)
  return {
    learnerName: learner?.displayName ?? '',
    expiresAt: share.expiresAt,
    includesReflections: share.includesReflections,
    credentials: await Promise.all(
      selected.map(async (credential) => ({
        reference: credential.reference,
        ...portfolioCredentialNames(credential, language),
        credential: verifiableInputOf(credential),
        report: await deps.credentialVerifier.verify(verifiableInputOf(credential)),
        outcomes: share.includesReflections
          ? await reflectedOutcomes(deps, share.personId, credential, language, {
              withComments: false,
            })
          : undefined,
      })),
    ),
  }
}

/**
 * A W3C VC 2.0 VerifiablePresentation of one of the signed-in learner's shares: the same
 * credentials, exactly as signed, in an unsigned presentation (decision 0027). Reflections are
 * the learner's own notes, not credentials, so they are not in it.
 */
export async function getSharePresentation(
  deps: Pick<Deps, 'stores'>,
  actor: Actor,
  shareId: string,
): Promise<JsonObject> {
  const { personId } = requirePerson(actor)
  const share = await deps.stores.shares.findById(shareId)
  if (share === undefined || share.personId !== personId) {
    throw new AppError('SHARE_NOT_FOUND')
  }
  const selected = await selectedCredentials(deps, share)
  return toVerifiablePresentation(
    `urn:uuid:${share.id}`,
    selected.map((credential) => credential.held),
  )
}

async function findUsableShare(
  deps: Pick<Deps, 'clock' | 'secrets' | 'stores'>,
  token: string,
): Promise<Share> {
  const share = token.startsWith(shareTokenPrefix)
    ? await deps.stores.shares.findByTokenHash(deps.secrets.sha256Hex(token))
    : undefined
  if (share === undefined) {
    throw new AppError('SHARE_NOT_FOUND')
  }
  const state = shareStateOf(share, deps.clock.now())
  if (state === 'withdrawn') {
    throw new AppError('SHARE_WITHDRAWN', undefined, {
      details: { withdrawnAt: share.withdrawnAt?.toISOString() },
    })
  }
  if (state === 'expired') {
    throw new AppError('SHARE_EXPIRED', undefined, {
      details: { expiredAt: share.expiresAt.toISOString() },
    })
  }
  return share
}

async function selectedCredentials(
  deps: Pick<Deps, 'stores'>,
  share: Share,
): Promise<PortfolioCredential[]> {
  const held = await listPortfolioCredentials(deps.stores, share.personId)
  return share.credentials.flatMap((reference) =>
    held.filter(
      (credential) =>
        credential.reference.kind === reference.kind && credential.reference.id === reference.id,
    ),
  )
}
