import type { LanguageMap } from './language.js'

/** Institutions design and issue micro-credentials; partners state needs, co-design and endorse. */
export const organisationKinds = ['institution', 'partner'] as const

export type OrganisationKind = (typeof organisationKinds)[number]

/** An institution (university, university of applied sciences, open university) or a partner. */
export type Organisation = {
  readonly id: string
  /** Short, URL-safe name, unique across the installation (used in did:web paths and URLs). */
  readonly slug: string
  readonly kind: OrganisationKind
  readonly name: LanguageMap
  /** ISO 3166-1 alpha-2 country code, e.g. FI. */
  readonly country: string
  readonly region: string | undefined
  readonly createdAt: Date
}

/** What it takes to create an organisation; the id and creation time are given by the service. */
export type NewOrganisation = Omit<Organisation, 'id' | 'createdAt'>

const slugPattern = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/** Slugs are lower-case letters, digits and inner hyphens, 1–63 characters (a DNS label). */
export function isValidSlug(slug: string): boolean {
  return slugPattern.test(slug)
}
