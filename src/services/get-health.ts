import type { Deps } from './deps.js'

export type Health = {
  readonly status: 'ok' | 'unavailable'
  readonly database: { readonly kind: 'embedded' | 'server'; readonly isReachable: boolean }
}

/** Whether this process can serve requests: today, whether its database answers. */
export async function getHealth(deps: Pick<Deps, 'database'>): Promise<Health> {
  const isReachable = await deps.database.ping().then(
    () => true,
    () => false,
  )
  return {
    status: isReachable ? 'ok' : 'unavailable',
    database: { kind: deps.database.kind, isReachable },
  }
}
