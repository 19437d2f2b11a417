import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  emptySpecificationContent,
  type LanguageMap,
  type SpecificationContent,
  system,
} from '../../src/core/index.js'
import {
  createSpecification,
  getOrganisation,
  transitionSpecificationVersion,
} from '../../src/services/index.js'
import { buildTestApp, type TestApp } from '../support/build-test-app.js'
import { testDatabases } from '../support/test-databases.js'

const skill = (id: string) => `http://data.europa.eu/esco/skill/${id}`
const pythonSkill = skill('21d2f96d-35f7-4e3f-9745-c533d2dd6e97')
const securitySkill = skill('6f4fb8a4-5b4b-4f5b-8a3e-2a1c0d9e7b11')

/** A complete specification with the given texts and filters; the rest is realistic filler. */
function content(
  texts: {
    title: LanguageMap
    summary?: LanguageMap
    outcome?: LanguageMap
    description?: LanguageMap
  },
  overrides: Partial<SpecificationContent> = {},
  skillUri = pythonSkill,
): SpecificationContent {
  return {
    ...emptySpecificationContent,
    title: texts.title,
    summary: texts.summary ?? { fi: 'Lyhyt kuvaus.' },
    description: texts.description ?? {},
    issuerLocations: [{ country: 'FI', region: 'Uusimaa' }],
    learningOutcomes: [
      {
        id: 'lo-1',
        text: texts.outcome ?? { fi: 'Osaa soveltaa oppimaansa työssä.' },
        skills: [{ uri: skillUri, kind: 'skill' }],
      },
    ],
    ects: 5,
    eqfLevel: 6,
    qfEheaCycle: 'first',
    iscedField: '0613',
    assessmentTypes: ['project-work'],
    formsOfParticipation: ['online'],
    learningSetting: 'non-formal',
    supervision: 'unsupervised-no-id-verification',
    gradingScheme: '0-5',
    qualityAssurance: { code: 'internal', text: { fi: 'Auditoitu laatujärjestelmä.' } },
    languages: ['fi'],
    price: { amountCents: 0, currency: 'EUR' },
    ...overrides,
  }
}

