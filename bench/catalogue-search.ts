// How long a catalogue search takes with 100,000 published specifications, on the PostgreSQL
// server of TEST_DATABASE_URL (in a new database, dropped afterwards). Entries go straight into
// the catalogue through its store; texts are generated from Finnish, Swedish and English course
// vocabulary, with inflected forms, so that the vocabulary and the tsvectors look real.
import { randomBytes, randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import pg from 'pg'
import {
  type CatalogueDocument,
  emptySpecificationContent,
  parseCatalogueParameters,
  type SpecificationVersion,
  toCatalogueDocument,
} from '../src/core/index.js'
import { createStores, migrateToLatest, openDatabase } from '../src/storage/index.js'

const entryCount = Number(process.env.CATALOGUE_ENTRIES ?? 100_000)
const queryCount = 200

// Subjects of a national catalogue: each in several Finnish cases (nominative, genitive, partitive,
// plural) and compounds, with its English and Swedish name. Sixty subjects, so that one subject word
// matches about 3 % of the entries, as a broad word does in a real catalogue of this size.
const subjects = [
  {
    fi: ['ohjelmointi', 'ohjelmoinnin', 'ohjelmointia', 'ohjelmointikielet'],
    en: 'programming',
    sv: 'programmering',
  },
  {
    fi: ['tietoturva', 'tietoturvan', 'tietoturvallinen', 'kyberturvallisuus'],
    en: 'information security',
    sv: 'informationssäkerhet',
  },
  {
    fi: ['data-analytiikka', 'data-analytiikan', 'datan', 'tietokannat'],
    en: 'data analytics',
    sv: 'dataanalys',
  },
  {
    fi: ['johtaminen', 'johtamisen', 'esihenkilötyö', 'esihenkilöille'],
    en: 'leadership',
    sv: 'ledarskap',
  },
  {
    fi: ['projektinhallinta', 'projektinhallinnan', 'projekteja', 'projektit'],
    en: 'project management',
    sv: 'projektledning',
  },
  {
    fi: ['viestintä', 'viestinnän', 'vuorovaikutusta', 'asiakaspalvelu'],
    en: 'communication',
    sv: 'kommunikation',
  },
  {
    fi: ['kestävä kehitys', 'kestävän kehityksen', 'ilmastonmuutos', 'kiertotalous'],
    en: 'sustainable development',
    sv: 'hållbar utveckling',
  },
  { fi: ['hoitotyö', 'hoitotyön', 'potilasturvallisuus', 'lääkehoito'], en: 'nursing', sv: 'vård' },
  {
    fi: ['opetus', 'opettajille', 'pedagogiikka', 'oppimisen'],
    en: 'teaching',
    sv: 'undervisning',
  },
  {
    fi: ['talous', 'taloushallinnon', 'kirjanpitoa', 'budjetointi'],
    en: 'accounting',
    sv: 'bokföring',
  },
  {
    fi: ['rakentaminen', 'rakennusten', 'energiatehokkuus', 'korjausrakentaminen'],
    en: 'construction',
    sv: 'byggande',
  },
  {
    fi: ['tekoäly', 'tekoälyn', 'koneoppimista', 'kielimallit'],
    en: 'artificial intelligence',
    sv: 'artificiell intelligens',
  },
  {
    fi: ['markkinointi', 'markkinoinnin', 'digimarkkinointia', 'brändit'],
    en: 'marketing',
    sv: 'marknadsföring',
  },
  {
    fi: ['logistiikka', 'logistiikan', 'toimitusketjut', 'varastointia'],
    en: 'logistics',
    sv: 'logistik',
  },
  {
    fi: ['robotiikka', 'robotiikan', 'automaatiota', 'sulautetut järjestelmät'],
    en: 'robotics',
    sv: 'robotik',
  },
  {
    fi: ['psykologia', 'psykologian', 'mielenterveyttä', 'hyvinvointi'],
    en: 'psychology',
    sv: 'psykologi',
  },
  {
    fi: ['sosiaalityö', 'sosiaalityön', 'lastensuojelua', 'perhetyö'],
    en: 'social work',
    sv: 'socialt arbete',
  },
  { fi: ['juridiikka', 'juridiikan', 'sopimusoikeutta', 'työoikeus'], en: 'law', sv: 'juridik' },
  {
    fi: ['matkailu', 'matkailun', 'elämyspalveluja', 'ravintola-ala'],
    en: 'tourism',
    sv: 'turism',
  },
  {
    fi: ['maatalous', 'maatalouden', 'kasvinviljelyä', 'kotieläimet'],
    en: 'agriculture',
    sv: 'jordbruk',
  },
  {
    fi: ['metsätalous', 'metsätalouden', 'puunkorjuuta', 'metsänhoito'],
    en: 'forestry',
    sv: 'skogsbruk',
  },
  {
    fi: ['sähkötekniikka', 'sähkötekniikan', 'sähköasennuksia', 'sähköverkot'],
    en: 'electrical engineering',
    sv: 'elteknik',
  },
  {
    fi: ['konetekniikka', 'konetekniikan', 'koneensuunnittelua', 'valmistustekniikka'],
    en: 'mechanical engineering',
    sv: 'maskinteknik',
  },
  {
    fi: ['kemia', 'kemian', 'laboratoriotyötä', 'analytiikkamenetelmät'],
    en: 'chemistry',
    sv: 'kemi',
  },
  {
    fi: ['biotekniikka', 'biotekniikan', 'solubiologiaa', 'geenitekniikka'],
    en: 'biotechnology',
    sv: 'bioteknik',
  },
  {
    fi: ['fysioterapia', 'fysioterapian', 'kuntoutusta', 'liikuntalääketiede'],
    en: 'physiotherapy',
    sv: 'fysioterapi',
  },
  {
    fi: ['ensihoito', 'ensihoidon', 'akuuttihoitoa', 'elvytys'],
    en: 'emergency care',
    sv: 'akutvård',
  },
  {
    fi: ['varhaiskasvatus', 'varhaiskasvatuksen', 'leikkipedagogiikkaa', 'päiväkodit'],
    en: 'early childhood education',
    sv: 'småbarnspedagogik',
  },
  { fi: ['musiikki', 'musiikin', 'sävellystä', 'musiikkiteknologia'], en: 'music', sv: 'musik' },
  {
    fi: ['muotoilu', 'muotoilun', 'palvelumuotoilua', 'käyttäjäkokemus'],
    en: 'design',
    sv: 'design',
  },
  {
    fi: ['journalismi', 'journalismin', 'uutistyötä', 'mediataidot'],
    en: 'journalism',
    sv: 'journalistik',
  },
  {
    fi: ['kielitaito', 'kielitaidon', 'ruotsin kieltä', 'englannin kieli'],
    en: 'language skills',
    sv: 'språkkunskaper',
  },
  {
    fi: ['yrittäjyys', 'yrittäjyyden', 'liiketoimintasuunnitelmia', 'startup-yritykset'],
    en: 'entrepreneurship',
    sv: 'entreprenörskap',
  },
  {
    fi: ['henkilöstöjohtaminen', 'henkilöstöjohtamisen', 'rekrytointia', 'työhyvinvointi'],
    en: 'human resources',
    sv: 'personalledning',
  },
  {
    fi: ['hankinnat', 'hankintojen', 'kilpailutusta', 'hankintalaki'],
    en: 'procurement',
    sv: 'upphandling',
  },
  {
    fi: ['kyberturva', 'kyberturvan', 'haavoittuvuuksia', 'tunkeutumistestaus'],
    en: 'cyber defence',
    sv: 'cyberförsvar',
  },
  {
    fi: ['pilvipalvelut', 'pilvipalveluiden', 'konttiteknologiaa', 'palvelinympäristöt'],
    en: 'cloud computing',
    sv: 'molntjänster',
  },
  {
    fi: ['verkkokehitys', 'verkkokehityksen', 'käyttöliittymiä', 'selainsovellukset'],
    en: 'web development',
    sv: 'webbutveckling',
  },
  {
    fi: ['peliohjelmointi', 'peliohjelmoinnin', 'pelisuunnittelua', 'pelimoottorit'],
    en: 'game development',
    sv: 'spelutveckling',
  },
  {
    fi: ['tilastotiede', 'tilastotieteen', 'regressioanalyysia', 'todennäköisyys'],
    en: 'statistics',
    sv: 'statistik',
  },
  {
    fi: ['geoinformatiikka', 'geoinformatiikan', 'paikkatietoa', 'kaukokartoitus'],
    en: 'geoinformatics',
    sv: 'geoinformatik',
  },
  {
    fi: ['ympäristötekniikka', 'ympäristötekniikan', 'vesihuoltoa', 'jätehuolto'],
    en: 'environmental engineering',
    sv: 'miljöteknik',
  },
  {
    fi: ['energiatekniikka', 'energiatekniikan', 'aurinkosähköä', 'tuulivoima'],
    en: 'energy technology',
    sv: 'energiteknik',
  },
  {
    fi: ['kiinteistöhuolto', 'kiinteistöhuollon', 'talotekniikkaa', 'ilmanvaihto'],
    en: 'facility management',
    sv: 'fastighetsskötsel',
  },
  {
    fi: ['liikenne', 'liikenteen', 'joukkoliikennettä', 'liikennesuunnittelu'],
    en: 'transport',
    sv: 'trafik',
  },
  {
    fi: ['merenkulku', 'merenkulun', 'navigointia', 'satamatoiminnot'],
    en: 'maritime',
    sv: 'sjöfart',
  },
  {
    fi: ['ilmailu', 'ilmailun', 'lentoturvallisuutta', 'lennonjohto'],
    en: 'aviation',
    sv: 'luftfart',
  },
  {
    fi: ['vakuutus', 'vakuutusten', 'riskienhallintaa', 'korvauskäsittely'],
    en: 'insurance',
    sv: 'försäkring',
  },
  {
    fi: ['pankkitoiminta', 'pankkitoiminnan', 'sijoittamista', 'rahoitusmarkkinat'],
    en: 'banking',
    sv: 'bankverksamhet',
  },
  {
    fi: ['filosofia', 'filosofian', 'etiikkaa', 'argumentaatio'],
    en: 'philosophy',
    sv: 'filosofi',
  },
  {
    fi: ['historia', 'historian', 'arkistotyötä', 'kulttuuriperintö'],
    en: 'history',
    sv: 'historia',
  },
  {
    fi: ['kuvataide', 'kuvataiteen', 'maalausta', 'taidekasvatus'],
    en: 'visual arts',
    sv: 'bildkonst',
  },
  { fi: ['teatteri', 'teatterin', 'näyttelijäntyötä', 'esitystaide'], en: 'theatre', sv: 'teater' },
  {
    fi: ['urheiluvalmennus', 'urheiluvalmennuksen', 'harjoittelua', 'liikuntakasvatus'],
    en: 'sports coaching',
    sv: 'idrottsträning',
  },
  {
    fi: ['ravitsemus', 'ravitsemuksen', 'ruokavaliota', 'elintarviketurvallisuus'],
    en: 'nutrition',
    sv: 'nutrition',
  },
  { fi: ['farmasia', 'farmasian', 'lääkeneuvontaa', 'apteekkityö'], en: 'pharmacy', sv: 'farmaci' },
  {
    fi: ['suun terveydenhoito', 'suun terveydenhoidon', 'hammashoitoa', 'hampaat'],
    en: 'oral health',
    sv: 'munhälsa',
  },
  {
    fi: ['vanhustyö', 'vanhustyön', 'gerontologiaa', 'kotihoito'],
    en: 'elderly care',
    sv: 'äldreomsorg',
  },
  {
    fi: ['turvallisuusala', 'turvallisuusalan', 'vartiointia', 'pelastustoimi'],
    en: 'security services',
    sv: 'säkerhetsbranschen',
  },
  {
    fi: ['kiinteistövälitys', 'kiinteistövälityksen', 'asuntokauppaa', 'arviointi'],
    en: 'real estate',
    sv: 'fastighetsförmedling',
  },
]
const finnishSubjects = subjects.map((subject) => subject.fi)
const englishSubjects = subjects.map((subject) => subject.en)
const swedishSubjects = subjects.map((subject) => subject.sv)
const finnishFrames = [
  (a: string, b: string) => `${capital(a)} perusteet ja ${b}`,
  (a: string, b: string) => `Syventävä ${a}: ${b} käytännössä`,
  (a: string, b: string) => `${capital(b)} työelämässä – ${a}`,
  (a: string, b: string) => `Johdatus aiheeseen ${a} ja ${b}`,
]
const fillers = [
  'Opiskelija harjoittelee',
  'Kurssilla tehdään',
  'Opintojaksolla perehdytään',
  'Sisältää harjoitustöitä, joissa',
  'Työelämälähtöinen toteutus, jossa',
]
const forms = ['online', 'blended', 'presential', 'work-based', 'project-based']
const isced = ['0613', '0612', '0413', '0411', '0913', '0114', '0732', '0714', '0311']
const languageSets = [['fi'], ['fi', 'en'], ['en'], ['sv'], ['fi', 'sv']]
const organisationIds = Array.from({ length: 40 }, () => randomUUID())
const skillUris = Array.from(
  { length: 500 },
  () => `http://data.europa.eu/esco/skill/${randomUUID()}`,
)

// A small deterministic generator, so that runs compare.
let seed = 20261128
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31
  return seed / 2 ** 31
}
function pick<T>(items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T
}
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function generateDocument(index: number): CatalogueDocument {
  const subject = Math.floor(random() * finnishSubjects.length)
  const other = Math.floor(random() * finnishSubjects.length)
  const fi = finnishSubjects[subject] ?? []
  const fiOther = finnishSubjects[other] ?? []
  const title = pick(finnishFrames)(pick(fi), pick(fiOther))
  const languages = pick(languageSets)
  const published = new Date(Date.UTC(2026, 0, 1) + index * 60_000)
  const version: SpecificationVersion = {
    id: randomUUID(),
    specificationId: randomUUID(),
    organisationId: pick(organisationIds),
    versionNumber: 1,
    status: 'published',
    changeLog: '',
    createdAt: published,
    updatedAt: published,
    publishedAt: published,
    reviewDueAt: undefined,
    content: {
      ...emptySpecificationContent,
      title: {
        fi: title,
        ...(random() < 0.5
          ? { en: `${capital(englishSubjects[subject] ?? '')} and ${englishSubjects[other]}` }
          : {}),
        ...(random() < 0.2 ? { sv: `${capital(swedishSubjects[subject] ?? '')} i praktiken` } : {}),
      },
      summary: { fi: `${pick(fillers)} ${pick(fi)} ja ${pick(fiOther)}.` },
      description: {
        fi: `${pick(fillers)} ${fi.join(', ')}. ${pick(fillers)} ${fiOther.join(', ')}.`,
        en: `Hands-on ${englishSubjects[subject]} for working life.`,
      },
      learningOutcomes: [
        {
          id: 'lo-1',
          text: { fi: `Osaa soveltaa ${pick(fi)} ja ${pick(fiOther)} omassa työssään.` },
          skills: [{ uri: pick(skillUris), kind: 'skill' }],
        },
      ],
      awardingBodyIds: [pick(organisationIds)],
      ects: pick([1, 2, 3, 4, 5, 5, 5, 10, 15, 30]),
      eqfLevel: random() < 0.1 ? 'not-applicable' : Math.floor(random() * 4) + 4,
      iscedField: pick(isced),
      formsOfParticipation: [pick(forms)],
      languages,
      price:
        random() < 0.4
          ? { amountCents: 0, currency: 'EUR' }
          : { amountCents: Math.floor(random() * 50) * 1000, currency: 'EUR' },
    },
  }
  return toCatalogueDocument(version)
}

