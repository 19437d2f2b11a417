/**
 * The did:web of an organisation on this installation: the public address's host (a port
 * %3A-encoded), its path, then `organisations:<slug>`. It resolves to
 * `<publicUrl>/organisations/<slug>/did.json`.
 * @see https://w3c-ccg.github.io/did-method-web/#create-register
 */
export function organisationDid(publicUrl: string, slug: string): string {
  const url = new URL(publicUrl)
  const host = url.port === '' ? url.hostname : `${url.hostname}%3A${url.port}`
  const path = url.pathname
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => encodeURIComponent(decodeURIComponent(segment)))
  return ['did:web', host, ...path, 'organisations', slug].join(':')
}

/** Where an organisation's DID document is served. */
export function didDocumentUrl(publicUrl: string, slug: string): string {
  return `${trimSlash(publicUrl)}/organisations/${slug}/did.json`
}

/** The id of a key in a DID document and in proofs: `<did>#<publicKeyMultibase>`. */
export function verificationMethodId(did: string, publicKeyMultibase: string): string {
  return `${did}#${publicKeyMultibase}`
}

/** Where a status list credential is served. */
export function statusListUrl(publicUrl: string, listId: string): string {
  return `${trimSlash(publicUrl)}/status-lists/${listId}`
}

/** Which of this installation's public documents a URL (or did:web DID) names, if any. */
export type PublicDocumentAddress =
  | { readonly kind: 'did-document'; readonly slug: string }
  | { readonly kind: 'status-list'; readonly listId: string }

/**
 * Reads a URL of this installation (`…/organisations/<slug>/did.json`, `…/status-lists/<id>`)
 * or one of its organisations' DIDs; a fragment is ignored. Anything else is undefined.
 */
export function toPublicDocumentAddress(
  publicUrl: string,
  address: string,
): PublicDocumentAddress | undefined {
  const withoutFragment = address.split('#')[0] ?? ''
  if (withoutFragment.startsWith('did:web:')) {
    const match = /^(.*):organisations:([a-z0-9-]{1,63})$/.exec(withoutFragment)
    const slug = match?.[2]
    return slug !== undefined && organisationDid(publicUrl, slug) === withoutFragment
      ? { kind: 'did-document', slug }
      : undefined
  }
  const base = `${trimSlash(publicUrl)}/`
  if (!withoutFragment.startsWith(base) || withoutFragment.includes('?')) {
    return undefined
  }
  const path = withoutFragment.slice(base.length)
  const didMatch = /^organisations\/([a-z0-9-]{1,63})\/did\.json$/.exec(path)
  if (didMatch?.[1] !== undefined) {
    return { kind: 'did-document', slug: didMatch[1] }
  }
  const listMatch = /^status-lists\/([0-9a-f-]{36})$/i.exec(path)
  if (listMatch?.[1] !== undefined) {
    return { kind: 'status-list', listId: listMatch[1].toLowerCase() }
  }
  return undefined
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '')
}
