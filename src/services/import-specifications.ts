import {
  type Actor,
  AppError,
  fromSpecificationCsv,
  fromSpecificationJson,
  type ImportedItem,
  requireRole,
} from '../core/index.js'
import { createSpecification, type VersionWithProblems } from './create-specification.js'
import type { Deps } from './deps.js'

/** What to import: items in the export shape (JSON), or the text of the CSV template. */
export type SpecificationImport =
  | { readonly format: 'json'; readonly items: readonly unknown[] }
  | { readonly format: 'csv'; readonly csv: string }

/**
 * Imports specifications as drafts of the organisation (designers), all or nothing: every item's
 * or row's shape problems are reported at once in SPECIFICATION_IMPORT_INVALID and nothing is
 * saved; otherwise each becomes a draft, saved with its validation problems as any draft is.
 */
export async function importSpecifications(
  deps: Pick<Deps, 'clock' | 'ids' | 'transaction'>,
  actor: Actor,
  input: { organisationId: string } & SpecificationImport,
): Promise<VersionWithProblems[]> {
  requireRole(actor, input.organisationId, ['designer'])
  const { items, problems } =
    input.format === 'csv' ? fromSpecificationCsv(input.csv) : readJsonItems(input.items)
  if (problems.length > 0 || items.length === 0) {
    throw new AppError('SPECIFICATION_IMPORT_INVALID', undefined, {
      details: {
        problems:
          problems.length > 0
            ? problems
            : [{ row: 1, path: '', code: 'empty', message: 'There is nothing to import.' }],
      },
    })
  }
  const contents = items.flatMap((item) => (item.content === undefined ? [] : [item.content]))
  // One transaction for all the drafts: any failure leaves none saved.
  return deps.transaction(async (stores) => {
    const created: VersionWithProblems[] = []
    for (const content of contents) {
      created.push(
        await createSpecification(
          deps,
          actor,
          { organisationId: input.organisationId, content },
          stores,
        ),
      )
    }
    return created
  })
}

function readJsonItems(values: readonly unknown[]): {
  items: readonly ImportedItem[]
  problems: readonly ImportedItem['problems'][number][]
} {
  const items = values.map((value, index) => fromSpecificationJson(value, index + 1))
  return { items, problems: items.flatMap((item) => item.problems) }
}
