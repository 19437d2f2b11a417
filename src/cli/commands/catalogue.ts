import type { Command } from 'commander'
import { type CatalogueParameters, pickLanguage } from '../../core/index.js'
import { searchCatalogue } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

type SearchOptions = {
  ectsMin?: string
  ectsMax?: string
  eqf?: string
  isced?: string
  form?: string
  language?: string
  organisation?: string
  priceMax?: string
  skill?: string
  limit?: string
  offset?: string
  json?: boolean
}

export function addCatalogueCommand(program: Command, io: Io): void {
  const catalogue = program
    .command('catalogue')
    .description('the public catalogue of published micro-credentials')

  catalogue
    .command('search')
    .description(
      'search the published micro-credentials in Finnish, Swedish or English (every word must ' +
        'match, inflected forms included); best matches first',
    )
    .argument('[words...]', 'words to find; none lists the newest')
    .option('--ects-min <number>', 'smallest size in ECTS credits (op)')
    .option('--ects-max <number>', 'largest size in ECTS credits (op)')
    .option('--eqf <level>', 'EQF level 1–8 or not-applicable')
    .option('--isced <code>', 'ISCED-F field code or its start, e.g. 06')
    .option('--form <form>', 'form of participation, e.g. online')
    .option('--language <code>', 'language of instruction, e.g. fi')
    .option('--organisation <slug>', 'an awarding organisation')
    .option('--price-max <euros>', 'highest price in euros')
    .option('--skill <uri>', 'an ESCO skill URI')
    .option('--limit <number>', 'results per page (1–100, default 20)')
    .option('--offset <number>', 'results to skip')
    .option('--json', 'print the results as JSON')
    .action(async (words: string[], options: SearchOptions) => {
      const parameters: CatalogueParameters = {
        q: words.join(' '),
        ectsMin: options.ectsMin,
        ectsMax: options.ectsMax,
        eqf: options.eqf,
        isced: options.isced,
        form: options.form,
        language: options.language,
        organisation: options.organisation,
        priceMax: options.priceMax,
        skill: options.skill,
        limit: options.limit,
        offset: options.offset,
      }
      const page = await withDeps((deps) => searchCatalogue(deps, parameters), {
        q: 'words',
        ectsMin: '--ects-min',
        ectsMax: '--ects-max',
        priceMax: '--price-max',
      })
      if (options.json === true) {
        io.out(JSON.stringify(page, null, 2))
        return
      }
      io.out(`${page.total} published micro-credential${page.total === 1 ? '' : 's'}`)
      for (const item of page.items) {
        const size = item.ects === undefined ? '' : ` · ${item.ects} op`
        const bodies = item.awardingBodies.map((body) => body.slug).join(', ')
        io.out(
          `  ${pickLanguage(item.title, 'fi') ?? '(untitled)'}${size} · ${bodies} · ${item.specificationId}`,
        )
      }
    })
}
