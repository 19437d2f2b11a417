import type { NewOrganisation, Role } from '../core/index.js'

/** The demo installation's organisations: fictional, but shaped like real Finnish ones. */
export const demoOrganisations: readonly NewOrganisation[] = [
  {
    slug: 'kaarnala-open',
    kind: 'institution',
    name: {
      fi: 'Kaarnalan avoin yliopisto',
      sv: 'Kaarnala öppna universitet',
      en: 'Kaarnala Open University',
    },
    country: 'FI',
    region: 'Uusimaa',
  },
  {
    slug: 'pohjanranta-uas',
    kind: 'institution',
    name: {
      fi: 'Pohjanrannan ammattikorkeakoulu',
      sv: 'Pohjanranta yrkeshögskola',
      en: 'Pohjanranta University of Applied Sciences',
    },
    country: 'FI',
    region: 'Pohjois-Pohjanmaa',
  },
  {
    slug: 'revontuli-software',
    kind: 'partner',
    name: {
      fi: 'Revontuli Software Oy',
      sv: 'Revontuli Software Ab',
      en: 'Revontuli Software Ltd',
    },
    country: 'FI',
    region: 'Pirkanmaa',
  },
]

/** The one password of every demo account (README, "Demo data"). Demo installations only. */
export const demoPassword = 'osaamo-demo-2026'

export type DemoAccount = {
  readonly displayName: string
  readonly emailAddress: string
  readonly organisationSlug: string | undefined
  readonly roles: readonly Role[]
}

/** One demo account per role; the learner belongs to no organisation. */
export const demoAccounts: readonly DemoAccount[] = [
  {
    displayName: 'Aino Virtanen',
    emailAddress: 'admin@demo.osaamo.fi',
    organisationSlug: 'kaarnala-open',
    roles: ['admin'],
  },
  {
    displayName: 'Eero Korhonen',
    emailAddress: 'designer@demo.osaamo.fi',
    organisationSlug: 'kaarnala-open',
    roles: ['designer'],
  },
  {
    displayName: 'Helmi Nieminen',
    emailAddress: 'reviewer@demo.osaamo.fi',
    organisationSlug: 'kaarnala-open',
    roles: ['qa-reviewer'],
  },
  {
    displayName: 'Onni Mäkinen',
    emailAddress: 'assessor@demo.osaamo.fi',
    organisationSlug: 'kaarnala-open',
    roles: ['assessor'],
  },
  {
    displayName: 'Linnea Lindqvist',
    emailAddress: 'registrar@demo.osaamo.fi',
    organisationSlug: 'kaarnala-open',
    roles: ['registrar'],
  },
  {
    displayName: 'Mikael Heikkinen',
    emailAddress: 'partner@demo.osaamo.fi',
    organisationSlug: 'revontuli-software',
    roles: ['partner'],
  },
  {
    displayName: 'Sanni Laine',
    emailAddress: 'learner@demo.osaamo.fi',
    organisationSlug: undefined,
    roles: [],
  },
]
