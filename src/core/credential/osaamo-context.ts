/** Where the terms of Osaamo's context live: every term's IRI is this plus the term's name. */
export const osaamoVocabularyUrl = 'https://w3id.org/osaamo/vocab#'

const xsd = 'http://www.w3.org/2001/XMLSchema#'

/** A term whose value is a language map `{ fi, sv, en }`. */
const languageMap = (name: string) => ({ '@id': `osaamo:${name}`, '@container': '@language' })
/** A term whose values are IRIs. */
const iri = (name: string) => ({ '@id': `osaamo:${name}`, '@type': '@id' })
const iriSet = (name: string) => ({ ...iri(name), '@container': '@set' })
/** A term whose values are nodes (objects). */
const nodeSet = (name: string) => ({ '@id': `osaamo:${name}`, '@container': '@set' })
const typed = (name: string, type: string) => ({
  '@id': `osaamo:${name}`,
  '@type': `${xsd}${type}`,
})

/**
 * Osaamo's JSON-LD context (served at `osaamoContextUrl`): the terms for the EU micro-credential
 * elements (Council Recommendation 2022/C 243/02, Annex I) that Open Badges 3.0 has none for.
 * Protected, so that no later context can redefine a term under a signed credential; typed, so that
 * the RDF says what the JSON means (decimals, dates, IRIs, language-tagged texts). Version 1 never
 * changes once published: a change is a new context, v2 (docs/decisions/0013).
 * @see ../shared/reference/standards.md §1.1, §3.7
 */
export const osaamoContext = {
  '@context': {
    '@protected': true,
    osaamo: osaamoVocabularyUrl,
    // Texts in fi/sv/en.
    title: languageMap('title'),
    prefLabel: languageMap('prefLabel'),
    prerequisites: languageMap('prerequisites'),
    qualityAssurance: languageMap('qualityAssurance'),
    furtherInformation: languageMap('furtherInformation'),
    // M6 learning outcomes, each with the ESCO skills it builds.
    learningOutcome: nodeSet('learningOutcome'),
    relatedSkill: iriSet('relatedSkill'),
    // M7 workload; decimals are written as strings so that 2.5 stays "2.5"^^xsd:decimal.
    ectsCredits: typed('ectsCredits', 'decimal'),
    workloadHours: typed('workloadHours', 'decimal'),
    // M8 level and cycle; ISCED-F field.
    eqfLevel: iri('eqfLevel'),
    qfEheaCycle: typed('qfEheaCycle', 'string'),
    nqfLevel: typed('nqfLevel', 'integer'),
    iscedField: iri('iscedField'),
    // M9, M10, O2: concepts of controlled vocabularies, as { id, prefLabel }.
    assessmentType: nodeSet('assessmentType'),
    formOfParticipation: nodeSet('formOfParticipation'),
    learningSetting: { '@id': 'osaamo:learningSetting' },
    supervisionAndIdentityVerification: { '@id': 'osaamo:supervisionAndIdentityVerification' },
    // M11 quality assurance: a code beside the text above.
    qualityAssuranceType: typed('qualityAssuranceType', 'string'),
    // O4 integration/stackability.
    stackability: typed('stackability', 'string'),
    stackableTowards: nodeSet('stackableTowards'),
    // M3, M4: where the awarding bodies are, and who they are (OB Profiles and Addresses).
    issuerLocation: nodeSet('issuerLocation'),
    awardingBody: nodeSet('awardingBody'),
    languageOfInstruction: {
      '@id': 'osaamo:languageOfInstruction',
      '@type': `${xsd}language`,
      '@container': '@set',
    },
    homepage: iriSet('homepage'),
    // The assessment behind a Result.
    assessmentDate: typed('assessmentDate', 'dateTime'),
  },
} as const
