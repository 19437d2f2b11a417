/**
 * ESCO, the European classification of Skills, Competences, Qualifications and Occupations, as
 * published in its CSV download. Osaamo keeps one copy of it (replaced as a whole on each import)
 * so that designers can align specifications with ESCO skills and occupations.
 *
 * @see https://esco.ec.europa.eu/en/use-esco/download
 */

/** `knowledge`, or `skill` for ESCO's `skill/competence`; a few ESCO concepts have no type. */
export type EscoSkillType = 'skill' | 'knowledge'

export type EscoSkill = {
  readonly uri: string
  readonly type: EscoSkillType | undefined
  /** transversal, cross-sector, sector-specific or occupation-specific, when given. */
  readonly reuseLevel: string | undefined
  readonly preferredLabel: string
  readonly alternativeLabels: readonly string[]
  readonly description: string | undefined
  readonly status: string | undefined
}

export type EscoOccupation = {
  readonly uri: string
  /** The ISCO-08 unit group, e.g. `2512`. */
  readonly iscoGroup: string | undefined
  /** ESCO's own code under the ISCO group, e.g. `2512.4`. */
  readonly code: string | undefined
  readonly preferredLabel: string
  readonly alternativeLabels: readonly string[]
  readonly description: string | undefined
  readonly status: string | undefined
}

/** A node of the skill pillar's hierarchy above skills (S, S1, S1.1, K, …). */
export type EscoSkillGroup = {
  readonly uri: string
  readonly code: string | undefined
  readonly preferredLabel: string
}

export type EscoRelationType = 'essential' | 'optional'

export type EscoOccupationSkillRelation = {
  readonly occupationUri: string
  readonly skillUri: string
  readonly relationType: EscoRelationType
}

export type EscoSkillSkillRelation = {
  readonly fromSkillUri: string
  readonly toSkillUri: string
  readonly relationType: EscoRelationType
}

/** A narrower concept (skill or group) and one concept it falls under. */
export type EscoBroaderRelation = {
  readonly conceptUri: string
  readonly broaderUri: string
}

/** How many rows of each kind an import loaded. */
export type EscoImportCounts = {
  /** Every concept of skills_en.csv, knowledge included. */
  readonly skills: number
  /** Those of them that are knowledge. */
  readonly knowledge: number
  readonly occupations: number
  readonly skillGroups: number
  readonly occupationSkillRelations: number
  readonly skillSkillRelations: number
  readonly broaderRelations: number
}

export type EscoImport = {
  readonly id: string
  readonly source: string
  readonly version: string | undefined
  readonly importedAt: Date
  readonly counts: EscoImportCounts
}

/** One hit of a label search, best first; `matchedLabel` is the label that matched the text. */
export type EscoConceptMatch = {
  readonly uri: string
  readonly preferredLabel: string
  readonly matchedLabel: string
  /** 0–1, higher is better; whole and prefix/word matches always score above mere similarity. */
  readonly score: number
}

export type EscoSkillMatch = EscoConceptMatch & { readonly type: EscoSkillType | undefined }

/** A concept named by another, with its label. */
export type EscoConceptReference = {
  readonly uri: string
  readonly preferredLabel: string
}

export type EscoSkillDetails = EscoSkill & {
  /** Skills and skill groups this skill falls under. */
  readonly broader: readonly EscoConceptReference[]
  /** Skills ESCO relates to this one, in either direction. */
  readonly related: readonly (EscoConceptReference & { readonly relationType: EscoRelationType })[]
}

export type EscoOccupationDetails = EscoOccupation & {
  readonly essentialSkills: readonly (EscoConceptReference & { type: EscoSkillType | undefined })[]
  readonly optionalSkills: readonly (EscoConceptReference & { type: EscoSkillType | undefined })[]
}

/** Search limits shared by the API and the use cases. */
export const escoSearchLimits = { minimumTextLength: 2, defaultLimit: 10, maximumLimit: 50 }

/** The CSV files of ESCO's download that an import reads, and the columns it needs of each. */
export const escoFiles = {
  skills: {
    name: 'skills_en.csv',
    columns: [
      'conceptUri',
      'skillType',
      'reuseLevel',
      'preferredLabel',
      'altLabels',
      'status',
      'description',
    ],
  },
  occupations: {
    name: 'occupations_en.csv',
    columns: [
      'conceptUri',
      'iscoGroup',
      'code',
      'preferredLabel',
      'altLabels',
      'status',
      'description',
    ],
  },
  skillGroups: {
    name: 'skillGroups_en.csv',
    columns: ['conceptUri', 'code', 'preferredLabel'],
  },
  occupationSkillRelations: {
    name: 'occupationSkillRelations.csv',
    columns: ['occupationUri', 'relationType', 'skillUri'],
  },
  skillSkillRelations: {
    name: 'skillSkillRelations.csv',
    columns: ['originalSkillUri', 'relationType', 'relatedSkillUri'],
  },
  broaderRelations: {
    name: 'broaderRelationsSkillPillar.csv',
    columns: ['conceptUri', 'broaderUri'],
  },
} as const

export type EscoFile = keyof typeof escoFiles

/** One CSV row as read: column name → text. */
export type EscoRecord = Readonly<Record<string, string>>

