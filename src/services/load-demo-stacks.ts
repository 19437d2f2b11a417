import { AppError, organisationDid, type Stores, system } from '../core/index.js'
import { demoSpecificationOwner, demoSpecifications } from './demo-specifications.js'
import type { Deps } from './deps.js'
import { createStack, publishStack } from './save-stack.js'

const demoStacksKey = 'demo-stacks'

/**
 * Loads the demo's published stack, "Software development basics" of Kaarnala Open University:
 * Python basics, and secure software or digital accessibility, 8 ECTS in all, parts at most five
 * years old, Pohjanranta's credentials accepted too. The demo learner holds the Python credential
 * (loadDemoActivity), so their progress shows a part done and one with options. Through the real
 * use cases, as the system, once per installation (its own marker).
 */
export async function loadDemoStacks(deps: Deps): Promise<boolean> {
  if (!deps.isDemo) {
    throw new AppError('DEMO_DATA_REFUSED')
  }
  return deps.transaction((stores) => loadDemoStacksIn(deps, stores))
}

/**
 * The same in the caller's transaction: a new demo installation loads its stack with the rest of
 * the demo data, so that a second process starting at the same moment finds it loaded.
 */
export async function loadDemoStacksIn(deps: Deps, stores: Stores): Promise<boolean> {
  const isFirst = await stores.settings.setIfAbsent(demoStacksKey, { version: 1 }, deps.clock.now())
  if (!isFirst) {
    return false
  }
  const owner = await stores.organisations.findBySlug(demoSpecificationOwner)
  if (owner === undefined) {
    throw new TypeError('the demo data has no organisation for its stack')
  }
  const inTransaction = {
    ...deps,
    transaction: <T>(work: (s: Stores) => Promise<T>) => work(stores),
  }
  const stack = await createStack(inTransaction, system, owner.id, {
    name: {
      fi: 'Ohjelmistokehityksen perusteet',
      sv: 'Grunderna i programvaruutveckling',
      en: 'Software development basics',
    },
    description: {
      fi: 'Python-ohjelmoinnin perusteet sekä joko tietoturvallinen ohjelmistokehitys tai digitaalinen saavutettavuus: yhteensä vähintään 8 opintopistettä, osat enintään viisi vuotta vanhoja.',
      sv: 'Grunderna i Python-programmering och antingen säker programvaruutveckling eller digital tillgänglighet: sammanlagt minst 8 studiepoäng, delarna högst fem år gamla.',
      en: 'Python programming basics, and either secure software development or digital accessibility: at least 8 ECTS credits in all, parts at most five years old.',
    },
    rules: {
      parts: [
        {
          kind: 'specification',
          specificationId: await demoSpecificationId(stores, owner.id, 'python-basics'),
        },
        {
          kind: 'any-of',
          count: 1,
          specificationIds: [
            await demoSpecificationId(stores, owner.id, 'secure-software'),
            await demoSpecificationId(stores, owner.id, 'digital-accessibility'),
          ],
        },
      ],
      minimumEcts: 8,
      maximumAgeMonths: 60,
      acceptedIssuers: [organisationDid(deps.publicUrl, 'pohjanranta-uas')],
    },
  })
  await publishStack(inTransaction, system, stack.id)
  return true
}

async function demoSpecificationId(stores: Stores, ownerId: string, key: string): Promise<string> {
  const demo = demoSpecifications.find((specification) => specification.key === key)
  const versions = await stores.specifications.listLatestForOrganisation(ownerId)
  const version = versions.find(
    (candidate) => candidate.content.title.en === demo?.content.title.en,
  )
  if (version === undefined) {
    throw new TypeError(`the demo data has no micro-credential ${key}`)
  }
  return version.specificationId
}
