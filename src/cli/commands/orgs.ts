import { type Command, Option } from 'commander'
import {
  type LanguageMap,
  type Organisation,
  organisationKinds,
  pickLanguage,
  system,
} from '../../core/index.js'
import { createOrganisation, listOrganisations } from '../../services/index.js'
import type { Io } from '../io.js'
import { withDeps } from '../with-deps.js'

export function addOrgsCommand(program: Command, io: Io): void {
  const orgs = program
    .command('orgs')
    .description('create and list the organisations (institutions and partners)')

  orgs
    .command('create')
    .description(
      'create an organisation; give its name in at least one of Finnish, Swedish, English',
    )
    .requiredOption('--slug <slug>', 'short name used in addresses, e.g. kaarnala-open')
    .addOption(
      new Option('--kind <kind>', 'what the organisation is')
        .choices(organisationKinds)
        .makeOptionMandatory(),
    )
    .option('--name-fi <text>', 'the name in Finnish')
    .option('--name-sv <text>', 'the name in Swedish')
    .option('--name-en <text>', 'the name in English')
    .requiredOption('--country <CC>', 'two-letter ISO 3166-1 country code, e.g. FI')
    .option('--region <text>', 'the region, e.g. Pirkanmaa')
    .action(async (options: CreateOptions) => {
      const name: LanguageMap = {
        ...(options.nameFi === undefined ? {} : { fi: options.nameFi }),
        ...(options.nameSv === undefined ? {} : { sv: options.nameSv }),
        ...(options.nameEn === undefined ? {} : { en: options.nameEn }),
      }
      const organisation = await withDeps(
        (deps) =>
          createOrganisation(deps, system, {
            slug: options.slug,
            kind: options.kind,
            name,
            country: options.country,
            region: options.region,
          }),
        { name: '--name-fi, --name-sv or --name-en' },
      )
      io.out(`Created the organisation ${describeOrganisation(organisation)}.`)
    })

  orgs
    .command('list')
    .description('list every organisation, ordered by short name')
    .option('--json', 'print JSON instead of one line per organisation')
    .action(async (options: { json?: boolean }) => {
      const organisations = await withDeps((deps) => listOrganisations(deps))
      if (options.json === true) {
        io.out(JSON.stringify(organisations.map(toJson), null, 2))
      } else if (organisations.length === 0) {
        io.out('There are no organisations yet; add one with `osaamo orgs create`.')
      } else {
        for (const organisation of organisations) {
          io.out(describeOrganisation(organisation))
        }
      }
    })
}

type CreateOptions = {
  slug: string
  kind: Organisation['kind']
  nameFi?: string
  nameSv?: string
  nameEn?: string
  country: string
  region?: string
}

function describeOrganisation(organisation: Organisation): string {
  const where = [organisation.country, organisation.region].filter(Boolean).join(', ')
  const name = pickLanguage(organisation.name, 'fi') ?? ''
  return `${organisation.slug} (${organisation.kind}, ${where}): ${name}`
}

function toJson(organisation: Organisation) {
  return {
    id: organisation.id,
    slug: organisation.slug,
    kind: organisation.kind,
    name: organisation.name,
    country: organisation.country,
    region: organisation.region ?? null,
    createdAt: organisation.createdAt.toISOString(),
  }
}