/** A problem with the files of an import: a missing file or column, or a bad row. */
export type EscoImportProblem = {
  readonly file: string
  readonly line?: number
  readonly message: string
}

/**
 * Every missing file and missing column at once, given each file's header row (undefined for a
 * file that is not there).
 */
export function findEscoHeaderProblems(
  headers: Readonly<Record<EscoFile, readonly string[] | undefined>>,
): EscoImportProblem[] {
  return (Object.keys(escoFiles) as EscoFile[]).flatMap((file) => {
    const { name, columns } = escoFiles[file]
    const header = headers[file]
    if (header === undefined) {
      return [{ file: name, message: 'the file is missing' }]
    }
    const missing = columns.filter((column) => !header.includes(column))
    return missing.length === 0
      ? []
      : [
          {
            file: name,
            message: `missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`,
          },
        ]
  })
}

/** A row mapped to its domain value, or the reason it cannot be. */
export type EscoRowResult<T> = { readonly value: T } | { readonly problem: string }

export function toEscoSkill(record: EscoRecord): EscoRowResult<EscoSkill> {
  const uri = text(record.conceptUri)
  const preferredLabel = text(record.preferredLabel)
  const skillType = text(record.skillType)
  if (uri === undefined || preferredLabel === undefined) {
    return { problem: 'conceptUri and preferredLabel must not be empty' }
  }
  if (skillType !== undefined && skillType !== 'skill/competence' && skillType !== 'knowledge') {
    return { problem: `skillType "${skillType}" is neither skill/competence nor knowledge` }
  }
  return {
    value: {
      uri,
      type: skillType === undefined ? undefined : skillType === 'knowledge' ? 'knowledge' : 'skill',
      reuseLevel: text(record.reuseLevel),
      preferredLabel,
      alternativeLabels: labelsOf(record.altLabels, preferredLabel),
      description: text(record.description),
      status: text(record.status),
    },
  }
}

export function toEscoOccupation(record: EscoRecord): EscoRowResult<EscoOccupation> {
  const uri = text(record.conceptUri)
  const preferredLabel = text(record.preferredLabel)
  if (uri === undefined || preferredLabel === undefined) {
    return { problem: 'conceptUri and preferredLabel must not be empty' }
  }
  return {
    value: {
      uri,
      iscoGroup: text(record.iscoGroup),
      code: text(record.code),
      preferredLabel,
      alternativeLabels: labelsOf(record.altLabels, preferredLabel),
      description: text(record.description),
      status: text(record.status),
    },
  }
}

export function toEscoSkillGroup(record: EscoRecord): EscoRowResult<EscoSkillGroup> {
  const uri = text(record.conceptUri)
  const preferredLabel = text(record.preferredLabel)
  if (uri === undefined || preferredLabel === undefined) {
    return { problem: 'conceptUri and preferredLabel must not be empty' }
  }
  return { value: { uri, code: text(record.code), preferredLabel } }
}

export function toEscoOccupationSkillRelation(
  record: EscoRecord,
): EscoRowResult<EscoOccupationSkillRelation> {
  const occupationUri = text(record.occupationUri)
  const skillUri = text(record.skillUri)
  const relationType = toRelationType(record.relationType)
  if (occupationUri === undefined || skillUri === undefined) {
    return { problem: 'occupationUri and skillUri must not be empty' }
  }
  if (relationType === undefined) {
    return {
      problem: `relationType "${record.relationType ?? ''}" is neither essential nor optional`,
    }
  }
  return { value: { occupationUri, skillUri, relationType } }
}

export function toEscoSkillSkillRelation(
  record: EscoRecord,
): EscoRowResult<EscoSkillSkillRelation> {
  const fromSkillUri = text(record.originalSkillUri)
  const toSkillUri = text(record.relatedSkillUri)
  const relationType = toRelationType(record.relationType)
  if (fromSkillUri === undefined || toSkillUri === undefined) {
    return { problem: 'originalSkillUri and relatedSkillUri must not be empty' }
  }
  if (relationType === undefined) {
    return {
      problem: `relationType "${record.relationType ?? ''}" is neither essential nor optional`,
    }
  }
  return { value: { fromSkillUri, toSkillUri, relationType } }
}

export function toEscoBroaderRelation(record: EscoRecord): EscoRowResult<EscoBroaderRelation> {
  const conceptUri = text(record.conceptUri)
  const broaderUri = text(record.broaderUri)
  if (conceptUri === undefined || broaderUri === undefined) {
    return { problem: 'conceptUri and broaderUri must not be empty' }
  }
  return { value: { conceptUri, broaderUri } }
}

function text(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}

function toRelationType(value: string | undefined): EscoRelationType | undefined {
  const trimmed = text(value)
  return trimmed === 'essential' || trimmed === 'optional' ? trimmed : undefined
}

/** ESCO puts one alternative label a line; the preferred label and repeats are left out. */
function labelsOf(value: string | undefined, preferredLabel: string): string[] {
  const labels = (value ?? '')
    .split('\n')
    .map((label) => label.trim())
    .filter((label) => label !== '' && label !== preferredLabel)
  return [...new Set(labels)]
}
