import type { Language } from '../language.js'

/**
 * Every text a printable certificate shows besides the credential's own values, in Finnish,
 * Swedish and English. A `Record<Language, …>` so that a missing translation does not compile.
 */
export const certificateLabels = {
  heading: { fi: 'Osaamismerkki', sv: 'Mikromerit', en: 'Micro-credential' },
  awardedTo: { fi: 'Myönnetty henkilölle', sv: 'Tilldelat', en: 'Awarded to' },
  awardingBodies: { fi: 'Myöntäjät', sv: 'Utfärdande organisationer', en: 'Awarding bodies' },
  issuer: { fi: 'Myöntäjä', sv: 'Utfärdare', en: 'Issuer' },
  issuedOn: { fi: 'Myöntämispäivä', sv: 'Utfärdandedatum', en: 'Date of issue' },
  credits: { fi: 'Laajuus', sv: 'Omfattning', en: 'Credits' },
  workload: { fi: 'Työmäärä', sv: 'Arbetsmängd', en: 'Workload' },
  eqfLevel: { fi: 'EQF-taso', sv: 'EQF-nivå', en: 'EQF level' },
  nqfLevel: {
    fi: 'Kansallinen taso (NQF)',
    sv: 'Nationell nivå (NQF)',
    en: 'National level (NQF)',
  },
  qfEheaCycle: { fi: 'QF-EHEA-sykli', sv: 'QF-EHEA-cykel', en: 'QF-EHEA cycle' },
  field: { fi: 'Koulutusala (ISCED-F)', sv: 'Utbildningsområde (ISCED-F)', en: 'Field (ISCED-F)' },
  learningOutcomes: { fi: 'Osaamistavoitteet', sv: 'Lärandemål', en: 'Learning outcomes' },
  skills: { fi: 'ESCO-taidot', sv: 'ESCO-färdigheter', en: 'ESCO skills' },
  assessment: { fi: 'Arviointitapa', sv: 'Bedömningsform', en: 'Type of assessment' },
  participation: { fi: 'Osallistumistapa', sv: 'Deltagandeform', en: 'Form of participation' },
  learningSetting: { fi: 'Oppimisympäristö', sv: 'Lärandemiljö', en: 'Learning setting' },
  supervision: {
    fi: 'Valvonta ja henkilöllisyyden tarkistus',
    sv: 'Övervakning och identitetskontroll',
    en: 'Supervision and identity verification',
  },
  grade: { fi: 'Arvosana', sv: 'Vitsord', en: 'Grade' },
  gradingScheme: { fi: 'Arvosteluasteikko', sv: 'Bedömningsskala', en: 'Grading scheme' },
  assessedOn: { fi: 'Arvioitu', sv: 'Bedömt', en: 'Assessed on' },
  qualityAssurance: { fi: 'Laadunvarmistus', sv: 'Kvalitetssäkring', en: 'Quality assurance' },
  prerequisites: { fi: 'Esitiedot', sv: 'Förkunskapskrav', en: 'Prerequisites' },
  stackability: { fi: 'Yhdistettävyys', sv: 'Kombinerbarhet', en: 'Stackability' },
  languages: { fi: 'Opetuskieli', sv: 'Undervisningsspråk', en: 'Language of instruction' },
  validity: { fi: 'Voimassaolo', sv: 'Giltighet', en: 'Validity' },
  credentialId: { fi: 'Todistuksen tunniste', sv: 'Intygets identifierare', en: 'Credential ID' },
  verify: {
    fi: 'Tarkista todistuksen aitous',
    sv: 'Kontrollera intygets äkthet',
    en: 'Verify this credential',
  },
  sectionAchievement: { fi: 'Osaamiskokonaisuus', sv: 'Helheten', en: 'The achievement' },
  sectionResult: { fi: 'Suoritus', sv: 'Prestation', en: 'Result' },
  sectionDetails: { fi: 'Lisätiedot', sv: 'Ytterligare uppgifter', en: 'Further details' },
  standAlone: { fi: 'Itsenäinen', sv: 'Fristående', en: 'Stand-alone' },
  stackable: { fi: 'Yhdistettävissä', sv: 'Kombinerbar', en: 'Stackable' },
  stackableTowards: {
    fi: 'Yhdistettävissä: {towards}',
    sv: 'Kan kombineras till: {towards}',
    en: 'Stackable towards: {towards}',
  },
  validUntil: { fi: 'Voimassa {date} asti', sv: 'Giltigt till {date}', en: 'Valid until {date}' },
  noExpiry: { fi: 'Voimassa toistaiseksi', sv: 'Giltigt tills vidare', en: 'Does not expire' },
  notApplicable: { fi: 'Ei sovellettavissa', sv: 'Inte tillämpligt', en: 'Not applicable' },
  pass: { fi: 'Hyväksytty', sv: 'Godkänd', en: 'Pass' },
  fail: { fi: 'Hylätty', sv: 'Underkänd', en: 'Fail' },
  creditsValue: { fi: '{value} op (ECTS)', sv: '{value} sp (ECTS)', en: '{value} ECTS credits' },
  hoursValue: { fi: '{value} tuntia', sv: '{value} timmar', en: '{value} hours' },
  page: { fi: 'Sivu {page}/{pages}', sv: 'Sida {page}/{pages}', en: 'Page {page} of {pages}' },
} as const satisfies Record<string, Record<Language, string>>

export type CertificateLabelKey = keyof typeof certificateLabels

/** A certificate label in the language, with `{name}` placeholders filled in. */
export function certificateLabel(
  key: CertificateLabelKey,
  language: Language,
  values: Readonly<Record<string, string>> = {},
): string {
  return certificateLabels[key][language].replaceAll(
    /\{([a-z]+)\}/g,
    (placeholder, name: string) => values[name] ?? placeholder,
  )
}
