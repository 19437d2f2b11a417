import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { httpStatusOf } from '../src/api/index.js'
import { exitCodeOf } from '../src/cli/exit-codes.js'
import { allErrorCodes } from '../src/core/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))

type Layer =
  | 'core'
  | 'services'
  | 'storage'
  | 'oidc'
  | 'credentials'
  | 'jobs'
  | 'api'
  | 'cli'
  | 'config'
  | 'web'
  | 'external'

/** Who may import whom (ARCHITECTURE.md, "Import rules"). */
const allowedImports: Record<Exclude<Layer, 'external'>, readonly Layer[]> = {
  core: ['core'],
  services: ['core', 'services'],
  storage: ['core', 'storage'],
  oidc: ['core', 'oidc'],
  credentials: ['core', 'credentials'],
  jobs: ['core', 'jobs'],
  api: ['core', 'services', 'api'],
  cli: ['core', 'services', 'api', 'cli', 'config'],
  config: ['core', 'services', 'storage', 'oidc', 'credentials', 'jobs', 'api', 'config'],
  // The browser shares core's vocabularies with the server (see isBrowserSafeCoreModule).
  web: ['web', 'core'],
}

function layerOf(file: string): Layer {
  const path = relative(root, file)
  if (path.startsWith('web/')) {
    return 'web'
  }
  if (/^src\/(config|compose)(-[a-z-]+)?\.[jt]s$/.test(path)) {
    return 'config'
  }
  const match = /^src\/([a-z-]+)\//.exec(path)
  const layer = match?.[1]
  if (
    layer === 'core' ||
    layer === 'services' ||
    layer === 'storage' ||
    layer === 'oidc' ||
    layer === 'credentials' ||
    layer === 'jobs' ||
    layer === 'api' ||
    layer === 'cli'
  ) {
    return layer
  }
  return 'external'
}

/**
 * The core modules the web app may import directly: plain data with no imports of their own.
 * Not core's index, which brings libraries (csv-parse) that need Node's Buffer.
 */
function isBrowserSafeCoreModule(target: string): boolean {
  return relative(root, target) === 'src/core/specification/vocabularies.js'
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) {
      return sourceFiles(path)
    }
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [path] : []
  })
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  )
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'web/src'))]

describe('the architecture', () => {
  it('finds the source files it checks', () => {
    expect(files.length).toBeGreaterThan(20)
  })

  it('keeps every import within the import rules', () => {
    const violations: string[] = []
    for (const file of files) {
      const from = layerOf(file)
      if (from === 'web') {
        for (const specifier of importsOf(file).filter((name) => name.startsWith('.'))) {
          const target = resolve(dirname(file), specifier)
          if (layerOf(target) === 'core' && !isBrowserSafeCoreModule(target)) {
            violations.push(`${relative(root, file)} imports ${specifier}, not browser-safe`)
          }
        }
      }
      if (from === 'external') {
        violations.push(`${relative(root, file)} is in no layer`)
        continue
      }
      for (const specifier of importsOf(file).filter((name) => name.startsWith('.'))) {
        const target = resolve(dirname(file), specifier)
        const to = layerOf(target)
        if (!allowedImports[from].includes(to)) {
          violations.push(`${relative(root, file)} (${from}) imports ${specifier} (${to})`)
        }
      }
    }
    expect(violations).toEqual([])
  })

  it('crosses layers only through index.ts', () => {
    const violations: string[] = []
    for (const file of files) {
      const from = layerOf(file)
      for (const specifier of importsOf(file).filter((name) => name.startsWith('.'))) {
        const target = resolve(dirname(file), specifier)
        const to = layerOf(target)
        const isLayerEntry =
          target.endsWith('/index.js') ||
          to === 'config' ||
          from === to ||
          (from === 'web' && isBrowserSafeCoreModule(target))
        // The CLI may reach its own small tables, and tests import freely.
        if (!isLayerEntry) {
          violations.push(
            `${relative(root, file)} imports ${specifier} instead of the layer's index.ts`,
          )
        }
      }
    }
    expect(violations).toEqual([])
  })

  it('keeps core pure: no Node built-ins, environment, clock or randomness', () => {
    const forbidden = [
      /from ['"]node:/,
      /\bprocess\./,
      /Date\.now\(/,
      /new Date\(\)/,
      /Math\.random\(/,
    ]
    const violations = files
      .filter((file) => layerOf(file) === 'core')
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8')
        return forbidden
          .filter((pattern) => pattern.test(text))
          .map((pattern) => `${relative(root, file)}: ${pattern}`)
      })
    expect(violations).toEqual([])
  })

  it('lets only src/config.ts read the environment', () => {
    const readers = files
      .filter((file) => /process\.env/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file))
    expect(readers).toEqual(['src/config.ts'])
  })
})

describe('the error table', () => {
  const errorsDoc = readFileSync(join(root, 'docs/errors.md'), 'utf8')
  const documentedRows = [...errorsDoc.matchAll(/^\|\s*`([A-Z_]+)`\s*\|(.*)$/gm)]
  const documentedCodes = documentedRows.map((row) => row[1])

  it('documents every code in docs/errors.md, and no stale one', () => {
    expect([...documentedCodes].sort()).toEqual([...allErrorCodes].sort())
  })

  it('gives each code in docs/errors.md the HTTP status and exit code the code uses', () => {
    for (const row of documentedRows) {
      const code = allErrorCodes.find((candidate) => candidate === row[1])
      if (code === undefined) {
        continue
      }
      const cells = (row[2] ?? '').split('|').map((cell) => cell.trim())
      expect({ code, http: cells[1], exit: cells[2] }).toEqual({
        code,
        http: String(httpStatusOf[code]),
        exit: String(exitCodeOf(code)),
      })
    }
  })
})
