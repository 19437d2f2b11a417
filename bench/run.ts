// `npm run bench -- <name>`: runs one benchmark, or all of them without a name. Never run by tests.
import { benchCatalogueSearch } from './catalogue-search.js'
import { benchCohortIssuing } from './cohort-issuing.js'
import { benchCredentials } from './credentials.js'
import { benchEndorsedCredentials } from './endorsed-credentials.js'
import { benchEscoImport } from './esco-import.js'
import { benchNeedMatching } from './need-matching.js'
import { benchRecognitionProposal } from './recognition-proposal.js'
import { benchStartup } from './startup.js'
import { benchStudyPath } from './study-path.js'

const benchmarks: Record<string, () => Promise<void>> = {
  startup: benchStartup,
  'esco-import': benchEscoImport,
  'catalogue-search': benchCatalogueSearch,
  credentials: benchCredentials,
  'endorsed-credentials': benchEndorsedCredentials,
  'cohort-issuing': benchCohortIssuing,
  'need-matching': benchNeedMatching,
  'recognition-proposal': benchRecognitionProposal,
  'study-path': benchStudyPath,
}

const names = process.argv.slice(2)
const unknown = names.filter((name) => !(name in benchmarks))
if (unknown.length > 0) {
  console.error(
    `bench: unknown benchmark ${unknown.join(', ')}; known: ${Object.keys(benchmarks).join(', ')}`,
  )
  process.exit(2)
}
for (const name of names.length > 0 ? names : Object.keys(benchmarks)) {
  await benchmarks[name]?.()
}
