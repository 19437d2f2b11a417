// The public surface of the services layer: the use cases, one file each.
export { createOrganisation } from './create-organisation.js'
export { demoOrganisations } from './demo-organisations.js'
export type { Deps } from './deps.js'
export { getHealth, type Health } from './get-health.js'
export { getOrganisation } from './get-organisation.js'
export { listOrganisations } from './list-organisations.js'
export { type DemoDataResult, demoDataVersion, loadDemoData } from './load-demo-data.js'