describe.each(testDatabases)('the catalogue on the $name database', (database) => {
  let testApp: TestApp
  const ids: Record<string, string> = {}
  const versionIds: Record<string, string> = {}

  const search = async (query: Record<string, string>) => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: `/api/catalogue?${new URLSearchParams(query).toString()}`,
    })
    expect(response.statusCode, response.body).toBe(200)
    return response.json<{
      items: {
        specificationId: string
        versionId: string
        score: number
        awardingBodies: { slug: string }[]
      }[]
      total: number
    }>()
  }
  const found = async (query: Record<string, string>) =>
    // Only this suite's specifications: the demo data publishes some of its own.
    (await search({ limit: '100', ...query })).items.flatMap((item) =>
      Object.entries(ids)
        .filter(([, id]) => id === item.specificationId)
        .map(([name]) => name),
    )

  async function publish(
    name: string,
    specification: SpecificationContent,
    organisationSlug = 'kaarnala-open',
    until: 'published' | 'approved' = 'published',
  ) {
    const { deps } = testApp.osaamo
    const organisation = await getOrganisation(deps, organisationSlug)
    const { version } = await createSpecification(deps, system, {
      organisationId: organisation.id,
      content: specification,
    })
    ids[name] = version.specificationId
    versionIds[name] = version.id
    const actions = until === 'published' ? ['submit', 'approve', 'publish'] : ['submit', 'approve']
    for (const action of actions) {
      await transitionSpecificationVersion(deps, system, {
        versionId: version.id,
        action: action as 'submit',
      })
    }
  }

  beforeAll(async () => {
    testApp = await buildTestApp(database)
    const at = (minute: number) =>
      testApp.osaamo.clock.set(`2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`)
    at(1)
    await publish(
      'genitive',
      content(
        { title: { fi: 'Ohjelmoinnin perusteet', en: 'Programming basics' } },
        { ects: 5, eqfLevel: 5, iscedField: '0613' },
      ),
    )
    at(2)
    await publish(
      'partitive',
      content(
        {
          title: { fi: 'Web-kehitys' },
          summary: { fi: 'Harjoittelet ohjelmointia selaimessa ja palvelimella.' },
        },
        {
          ects: 3,
          formsOfParticipation: ['blended'],
          price: { amountCents: 12_000, currency: 'EUR' },
        },
      ),
    )
    at(3)
    await publish(
      'compound',
      content(
        {
          title: { fi: 'Tietoturvallinen ohjelmistokehitys' },
          outcome: { fi: 'Osaa arvioida tietoturvan riskejä.' },
        },
        { ects: 10, eqfLevel: 7, iscedField: '0612' },
        securitySkill,
      ),
      'pohjanranta-uas',
    )
    at(4)
    await publish(
      'plural',
      content(
        { title: { fi: 'Johtamisen kurssit esihenkilöille' } },
        {
          ects: 2,
          iscedField: '0413',
          languages: ['fi', 'en'],
          eqfLevel: 'not-applicable',
          qfEheaCycle: undefined,
        },
      ),
    )
    at(5)
    await publish(
      'swedish',
      content(
        {
          title: { sv: 'Programmeringen i praktiken' },
          summary: { sv: 'Grunderna i programmering för nybörjare.' },
        },
        { languages: ['sv'], price: { amountCents: 5_000, currency: 'EUR' } },
      ),
    )
    at(6)
    await publish(
      'english',
      content(
        {
          title: { en: 'Writing programs for data analysis' },
          summary: { en: 'Hands-on data analysis.' },
        },
        { languages: ['en'], price: undefined },
      ),
    )
    at(7)
    await publish(
      'draft',
      content({ title: { fi: 'Ohjelmointi luonnoksena' } }),
      'kaarnala-open',
      'approved',
    )
    at(8)
    await publish('retired', content({ title: { fi: 'Vanha ohjelmointikurssi' } }))
    await transitionSpecificationVersion(testApp.osaamo.deps, system, {
      versionId: versionIds.retired ?? '',
      action: 'retire',
      reason: 'Replaced by newer courses.',
    })
  })
  afterAll(async () => {
    await testApp?.close()
  })

  it('finds the genitive and the partitive of a Finnish word from its basic form', async () => {
    expect(await found({ q: 'ohjelmointi' })).toEqual(
      expect.arrayContaining(['genitive', 'partitive']),
    )
  })

  it('finds a Finnish word inside a compound and in the genitive', async () => {
    expect(await found({ q: 'tietoturva' })).toEqual(['compound'])
  })

  it('finds the singular from the plural and the plural from the singular', async () => {
    expect(await found({ q: 'kurssi' })).toContain('plural')
    expect(await found({ q: 'kursseja' })).toContain('plural')
  })

  it('finds Swedish inflected forms', async () => {
    expect(await found({ q: 'programmering' })).toContain('swedish')
    expect(await found({ q: 'programmeringens' })).toContain('swedish')
  })

  it('finds English forms through stemming', async () => {
    expect(await found({ q: 'programming' })).toEqual(
      expect.arrayContaining(['english', 'genitive']),
    )
    expect(await found({ q: 'program' })).toContain('english')
  })

  it('requires every word to match, skipping stop words', async () => {
    expect(await found({ q: 'ohjelmoinnin ja perusteet' })).toEqual(['genitive'])
    expect(await found({ q: 'tietoturva johtaminen' })).toEqual([])
  })

  it('puts the closer match first', async () => {
    expect((await found({ q: 'ohjelmoinnin perusteet' }))[0]).toBe('genitive')
  })

  it('never shows drafts, unpublished or retired versions', async () => {
    const everything = await found({})
    expect(everything).not.toContain('draft')
    expect(everything).not.toContain('retired')
    expect(await found({ q: 'luonnoksena' })).toEqual([])
    expect(await found({ q: 'vanha' })).toEqual([])
  })

  it('narrows by each filter', async () => {
    expect(await found({ ectsMin: '4', ectsMax: '9' })).toEqual(
      expect.arrayContaining(['genitive', 'swedish', 'english']),
    )
    expect(await found({ ectsMin: '4', ectsMax: '9' })).not.toContain('compound')
    expect(await found({ ectsMin: '10' })).toEqual(['compound'])
    expect(await found({ eqf: '7' })).toEqual(['compound'])
    expect(await found({ eqf: 'not-applicable' })).toEqual(['plural'])
    expect(await found({ isced: '0612' })).toEqual(['compound'])
    expect((await found({ isced: '06' })).sort()).toEqual(
      ['compound', 'english', 'genitive', 'partitive', 'swedish'].sort(),
    )
    expect(await found({ form: 'blended' })).toEqual(['partitive'])
    expect(await found({ language: 'sv' })).toEqual(['swedish'])
    expect(await found({ language: 'en' })).toEqual(['english', 'plural'])
    expect(await found({ organisation: 'pohjanranta-uas' })).toEqual(['compound'])
    expect(await found({ organisation: 'no-such-organisation' })).toEqual([])
    expect(await found({ priceMax: '50' })).not.toContain('partitive')
    expect(await found({ priceMax: '50' })).toContain('swedish')
    expect(await found({ priceMax: '0' })).not.toContain('english')
    expect(await found({ skill: securitySkill })).toEqual(['compound'])
    expect(await found({ q: 'ohjelmointi', form: 'blended' })).toEqual(['partitive'])
  })

  it('names the awarding bodies and orders by newest without words', async () => {
    const page = await search({ limit: '2' })
    expect(page.total).toBeGreaterThanOrEqual(6)
    expect(page.items.map((item) => item.specificationId)).toEqual([ids.english, ids.swedish])
    expect(page.items[0]?.awardingBodies.map((body) => body.slug)).toEqual(['kaarnala-open'])
  })

  it('pages in a stable order with no duplicates and no gaps', async () => {
    for (const query of [{}, { q: 'ohjelmointi' }, { ectsMax: '5' }]) {
      const all = await search({ ...query, limit: '100' })
      const paged: string[] = []
      for (let offset = 0; offset < all.total + 2; offset += 2) {
        const page = await search({ ...query, limit: '2', offset: String(offset) })
        expect(page.total).toBe(all.total)
        paged.push(...page.items.map((item) => item.specificationId))
      }
      expect(paged).toEqual(all.items.map((item) => item.specificationId))
      expect(new Set(paged).size).toBe(paged.length)
    }
  })

  it('refuses bad parameters with every problem at once', async () => {
    const response = await testApp.app.inject({
      method: 'GET',
      url: '/api/catalogue?ectsMin=10&ectsMax=5&eqf=9&isced=x&form=telepathy&language=finnish&priceMax=-1&skill=python&limit=0&offset=abc',
    })
    expect(response.statusCode).toBe(400)
    const body = response.json<{ code: string; details: { problems: { path: string }[] } }>()
    expect(body.code).toBe('REQUEST_INVALID')
    expect(body.details.problems.map((problem) => problem.path).sort()).toEqual(
      [
        'ectsMax',
        'eqf',
        'isced',
        'form',
        'language',
        'priceMax',
        'skill',
        'limit',
        'offset',
      ].sort(),
    )
  })

  it('serves the published version publicly, and nothing for drafts or retired ones', async () => {
    const url = `/api/catalogue/${ids.genitive}`
    const first = await testApp.app.inject({ method: 'GET', url })
    expect(first.statusCode).toBe(200)
    expect(first.json()).toMatchObject({ id: versionIds.genitive, status: 'published' })
    expect(
      (await testApp.app.inject({ method: 'GET', url: `/api/catalogue/${ids.draft}` })).statusCode,
    ).toBe(404)

    const retired = await testApp.app.inject({
      method: 'GET',
      url: `/api/catalogue/${ids.retired}`,
    })
    expect(retired.statusCode).toBe(404)
  })
})
