import type { NewOrganisation } from '../core/index.js'

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
