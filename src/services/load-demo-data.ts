import { AppError, system } from '../core/index.js'
import { createOrganisation } from './create-organisation.js'
import { createPerson } from './create-person.js'
import { demoAccounts, demoOrganisations, demoPassword } from './demo-data.js'
import type { Deps } from './deps.js'
import { grantRoles } from './grant-roles.js'

/** Bumped when the demo data changes shape, so that an old demo installation can tell. */
export const demoDataVersion = 1

const demoDataKey = 'demo-data'

export type DemoDataResult = { readonly isNewlyLoaded: boolean }

/**
 * Loads the demo data once per installation: organisations and one account per role. The marker
 * and the data are written in one transaction, so two processes starting together load it exactly
 * once, and a half-load is impossible. Refused unless the installation is a demo.
 */
export async function loadDemoData(deps: Deps): Promise<DemoDataResult> {
  if (!deps.isDemo) {
    throw new AppError('DEMO_DATA_REFUSED')
  }
  const isNewlyLoaded = await deps.transaction(async (stores) => {
    const isFirst = await stores.settings.setIfAbsent(
      demoDataKey,
      { version: demoDataVersion },
      deps.clock.now(),
    )
    if (!isFirst) {
      return false
    }
    const organisationIds = new Map<string, string>()
    for (const organisation of demoOrganisations) {
      const created = await createOrganisation(deps, system, organisation, stores)
      organisationIds.set(created.slug, created.id)
    }
    for (const account of demoAccounts) {
      const person = await createPerson(
        deps,
        system,
        {
          displayName: account.displayName,
          emailAddress: account.emailAddress,
          password: demoPassword,
        },
        stores,
      )
      const organisationId =
        account.organisationSlug === undefined
          ? undefined
          : organisationIds.get(account.organisationSlug)
      if (organisationId !== undefined) {
        await grantRoles(
          deps,
          system,
          { organisationId, personId: person.id, roles: account.roles },
          stores,
        )
      }
    }
    return true
  })
  return { isNewlyLoaded }
}
