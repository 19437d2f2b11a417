/** How long a session lives without use, and how often its last use is written down. */
export const sessionPolicy = {
  idleLifetimeMs: 14 * 24 * 60 * 60 * 1000,
  touchIntervalMs: 5 * 60 * 1000,
} as const

/** How many failed sign-ins are tolerated before sign-in pauses, and for how long. */
export const signInThrottle = {
  windowMs: 15 * 60 * 1000,
  maxFailuresPerAccount: 5,
  maxFailuresPerClient: 50,
} as const

/** API tokens and session cookies start with these, so that a leaked one is recognisable. */
export const tokenPrefixes = {
  apiToken: 'osaamo_at_',
  session: 'osaamo_s_',
  csrf: '',
  oidcLink: 'osaamo_ol_',
} as const

/** How long a single sign-on may take at the provider, and how long a link waits for consent. */
export const oidcPolicy = {
  flowLifetimeMs: 10 * 60 * 1000,
  pendingLinkLifetimeMs: 30 * 60 * 1000,
} as const
