import { AppError } from '../core/index.js'
import { createOrganisation } from './create-organisation.js'
import { demoOrganisations } from './demo-organisations.js'
import type { Deps } from './deps.js'

/** Bumped when the demo data changes shape, so that an old demo installation can tell. */
export const demoDataVersion = 1

const demoDataKey = 'demo-data'

export type DemoDataResult = { readonly isNewlyLoaded: boolean }

/**
 * Loads the demo data once per installation. The marker and the data are written in one
 * transaction, so two processes starting together load it exactly once, and a half-load is
 * impossible. Refused unless the installation is a demo.
 */
export async function loadDemoData(deps: Deps): Promise<DemoDataResult> {
  if (!deps.isDemo) {
    throw new AppError('DEMO_DATA_REFUSED')
  }
  const isNewlyLoaded = await deps.transaction(async (stores) => {
    const now = deps.clock.now()
    const isFirst = await stores.settings.setIfAbsent(
      demoDataKey,
      { version: demoDataVersion },
      now,
    )
    if (!isFirst) {
      return false
    }
    for (const organisation of demoOrganisations) {
      await createOrganisation(deps, organisation, stores)
    }
    return true
  })
  return { isNewlyLoaded }
}
