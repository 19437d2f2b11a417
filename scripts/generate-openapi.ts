// Writes docs/openapi.json from the routes' own schemas. test/api/openapi.test.ts fails when the
// committed file is out of date, so run `npm run openapi` after changing a route.
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp } from '../src/api/index.js'
import { osaamoVersion } from '../src/cli/package-info.js'
import { compose } from '../src/compose.js'

const composition = await compose({
  database: { kind: 'embedded', directory: undefined },
  isDemo: false,
  publicUrl: 'http://localhost:3000',
  mail: {
    kind: 'files',
    directory: join(tmpdir(), 'osaamo-openapi-mail'),
    from: 'Osaamo <no-reply@localhost>',
  },
})
const app = await buildApp(composition.deps, {
  publicUrl: 'http://localhost:3000',
  version: osaamoVersion,
  bodyLimitBytes: 1024 * 1024,
  logLevel: 'silent',
})
await writeFile(
  new URL('../docs/openapi.json', import.meta.url),
  `${JSON.stringify(app.swagger(), null, 2)}\n`,
)
await app.close()
await composition.close()
console.log('Wrote docs/openapi.json')
