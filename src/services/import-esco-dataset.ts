import {
  type Actor,
  AppError,
  type EscoDataset,
  type EscoFile,
  type EscoImport,
  type EscoImportProblem,
  type EscoRecord,
  type EscoRowResult,
  escoFiles,
  findEscoHeaderProblems,
  requireSystem,
  type Stores,
  toEscoBroaderRelation,
  toEscoOccupation,
  toEscoOccupationSkillRelation,
  toEscoSkill,
  toEscoSkillGroup,
  toEscoSkillSkillRelation,
} from '../core/index.js'
import type { Deps } from './deps.js'
import { recordAudit } from './record-audit.js'

/** Rows a statement: large enough to keep round trips few, small enough to keep memory flat. */
const batchSize = 2_000
/** Bad rows listed in the error; the rest are counted. */
const listedRowProblems = 20

/**
 * Replaces the installation's ESCO with the given download, in one transaction: a failed import
 * (a missing file or column, a bad row) changes nothing and lists every problem at once. Only the
 * operator (the command line) imports.
 */
export async function importEscoDataset(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  dataset: EscoDataset,
  options: { version?: string | undefined } = {},
): Promise<EscoImport> {
  requireSystem(actor)
  const headerProblems = findEscoHeaderProblems(await dataset.readHeaders())
  if (headerProblems.length > 0) {
    throw importInvalid(dataset.source, headerProblems, headerProblems.length)
  }
  return deps.transaction(async (stores) => {
    const problems: EscoImportProblem[] = []
    let problemCount = 0
    const load = async <T>(
      file: EscoFile,
      toValue: (record: EscoRecord) => EscoRowResult<T>,
      insert: (values: T[]) => Promise<void>,
      onValue: (value: T) => void = () => {},
    ): Promise<number> => {
      let batch: T[] = []
      let count = 0
      for await (const { line, record } of dataset.readRows(file)) {
        const result = toValue(record)
        if ('problem' in result) {
          problemCount += 1
          if (problems.length < listedRowProblems) {
            problems.push({ file: escoFiles[file].name, line, message: result.problem })
          }
          continue
        }
        onValue(result.value)
        batch.push(result.value)
        count += 1
        if (batch.length === batchSize) {
          await insert(batch)
          batch = []
        }
      }
      await insert(batch)
      return count
    }

    await stores.esco.clear()
    let knowledge = 0
    const skills = await load(
      'skills',
      toEscoSkill,
      (values) => stores.esco.insertSkills(values),
      (skill) => {
        knowledge += skill.type === 'knowledge' ? 1 : 0
      },
    )
    const counts = {
      skills,
      knowledge,
      occupations: await load('occupations', toEscoOccupation, (values) =>
        stores.esco.insertOccupations(values),
      ),
      skillGroups: await load('skillGroups', toEscoSkillGroup, (values) =>
        stores.esco.insertSkillGroups(values),
      ),
      occupationSkillRelations: await load(
        'occupationSkillRelations',
        toEscoOccupationSkillRelation,
        (values) => stores.esco.insertOccupationSkillRelations(values),
      ),
      skillSkillRelations: await load('skillSkillRelations', toEscoSkillSkillRelation, (values) =>
        stores.esco.insertSkillSkillRelations(values),
      ),
      broaderRelations: await load('broaderRelations', toEscoBroaderRelation, (values) =>
        stores.esco.insertBroaderRelations(values),
      ),
    }
    if (problemCount > 0) {
      throw importInvalid(dataset.source, problems, problemCount)
    }
    const record: EscoImport = {
      id: deps.ids.newId(),
      source: dataset.source,
      version: options.version,
      importedAt: deps.clock.now(),
      counts,
    }
    await stores.esco.recordImport(record)
    await recordEscoAudit(deps, stores, actor, record)
    return record
  })
}

function recordEscoAudit(
  deps: Pick<Deps, 'clock'>,
  stores: Stores,
  actor: Actor,
  record: EscoImport,
): Promise<unknown> {
  return recordAudit(deps, stores, actor, {
    action: 'esco.imported',
    subject: { escoImportId: record.id },
  })
}

function importInvalid(
  source: string,
  problems: readonly EscoImportProblem[],
  problemCount: number,
): AppError {
  const lines = problems.map(
    (problem) =>
      `${problem.file}${problem.line === undefined ? '' : `, line ${problem.line}`}: ${problem.message}`,
  )
  if (problemCount > problems.length) {
    lines.push(`… and ${problemCount - problems.length} more`)
  }
  return new AppError(
    'ESCO_IMPORT_INVALID',
    `The ESCO files in ${source} cannot be imported; nothing was changed:\n  - ${lines.join('\n  - ')}`,
    { details: { source, problems, problemCount } },
  )
}
