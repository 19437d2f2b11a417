/**
 * Osaamo's JSON-LD context (served at {@link osaamoContextUrl}): the terms for EU micro-credential
 * elements that Open Badges 3.0 has none for. Protected, so that no later context can redefine a
 * term under a signed credential.
 */
export const osaamoContext = {
  '@context': {
    '@protected': true,
    osaamo: 'https://w3id.org/osaamo/vocab#',
  },
} as const