/** The five kinds of query the benchmark mixes, in the order generateQueries cycles through. */
const queryKinds = [
  'one word',
  'two words',
  'one word, size and language',
  'filters only (EQF, form, free)',
  'one word, field, third page',
]

function generateQueries(): Record<string, string>[] {
  const words = finnishSubjects
    .flat()
    .concat(englishSubjects, swedishSubjects, [
      'ohjelmointia',
      'kursseja',
      'tietoturvallisuus',
      'johtamista',
      'projekteissa',
    ])
  const queries: Record<string, string>[] = []
  for (let index = 0; index < queryCount; index += 1) {
    const kind = index % 5
    const word = pick(words)
    if (kind === 0) {
      queries.push({ q: word })
    } else if (kind === 1) {
      queries.push({ q: `${pick(words)} ${pick(words)}` })
    } else if (kind === 2) {
      queries.push({ q: word, ectsMin: '3', ectsMax: '10', language: 'fi' })
    } else if (kind === 3) {
      queries.push({ eqf: String(Math.floor(random() * 4) + 4), form: pick(forms), priceMax: '0' })
    } else {
      queries.push({ q: word, isced: pick(isced).slice(0, 2), offset: '40' })
    }
  }
  return queries
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0
}

export async function benchCatalogueSearch(): Promise<void> {
  const serverUrl = process.env.TEST_DATABASE_URL
  if (serverUrl === undefined) {
    console.log('catalogue-search: skipped, set TEST_DATABASE_URL')
    return
  }
  const name = `osaamo_bench_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
    const url = new URL(serverUrl)
    url.pathname = `/${name}`
    const handle = await openDatabase({ kind: 'server', url: url.toString(), poolSize: 2 })
    try {
      await migrateToLatest(handle.db)
      // The entries have no specifications behind them; the search never reads those tables.
      await sql`alter table catalogue_entries
        drop constraint catalogue_entries_specification_id_fkey,
        drop constraint catalogue_entries_version_id_fkey`.execute(handle.db)
      const stores = createStores(handle.db)
      const loadStarted = performance.now()
      for (let start = 0; start < entryCount; start += 1000) {
        const batch = Array.from({ length: Math.min(1000, entryCount - start) }, (_, offset) =>
          generateDocument(start + offset),
        )
        await stores.catalogue.put(batch)
      }
      await sql`analyze`.execute(handle.db)
      const loadSeconds = (performance.now() - loadStarted) / 1000
      const queries = generateQueries()
      const parsed = queries.map((parameters) => {
        const result = parseCatalogueParameters(parameters)
        if (!result.isValid) {
          throw new Error(`bad benchmark query ${JSON.stringify(parameters)}`)
        }
        return result.query
      })
      for (const query of parsed.slice(0, 20)) {
        await stores.catalogue.search(query)
      }
      const times: number[] = []
      const timesByKind = new Map<string, number[]>()
      let matches = 0
      for (const [index, query] of parsed.entries()) {
        const started = performance.now()
        const page = await stores.catalogue.search(query)
        const time = performance.now() - started
        times.push(time)
        const kind = queryKinds[index % queryKinds.length] ?? ''
        timesByKind.set(kind, [...(timesByKind.get(kind) ?? []), time])
        matches += page.total
      }
      times.sort((a, b) => a - b)
      console.log(
        `catalogue search, ${entryCount} published entries on the PostgreSQL server (loaded in ${loadSeconds.toFixed(1)} s)`,
      )
      console.log(
        `  ${queryCount} mixed queries: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${percentile(times, 100).toFixed(1)} ms; ${Math.round(matches / queryCount)} matches a query on average`,
      )
      for (const [kind, kindTimes] of timesByKind) {
        kindTimes.sort((a, b) => a - b)
        console.log(
          `    ${kind.padEnd(34)} p50 ${percentile(kindTimes, 50).toFixed(1)} ms, p95 ${percentile(kindTimes, 95).toFixed(1)} ms`,
        )
      }
    } finally {
      await handle.close()
    }
  } finally {
    // OSAAMO_BENCH_KEEP=1 keeps the loaded database for EXPLAIN ANALYZE by hand.
    if (process.env.OSAAMO_BENCH_KEEP === '1') {
      console.log(`  kept the database ${name}`)
    } else {
      await admin.query(`drop database if exists ${name} with (force)`)
    }
    await admin.end()
  }
}
