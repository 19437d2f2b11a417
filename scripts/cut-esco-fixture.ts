// Cuts a small, consistent subset of the official ESCO v1.1.1 CSV download into
// test/fixtures/esco/, with the same file names and columns: ICT occupations, their skills
// (programming ones first) up to a limit, and only the relations and groups among them.
// `npx tsx scripts/cut-esco-fixture.ts [source folder]`; the source defaults to ../shared/data/esco.
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'

type Row = Record<string, string>
type Table = { header: string[]; rows: Row[] }

const root = fileURLToPath(new URL('..', import.meta.url))
const source = process.argv[2] ?? join(root, '../shared/data/esco')
const target = join(root, 'test/fixtures/esco')
const occupationLimit = 20
const skillLimit = 200
/** ISCO-08 unit groups of the chosen occupations: software, web, database and network work. */
const iscoGroups = ['2511', '2512', '2513', '2514', '2519', '2521', '2522', '2523', '3512', '3513']

async function readTable(name: string): Promise<Table> {
  const rows = parse(await readFile(join(source, name)), { bom: true }) as string[][]
  const [header = [], ...data] = rows
  return {
    header,
    rows: data.map((cells) =>
      Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])),
    ),
  }
}

function toCsv(table: Table, rows: readonly Row[]): string {
  const quote = (value: string) =>
    /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
  const lines = [
    table.header,
    ...rows.map((row) => table.header.map((column) => row[column] ?? '')),
  ]
  return `${lines.map((cells) => cells.map(quote).join(',')).join('\n')}\n`
}

const byUri = (a: Row, b: Row) => ((a.conceptUri ?? '') < (b.conceptUri ?? '') ? -1 : 1)

const skills = await readTable('skills_en.csv')
const occupations = await readTable('occupations_en.csv')
const groups = await readTable('skillGroups_en.csv')
const occupationSkills = await readTable('occupationSkillRelations.csv')
const skillSkills = await readTable('skillSkillRelations.csv')
const broader = await readTable('broaderRelationsSkillPillar.csv')

const chosenOccupations = occupations.rows
  .filter((row) => iscoGroups.includes(row.iscoGroup ?? ''))
  .sort(byUri)
  .slice(0, occupationLimit)
const occupationUris = new Set(chosenOccupations.map((row) => row.conceptUri))

const relatedSkillUris = new Set(
  occupationSkills.rows
    .filter((row) => occupationUris.has(row.occupationUri))
    .map((row) => row.skillUri),
)
const candidates = skills.rows.filter((row) => relatedSkillUris.has(row.conceptUri)).sort(byUri)
const isProgramming = (row: Row) => /program/i.test(`${row.preferredLabel}\n${row.altLabels}`)
const chosenSkills = [
  ...candidates.filter(isProgramming),
  ...candidates.filter((row) => !isProgramming(row)),
]
  .slice(0, skillLimit)
  .sort(byUri)
const skillUris = new Set(chosenSkills.map((row) => row.conceptUri))

// Groups above the chosen skills, up to the top of the pillar.
const broaderOf = new Map<string, string[]>()
for (const row of broader.rows) {
  broaderOf.set(row.conceptUri ?? '', [
    ...(broaderOf.get(row.conceptUri ?? '') ?? []),
    row.broaderUri ?? '',
  ])
}
const groupUris = new Set(groups.rows.map((row) => row.conceptUri))
const chosenGroupUris = new Set<string>()
const pending = [...skillUris].filter((uri) => uri !== undefined)
while (pending.length > 0) {
  for (const uri of broaderOf.get(pending.pop() ?? '') ?? []) {
    if (groupUris.has(uri) && !chosenGroupUris.has(uri)) {
      chosenGroupUris.add(uri)
      pending.push(uri)
    }
  }
}
const isChosenConcept = (uri: string | undefined) =>
  uri !== undefined && (skillUris.has(uri) || chosenGroupUris.has(uri))

const files: [string, Table, Row[]][] = [
  ['skills_en.csv', skills, chosenSkills],
  ['occupations_en.csv', occupations, chosenOccupations],
  [
    'skillGroups_en.csv',
    groups,
    groups.rows.filter((row) => chosenGroupUris.has(row.conceptUri ?? '')),
  ],
  [
    'occupationSkillRelations.csv',
    occupationSkills,
    occupationSkills.rows.filter(
      (row) => occupationUris.has(row.occupationUri) && skillUris.has(row.skillUri),
    ),
  ],
  [
    'skillSkillRelations.csv',
    skillSkills,
    skillSkills.rows.filter(
      (row) => skillUris.has(row.originalSkillUri) && skillUris.has(row.relatedSkillUri),
    ),
  ],
  [
    'broaderRelationsSkillPillar.csv',
    broader,
    broader.rows.filter(
      (row) => isChosenConcept(row.conceptUri) && isChosenConcept(row.broaderUri),
    ),
  ],
]
for (const [name, table, rows] of files) {
  await writeFile(join(target, name), toCsv(table, rows))
  console.log(`${name}: ${rows.length} rows`)
}
