import type { Deps } from './deps.js'

/**
 * The stack credentials a person claimed, for their personal-data export: which stack, in which
 * format and when, with the signed credential whole (it is an issued credential of theirs).
 */
export async function exportStackCredentials(deps: Pick<Deps, 'stores'>, personId: string) {
  const claims = await deps.stores.stacks.listCredentialsForPerson(personId)
  const exported = []
  for (const claim of claims) {
    const issued = await deps.stores.issuedCredentials.findById(claim.issuedCredentialId)
    exported.push({
      stackId: claim.stackId,
      credentialId: claim.issuedCredentialId,
      format: claim.format,
      claimedAt: claim.claimedAt.toISOString(),
      state: issued?.state ?? null,
      credential: issued?.jwt ?? issued?.credential ?? null,
    })
  }
  return exported
}
