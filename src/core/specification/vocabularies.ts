import type { LanguageMap } from '../language.js'

/**
 * A concept of a controlled vocabulary: a stable key used in Osaamo's data, the concept's URI in
 * the European Learning Model vocabularies where one is known, and labels in fi/sv/en.
 * @see ../shared/reference/standards.md §3.5
 */
export type Concept = {
  readonly key: string
  readonly uri: string | undefined
  readonly label: LanguageMap
}

const snb = 'http://data.europa.eu/snb'

/** EQF levels 1–8; "not applicable" is allowed by Annex I (M8) and stored as its own key. */
export const eqfLevels: readonly Concept[] = [1, 2, 3, 4, 5, 6, 7, 8].map((level) => ({
  key: String(level),
  uri: `${snb}/eqf/${level}`,
  label: { fi: `EQF-taso ${level}`, sv: `EQF-nivå ${level}`, en: `EQF level ${level}` },
}))

export const notApplicable = 'not-applicable'

/** QF-EHEA cycles and the EQF level each corresponds to. */
export const qfEheaCycles: readonly (Concept & { readonly eqfLevel: number })[] = [
  {
    key: 'short',
    uri: undefined,
    eqfLevel: 5,
    label: { fi: 'Lyhyt sykli', sv: 'Kort cykel', en: 'Short cycle' },
  },
  {
    key: 'first',
    uri: undefined,
    eqfLevel: 6,
    label: { fi: 'Ensimmäinen sykli', sv: 'Första cykeln', en: 'First cycle' },
  },
  {
    key: 'second',
    uri: undefined,
    eqfLevel: 7,
    label: { fi: 'Toinen sykli', sv: 'Andra cykeln', en: 'Second cycle' },
  },
  {
    key: 'third',
    uri: undefined,
    eqfLevel: 8,
    label: { fi: 'Kolmas sykli', sv: 'Tredje cykeln', en: 'Third cycle' },
  },
]

/** Form of participation (Annex I M10): the ELM "mode" vocabulary. */
export const formsOfParticipation: readonly Concept[] = [
  {
    key: 'online',
    uri: `${snb}/learning-assessment/920fbb3cbe`,
    label: { fi: 'Verkossa', sv: 'På nätet', en: 'Online' },
  },
  {
    key: 'blended',
    uri: `${snb}/learning-assessment/e92d221e4d`,
    label: { fi: 'Monimuoto', sv: 'Flerform', en: 'Blended' },
  },
  {
    key: 'presential',
    uri: `${snb}/learning-assessment/9191af2ed9`,
    label: { fi: 'Lähiopetus', sv: 'Närundervisning', en: 'On site' },
  },
  {
    key: 'work-based',
    uri: `${snb}/learning-assessment/729f3bed4b`,
    label: { fi: 'Työssä oppiminen', sv: 'Lärande i arbetet', en: 'Work-based' },
  },
  {
    key: 'project-based',
    uri: `${snb}/learning-assessment/7813801c77`,
    label: { fi: 'Projektiopiskelu', sv: 'Projektbaserat', en: 'Project-based' },
  },
  {
    key: 'research-lab-based',
    uri: `${snb}/learning-assessment/ed4c557045`,
    label: {
      fi: 'Tutkimus- tai laboratoriotyö',
      sv: 'Forsknings- eller laboratoriearbete',
      en: 'Research or lab based',
    },
  },
]

/** Learning setting: formal or non-formal (ELM). */
export const learningSettings: readonly Concept[] = [
  {
    key: 'formal',
    uri: `${snb}/learning-setting/6fd4685715`,
    label: { fi: 'Formaali', sv: 'Formellt', en: 'Formal' },
  },
  {
    key: 'non-formal',
    uri: `${snb}/learning-setting/e207a81fc7`,
    label: { fi: 'Nonformaali', sv: 'Icke-formellt', en: 'Non-formal' },
  },
]

/**
 * Types of assessment (Annex I M9), as named in the ELM assessment-type vocabulary. Their URIs
 * were not extracted into our reference; they are added when they are (the key stays).
 */
