import type { Deps } from './deps.js'

/**
 * Sends what waits in the outbox, at most `limit` messages. Safe to run in every process at once:
 * each message is claimed by one. Failures stay in the outbox and are tried again later.
 */
export function deliverMail(
  deps: Pick<Deps, 'stores' | 'mailSender'>,
  limit = 50,
): Promise<number> {
  return deps.stores.mailOutbox.claimUnsent(limit, (mail) => deps.mailSender.send(mail))
}
