import { type Language, type LanguageMap, pickLanguage } from '../language.js'
import { notApplicableIri } from '../specification/to-eu-achievement-terms.js'
import {
  type Concept,
  eqfLevels,
  findConcept,
  gradingSchemes,
  iscedBroadFields,
  qfEheaCycles,
} from '../specification/vocabularies.js'
import { type CertificateLabelKey, certificateLabel } from './certificate-labels.js'
import type { JsonObject } from './json.js'

/** One line of a certificate: a label and its value, both in the certificate's language. */
export type CertificateEntry = { readonly label: string; readonly value: string }

/** A learning outcome as printed: its text and the labels of the ESCO skills it aligns to. */
export type CertificateOutcome = { readonly text: string; readonly skills: readonly string[] }

/**
 * What a printable certificate of an Open Badge shows, every text already in its language: the
 * renderer only lays it out. An element the credential lacks is undefined (or an empty list),
 * never printed empty.
 */
export type CertificateContent = {
  readonly language: Language
  /** "Micro-credential", "Awarded to", the section headings and the QR code's caption. */
  readonly headings: {
    readonly certificate: string
    readonly awardedTo: string
    readonly achievement: string
    readonly result: string
    readonly details: string
    readonly learningOutcomes: string
    readonly skills: string
    readonly verify: string
    /** "Page {page} of {pages}", the placeholders left for the renderer. */
    readonly page: string
  }
  readonly title: string
  readonly learnerName: string | undefined
  readonly issuer: CertificateEntry
  readonly awardingBodies: CertificateEntry | undefined
  readonly issuedOn: CertificateEntry | undefined
  readonly credits: CertificateEntry | undefined
  readonly workload: CertificateEntry | undefined
  readonly eqfLevel: CertificateEntry | undefined
  readonly nqfLevel: CertificateEntry | undefined
  readonly qfEheaCycle: CertificateEntry | undefined
  readonly field: CertificateEntry | undefined
  readonly learningOutcomes: readonly CertificateOutcome[]
  readonly assessment: CertificateEntry | undefined
  readonly participation: CertificateEntry | undefined
  readonly learningSetting: CertificateEntry | undefined
  readonly supervision: CertificateEntry | undefined
  readonly grade: CertificateEntry | undefined
  readonly gradingScheme: CertificateEntry | undefined
  readonly assessedOn: CertificateEntry | undefined
  readonly qualityAssurance: CertificateEntry | undefined
  readonly prerequisites: CertificateEntry | undefined
  readonly stackability: CertificateEntry | undefined
  readonly languages: CertificateEntry | undefined
  readonly validity: CertificateEntry
  readonly credentialId: CertificateEntry
  readonly verificationUrl: string
}

/**
 * The public page where anyone can check an issued credential; the certificate's QR code points
 * here. `credentialId` is the issued credential's UUID.
 */
export function certificateVerificationUrl(publicUrl: string, credentialId: string): string {
  return `${publicUrl}/verify/${encodeURIComponent(credentialId)}`
}

/** True for a credential a certificate can be made of: an Open Badges 3.0 OpenBadgeCredential. */
export function isOpenBadgeCredential(credential: JsonObject): boolean {
  const types = list(credential.type)
  return types.includes('OpenBadgeCredential') && object(achievementOf(credential)) !== undefined
}

/**
 * What the printable certificate of a signed OpenBadgeCredential shows, in the given language:
 * read from the credential's own terms (Open Badges 3.0 and Osaamo's context, as
 * `toOpenBadgeCredential` writes them), so that the paper says what the signed credential says.
 * Texts the credential has in several languages are picked in the certificate's language; the
 * few it has in one (issuer and awarding bodies' names, the title when no map) print as they are.
 * @see ../shared/reference/standards.md §1.1 (Annex I elements)
 */