export const assessmentTypes: readonly Concept[] = [
  {
    key: 'written-examination',
    uri: undefined,
    label: { fi: 'Kirjallinen tentti', sv: 'Skriftlig tentamen', en: 'Written examination' },
  },
  {
    key: 'oral-examination',
    uri: undefined,
    label: { fi: 'Suullinen tentti', sv: 'Muntlig tentamen', en: 'Oral examination' },
  },
  {
    key: 'marked-assignment',
    uri: undefined,
    label: { fi: 'Arvioitu tehtävä', sv: 'Bedömd uppgift', en: 'Marked assignment' },
  },
  {
    key: 'continuous-evaluation',
    uri: undefined,
    label: { fi: 'Jatkuva arviointi', sv: 'Kontinuerlig bedömning', en: 'Continuous evaluation' },
  },
  {
    key: 'portfolio',
    uri: undefined,
    label: { fi: 'Portfolio', sv: 'Portfolio', en: 'Portfolio' },
  },
  {
    key: 'project-work',
    uri: undefined,
    label: { fi: 'Projektityö', sv: 'Projektarbete', en: 'Project work' },
  },
  {
    key: 'practical-assessment',
    uri: undefined,
    label: { fi: 'Käytännön näyttö', sv: 'Praktiskt prov', en: 'Practical assessment' },
  },
  {
    key: 'group-performance',
    uri: undefined,
    label: { fi: 'Ryhmätyö', sv: 'Grupprestation', en: 'Group performance' },
  },
  {
    key: 'peer-assessment',
    uri: undefined,
    label: { fi: 'Vertaisarviointi', sv: 'Kamratbedömning', en: 'Peer assessment' },
  },
  { key: 'quiz', uri: undefined, label: { fi: 'Tietovisa', sv: 'Quiz', en: 'Quiz' } },
  {
    key: 'artefact-assessment',
    uri: undefined,
    label: { fi: 'Tuotoksen arviointi', sv: 'Bedömning av alster', en: 'Artefact assessment' },
  },
  {
    key: 'problem-based-learning',
    uri: undefined,
    label: {
      fi: 'Ongelmalähtöinen tehtävä',
      sv: 'Problembaserat lärande',
      en: 'Problem-based learning',
    },
  },
]

/** Supervision and identity verification during assessment (Annex I O2): a closed set of three. */
export const supervisionLevels: readonly Concept[] = [
  {
    key: 'unsupervised-no-id-verification',
    uri: `${snb}/supervision-verification/c598449d64`,
    label: {
      fi: 'Valvomaton, ei henkilöllisyyden tarkistusta',
      sv: 'Oövervakad, ingen identitetskontroll',
      en: 'Unsupervised, no identity verification',
    },
  },
  {
    key: 'supervised-no-id-verification',
    uri: undefined,
    label: {
      fi: 'Valvottu, ei henkilöllisyyden tarkistusta',
      sv: 'Övervakad, ingen identitetskontroll',
      en: 'Supervised, no identity verification',
    },
  },
  {
    key: 'supervised-with-id-verification',
    uri: `${snb}/supervision-verification/70be69aaf9`,
    label: {
      fi: 'Valvottu, henkilöllisyys tarkistettu',
      sv: 'Övervakad, med identitetskontroll',
      en: 'Supervised, with identity verification',
    },
  },
]

/** Grading schemes of Finnish higher education. */
export const gradingSchemes: readonly Concept[] = [
  {
    key: '0-5',
    uri: undefined,
    label: { fi: 'Arvosteluasteikko 0–5', sv: 'Bedömningsskala 0–5', en: 'Grades 0–5' },
  },
  {
    key: 'pass-fail',
    uri: undefined,
    label: { fi: 'Hyväksytty/hylätty', sv: 'Godkänd/underkänd', en: 'Pass/fail' },
  },
]

/** ISCED-F 2013 broad fields (two-digit codes); narrow and detailed codes extend them. */
export const iscedBroadFields: readonly Concept[] = [
  [
    '00',
    'Yleissivistävät koulutusohjelmat',
    'Allmänna program',
    'Generic programmes and qualifications',
  ],
  ['01', 'Kasvatusala', 'Pedagogik', 'Education'],
  ['02', 'Humanistiset ja taidealat', 'Humaniora och konst', 'Arts and humanities'],
  [
    '03',
    'Yhteiskunnalliset alat',
    'Samhällsvetenskap, journalistik och information',
    'Social sciences, journalism and information',
  ],
  [
    '04',
    'Kauppa, hallinto ja oikeustieteet',
    'Handel, administration och juridik',
    'Business, administration and law',
  ],
  [
    '05',
    'Luonnontieteet',
    'Naturvetenskap, matematik och statistik',
    'Natural sciences, mathematics and statistics',
  ],
  [
    '06',
    'Tietojenkäsittely ja tietoliikenne (ICT)',
    'Informations- och kommunikationsteknik',
    'Information and Communication Technologies',
  ],
  [
    '07',
    'Tekniikan alat',
    'Teknik, tillverkning och byggnad',
    'Engineering, manufacturing and construction',
  ],
  [
    '08',
    'Maa- ja metsätalousalat',
    'Lant- och skogsbruk, fiske och veterinärmedicin',
    'Agriculture, forestry, fisheries and veterinary',
  ],
  ['09', 'Terveys- ja hyvinvointialat', 'Hälsa och välfärd', 'Health and welfare'],
  ['10', 'Palvelualat', 'Tjänster', 'Services'],
  ['99', 'Tuntematon koulutusala', 'Okänt område', 'Field unknown'],
].map(
  ([code, fi, sv, en]) =>
    ({ key: code ?? '', uri: `${snb}/isced-f/${code}`, label: { fi, sv, en } }) as Concept,
)

/** The concept with this key in a vocabulary, if there is one. */
export function findConcept(vocabulary: readonly Concept[], key: string): Concept | undefined {
  return vocabulary.find((concept) => concept.key === key)
}
