/**
 * The canonical JSON text of a JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, `undefined` members left out (as JSON.stringify does), the RFC 8785 (JCS) order.
 * Numbers and strings are written as JSON.stringify writes them, which is JCS's form for the
 * values a specification holds. Two equal contents give the same text, however their keys were
 * ordered when stored.
 */
export function toCanonicalJsonText(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    return JSON.stringify(value) ?? 'null'
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? 'null' : toCanonicalJsonText(item))).join(',')}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, member]) => member !== undefined && typeof member !== 'function')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${toCanonicalJsonText(member)}`).join(',')}}`
}

/**
 * What a partner reviewed, as `sha256:<hex>` of the canonical JSON of a version's content: the
 * sign-off carries it and is refused when the version's content no longer has it. Content, not
 * the update time, so that a save that changes nothing does not void a review
 * (docs/decisions/0025). SHA-256 comes from the Secrets port: core does no cryptography.
 */
export function contentFingerprint(content: unknown, sha256Hex: (text: string) => string): string {
  return `sha256:${sha256Hex(toCanonicalJsonText(content))}`
}
