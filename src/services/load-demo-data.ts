import { AppError, type Stores, system } from '../core/index.js'
import { createOrganisation } from './create-organisation.js'
import { createPerson } from './create-person.js'
import { createSpecification } from './create-specification.js'
import { demoAccounts, demoOrganisations, demoPassword } from './demo-data.js'
import {
  type DemoSpecification,
  demoApprovalReason,
  demoLifecycleSteps,
  demoSpecificationOwner,
  demoSpecifications,
} from './demo-specifications.js'
import type { Deps } from './deps.js'
import { grantRoles } from './grant-roles.js'
import { loadDemoActivity } from './load-demo-activity.js'
import { loadDemoStacks, loadDemoStacksIn } from './load-demo-stacks.js'
import { startSpecificationVersion } from './start-specification-version.js'
import { transitionSpecificationVersion } from './transition-specification-version.js'
import { updateSpecificationDraft } from './update-specification-draft.js'

/** Bumped when the demo data changes shape, so that an old demo installation can tell. */
export const demoDataVersion = 2

const demoDataKey = 'demo-data'

export type DemoDataResult = { readonly isNewlyLoaded: boolean }

/**
 * Loads the demo data once per installation: organisations, one account per role and the
 * micro-credentials of Kaarnala Open University in every lifecycle state, then (unless left out)
 * the offerings, enrolments and credentials of loadDemoActivity. The marker
 * and the data are written in one transaction, so two processes starting together load it exactly
 * once, and a half-load is impossible. Refused unless the installation is a demo.
 */
export async function loadDemoData(
  deps: Deps,
  options: { withActivity?: boolean } = {},
): Promise<DemoDataResult> {
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
    for (const specification of demoSpecifications) {
      await loadDemoSpecification(deps, stores, organisationIds, specification)
    }
    await loadDemoStacksIn(deps, stores)
    return true
  })
  // Offerings, enrolments and issued credentials come after, in transactions of their own:
  // issuing signs batch by batch. Tests that count offerings start without them.
  const isActivityNewlyLoaded =
    options.withActivity === false ? false : await loadDemoActivity(deps)
  // The demo stack is a definition, not activity: a new installation has it from the transaction
  // above; one whose demo data is older than stacks gets it here.
  const isStackNewlyLoaded = await loadDemoStacks(deps)
  return { isNewlyLoaded: isNewlyLoaded || isActivityNewlyLoaded || isStackNewlyLoaded }
}

/**
 * Creates one demo micro-credential through the real use cases, as the system, and walks it to its
 * state, so that the audit log (and anything that follows publication) is as in real use.
 */
async function loadDemoSpecification(
  deps: Deps,
  stores: Stores,
  organisationIds: ReadonlyMap<string, string>,
  demo: DemoSpecification,
): Promise<void> {
  const idOf = (slug: string) => {
    const id = organisationIds.get(slug)
    if (id === undefined) {
      throw new Error(`Demo micro-credential ${demo.key} names an unknown organisation ${slug}`)
    }
    return id
  }
  const organisationId = idOf(demoSpecificationOwner)
  const awardingBodyIds =
    demo.jointWith.length === 0 ? [] : [organisationId, ...demo.jointWith.map(idOf)]
  const { version } = await createSpecification(
    deps,
    system,
    { organisationId, content: { ...demo.content, awardingBodyIds } },
    stores,
  )
  for (const { action } of demoLifecycleSteps[demo.status]) {
    const reason =
      action === 'approve'
        ? demoApprovalReason
        : action === 'retire'
          ? demo.retireReason
          : undefined
    await transitionSpecificationVersion(
      deps,
      system,
      { versionId: version.id, action, reason },
      stores,
    )
  }
  if (demo.nextVersion !== undefined) {
    const next = await startSpecificationVersion(
      deps,
      system,
      { fromVersionId: version.id, changeLog: demo.nextVersion.changeLog },
      stores,
    )
    await updateSpecificationDraft(
      deps,
      system,
      { versionId: next.id, content: { ...demo.nextVersion.content, awardingBodyIds } },
      stores,
    )
  }
}
