import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The root of the Osaamo package (where package.json and dist/ are). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url))

const packageJson = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string
}

export const osaamoVersion = packageJson.version

/** The folder of the built web app (made by `npm run build:web`). */
export const webRoot = fileURLToPath(new URL('../../dist/web/', import.meta.url))
