import { type Actor, AppError, requirePerson } from '../core/index.js'
import type { Deps } from './deps.js'
import { exportReflectionsAndShares } from './export-reflections-and-shares.js'
import { exportStackCredentials } from './export-stack-credentials.js'
import { getMyAccount } from './get-my-account.js'
import { recordAudit } from './record-audit.js'

/** Everything Osaamo holds about the signed-in person, as one JSON-ready document. */
export async function exportPersonalData(deps: Pick<Deps, 'stores' | 'clock'>, actor: Actor) {
  const account = await getMyAccount(deps, actor)
  const personId = account.person.id
  const oidcIdentities = await deps.stores.oidc.listIdentities(personId)
  const auditEntries = await deps.stores.audit.listForPerson(personId)
  const importedCredentials = await deps.stores.importedCredentials.listForPerson(personId)
  const stackCredentials = await exportStackCredentials(deps, personId)
  const reflectionData = await exportReflectionsAndShares(deps, personId)
  const claims = await deps.stores.credentialClaims.listForPerson(
    personId,
    account.emailAddresses.map((address) => address.address),
  )
  return {
    exportedAt: deps.clock.now().toISOString(),
    format: 'osaamo-personal-data/1',
    person: {
      id: personId,
      displayName: account.person.displayName,
      createdAt: account.person.createdAt.toISOString(),
    },
    emailAddresses: account.emailAddresses.map((address) => ({
      address: address.address,
      verifiedAt: address.verifiedAt?.toISOString() ?? null,
      createdAt: address.createdAt.toISOString(),
    })),
    memberships: account.memberships.map((membership) => ({
      organisation: membership.organisation.slug,
      roles: membership.roles,
    })),
    singleSignOnIdentities: oidcIdentities.map((identity) => ({
      issuer: identity.issuer,
      subject: identity.subject,
      linkedAt: identity.linkedAt.toISOString(),
    })),
    sessions: account.sessions.map((session) => ({
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
    })),
    // Who else used a link sent to this person is that other person's data: only whether it was them.
    credentialClaims: claims.map((claim) => ({
      credentialId: claim.credentialId,
      emailAddress: claim.emailAddress,
      language: claim.language,
      sentCount: claim.sentCount,
      lastSentAt: claim.lastSentAt.toISOString(),
      expiresAt: claim.expiresAt.toISOString(),
      claimedAt: claim.claimedAt?.toISOString() ?? null,
      isClaimedByThisPerson: claim.claimedBy === personId,
    })),
    // The portfolio's credentials from other issuers, as they were imported, with their reports.
    importedCredentials: importedCredentials.map((imported) => ({
      id: imported.id,
      origin: imported.origin,
      sourceUrl: imported.sourceUrl ?? null,
      credential: imported.credential ?? imported.jwt,
      isVerified: imported.isVerified,
      report: imported.report,
      importedAt: imported.importedAt.toISOString(),
    })),
    // The stack credentials claimed, whole: they are issued credentials of the person's.
    stackCredentials,
    // Reflections, counsellor invitations and comments, shares with their access log.
    ...reflectionData,
    auditEntries: auditEntries.map((entry) => ({
      position: entry.position,
      occurredAt: entry.occurredAt.toISOString(),
      action: entry.action,
      subject: entry.subject,
    })),
  }
}

/**
 * Deletes the signed-in person's account: their e-mail addresses, password, memberships,
 * sessions, single sign-on links, unused claim links and imported credentials go, and their name
 * (and the address of their used claim links) is replaced by a pseudonym. The person's id stays, so that audit
 * entries and credentials already issued keep verifying; neither holds personal data.
 */
export async function deleteAccount(
  deps: Pick<Deps, 'clock' | 'transaction'>,
  actor: Actor,
): Promise<void> {
  const { personId } = requirePerson(actor)
  await deps.transaction(async (stores) => {
    const person = await stores.people.findById(personId)
    if (person === undefined || person.erasedAt !== undefined) {
      throw new AppError('PERSON_NOT_FOUND')
    }
    const pseudonym = `Erased person ${personId.slice(0, 8)}`
    const addresses = (await stores.people.listEmailAddresses(personId)).map(
      (address) => address.address,
    )
    for (const address of addresses) {
      await stores.mailOutbox.deleteForRecipient(address)
    }
    // Claim links are treated as the rest of the account is. An unused link is a way in tied to an
    // address that is gone (and that a mail provider may hand to someone else): it goes, like the
    // sessions and the unsent mails; a registrar can send the credential a new link. A used one
    // stays, with the pseudonym for its address as the person keeps their id under a pseudonym:
    // it is what keeps the credential from getting a second link and a second claimant.
    await stores.credentialClaims.eraseForPerson(personId, addresses, pseudonym)
    await stores.importedCredentials.deleteForPerson(personId)
    // Reflections go with the comments on them, invitations made and received, and shares.
    await stores.reflections.deleteForPerson(personId, addresses)
    await stores.shares.deleteForPerson(personId)
    await stores.sessions.deleteForPerson(personId)
    await stores.people.deleteMemberships(personId)
    await stores.oidc.deleteForPerson(personId)
    await stores.people.deleteEmailAddresses(personId)
    await stores.people.erase(personId, pseudonym, deps.clock.now())
    await recordAudit(deps, stores, actor, { action: 'person.erased', subject: { personId } })
  })
}