export function toCertificateContent(
  credential: JsonObject,
  language: Language,
  verificationUrl: string,
): CertificateContent {
  const label = (key: CertificateLabelKey, values?: Readonly<Record<string, string>>) =>
    certificateLabel(key, language, values)
  const entry = (key: CertificateLabelKey, value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : { label: label(key), value }
  const subject = object(credential.credentialSubject) ?? {}
  const achievement = object(achievementOf(credential)) ?? {}
  const result = object(list(subject.result)[0]) ?? {}
  const pick = (value: unknown) => textIn(value, language)
  const conceptLabels = (value: unknown) =>
    join(
      list(value)
        .map((node) => pick(object(node)?.prefLabel))
        .filter(isText),
    )
  const skillNames = new Map(
    list(achievement.alignment)
      .map(object)
      .filter((alignment) => alignment !== undefined)
      .map((alignment) => [text(alignment.targetUrl), text(alignment.targetName)] as const),
  )
  const credits = text(achievement.ectsCredits) ?? numberText(subject.creditsEarned)
  const hours = text(achievement.workloadHours)
  const grade = text(result.value)
  const scheme = gradingSchemeOf(achievement, text(result.resultDescription), language)
  const supervision =
    pick(object(result.supervisionAndIdentityVerification)?.prefLabel) ??
    pick(object(achievement.supervisionAndIdentityVerification)?.prefLabel)
  const towards = list(achievement.stackableTowards)
    .map((item) => pick(object(item)?.title))
    .filter(isText)
  const validUntil = dateOf(text(credential.validUntil), language)
  const issuerName =
    typeof credential.issuer === 'string'
      ? credential.issuer
      : (pick(object(credential.issuer)?.name) ?? text(object(credential.issuer)?.id) ?? '')

  return {
    language,
    headings: {
      certificate: label('heading'),
      awardedTo: label('awardedTo'),
      achievement: label('sectionAchievement'),
      result: label('sectionResult'),
      details: label('sectionDetails'),
      learningOutcomes: label('learningOutcomes'),
      skills: label('skills'),
      verify: label('verify'),
      page: label('page'),
    },
    title: pick(achievement.title) ?? text(achievement.name) ?? text(credential.name) ?? '',
    learnerName: learnerNameOf(subject),
    issuer: { label: label('issuer'), value: issuerName },
    awardingBodies: entry(
      'awardingBodies',
      join(
        list(achievement.awardingBody)
          .map((body) => pick(object(body)?.name))
          .filter(isText),
      ),
    ),
    issuedOn: entry(
      'issuedOn',
      dateOf(
        text(credential.awardedDate) ?? text(credential.validFrom) ?? text(credential.issuanceDate),
        language,
      ),
    ),
    credits: entry(
      'credits',
      credits === undefined
        ? undefined
        : label('creditsValue', { value: decimalIn(credits, language) }),
    ),
    workload: entry(
      'workload',
      hours === undefined ? undefined : label('hoursValue', { value: decimalIn(hours, language) }),
    ),
    eqfLevel: entry('eqfLevel', eqfLevelOf(text(achievement.eqfLevel), language)),
    nqfLevel: entry('nqfLevel', numberText(achievement.nqfLevel) ?? text(achievement.nqfLevel)),
    qfEheaCycle: entry(
      'qfEheaCycle',
      conceptLabel(qfEheaCycles, text(achievement.qfEheaCycle), language),
    ),
    field: entry('field', fieldOf(achievement, language)),
    learningOutcomes: list(achievement.learningOutcome).flatMap((item) => {
      const outcome = object(item) ?? {}
      const outcomeText = pick(outcome.title)
      return outcomeText === undefined
        ? []
        : [
            {
              text: outcomeText,
              skills: list(outcome.relatedSkill)
                .map((uri) => (typeof uri === 'string' ? (skillNames.get(uri) ?? uri) : undefined))
                .filter(isText),
            },
          ]
    }),
    assessment: entry('assessment', conceptLabels(achievement.assessmentType)),
    participation: entry('participation', conceptLabels(achievement.formOfParticipation)),
    learningSetting: entry('learningSetting', pick(object(achievement.learningSetting)?.prefLabel)),
    supervision: entry('supervision', supervision),
    grade: entry('grade', grade === undefined ? undefined : gradeIn(grade, language)),
    gradingScheme: entry('gradingScheme', scheme),
    assessedOn: entry('assessedOn', dateOf(text(result.assessmentDate), language)),
    qualityAssurance: entry(
      'qualityAssurance',
      pick(achievement.qualityAssurance) ?? text(achievement.qualityAssuranceType),
    ),
    prerequisites: entry('prerequisites', pick(achievement.prerequisites)),
    stackability: entry('stackability', stackabilityOf(achievement, towards, language)),
    languages: entry(
      'languages',
      join(
        list(achievement.languageOfInstruction)
          .filter(isText)
          .map((code) => languageName(code, language)),
      ),
    ),
    validity: {
      label: label('validity'),
      value:
        validUntil === undefined ? label('noExpiry') : label('validUntil', { date: validUntil }),
    },
    credentialId: { label: label('credentialId'), value: text(credential.id) ?? '' },
    verificationUrl,
  }
}

function achievementOf(credential: JsonObject): unknown {
  return object(credential.credentialSubject)?.achievement
}

function learnerNameOf(subject: JsonObject): string | undefined {
  const name = list(subject.identifier)
    .map(object)
    .find((identifier) => identifier?.identityType === 'name' && identifier.hashed === false)
  return text(name?.identityHash) ?? text(subject.name)
}

function eqfLevelOf(iri: string | undefined, language: Language): string | undefined {
  if (iri === notApplicableIri) {
    return certificateLabel('notApplicable', language)
  }
  const concept = eqfLevels.find((level) => level.uri === iri)
  return concept === undefined ? undefined : concept.key
}

function fieldOf(achievement: JsonObject, language: Language): string | undefined {
  const code = /\/isced-f\/(\d{2,4})$/.exec(text(achievement.iscedField) ?? '')?.[1]
  if (code === undefined) {
    return text(achievement.fieldOfStudy)
  }
  const broad = conceptLabel(iscedBroadFields, code.slice(0, 2), language)
  return broad === undefined ? code : `${broad} (${code})`
}

/** The scheme's label from its allowed values, which name it in every language. */
function gradingSchemeOf(
  achievement: JsonObject,
  id: string | undefined,
  language: Language,
): string | undefined {
  const descriptions = list(achievement.resultDescription).map(object)
  const description =
    descriptions.find((item) => item !== undefined && id !== undefined && item.id === id) ??
    descriptions[0]
  const allowed = list(description?.allowedValue)
  const scheme = allowed.includes('5') ? '0-5' : allowed.includes('Pass') ? 'pass-fail' : undefined
  return scheme === undefined
    ? text(description?.name)
    : conceptLabel(gradingSchemes, scheme, language)
}

function stackabilityOf(
  achievement: JsonObject,
  towards: readonly string[],
  language: Language,
): string | undefined {
  if (achievement.stackability === 'stand-alone') {
    return certificateLabel('standAlone', language)
  }
  if (achievement.stackability !== 'stackable') {
    return undefined
  }
  return towards.length === 0
    ? certificateLabel('stackable', language)
    : certificateLabel('stackableTowards', language, { towards: towards.join('; ') })
}

function gradeIn(grade: string, language: Language): string {
  if (grade.toLowerCase() === 'pass') {
    return certificateLabel('pass', language)
  }
  if (grade.toLowerCase() === 'fail') {
    return certificateLabel('fail', language)
  }
  return grade
}

function conceptLabel(
  vocabulary: readonly Concept[],
  key: string | undefined,
  language: Language,
): string | undefined {
  const concept = key === undefined ? undefined : findConcept(vocabulary, key)
  return concept === undefined ? undefined : pickLanguage(concept.label, language)
}

/** A date as people write it: 20.11.2026 in Finnish, 2026-11-20 in Swedish, 20 November 2026. */
export function certificateDate(date: Date, language: Language): string {
  const year = date.getUTCFullYear()
  const month = date.getUTCMonth() + 1
  const day = date.getUTCDate()
  switch (language) {
    case 'fi':
      return `${day}.${month}.${year}`
    case 'sv':
      return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
    case 'en':
      return `${day} ${monthNames[month - 1] ?? month} ${year}`
    default: {
      const exhaustive: never = language
      return exhaustive
    }
  }
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

function dateOf(value: string | undefined, language: Language): string | undefined {
  const date = value === undefined ? undefined : new Date(value)
  return date === undefined || Number.isNaN(date.getTime())
    ? undefined
    : certificateDate(date, language)
}

/** A decimal with the language's separator: 2,5 in Finnish and Swedish, 2.5 in English. */
function decimalIn(value: string, language: Language): string {
  return language === 'en' ? value : value.replace('.', ',')
}

function languageName(code: string, language: Language): string {
  try {
    const name = new Intl.DisplayNames([language], { type: 'language' }).of(code)
    return name === undefined || name === code ? code : name
  } catch {
    return code
  }
}

/** A language map's text in the language, or a plain string as it is. */
function textIn(value: unknown, language: Language): string | undefined {
  if (typeof value === 'string') {
    return text(value)
  }
  const map = object(value)
  if (map === undefined) {
    return undefined
  }
  const texts: LanguageMap = {}
  for (const code of ['fi', 'sv', 'en'] as const) {
    const item = map[code]
    if (typeof item === 'string') {
      texts[code] = item
    }
  }
  return pickLanguage(texts, language)
}

function object(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as JsonObject)
    : undefined
}

/** A JSON-LD value that may be one item or an array, as an array. */
function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function numberText(value: unknown): string | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}

function join(values: readonly string[]): string | undefined {
  return values.length === 0 ? undefined : values.join(', ')
}
