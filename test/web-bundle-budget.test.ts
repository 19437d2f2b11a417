import { describe, expect, it } from 'vitest'
import { catalogueBudgetBytes, catalogueBundleBudget } from '../web/bundle-budget.js'

type Emitted = { fileName: string; source: string }

/** Runs the plugin's bundle hook on chunks of the given sizes (random, so gzip cannot shrink them). */
function runBudget(
  chunks: Record<string, { bytes: number; imports?: string[]; isEntry?: boolean; facade?: string }>,
) {
  const plugin = catalogueBundleBudget()
  const errors: string[] = []
  const emitted: Emitted[] = []
  const bundle = Object.fromEntries(
    Object.entries(chunks).map(([fileName, chunk]) => [
      fileName,
      {
        type: 'chunk',
        code: randomText(chunk.bytes),
        imports: chunk.imports ?? [],
        isEntry: chunk.isEntry ?? false,
        facadeModuleId: chunk.facade ?? null,
      },
    ]),
  )
  const hook = plugin.generateBundle as unknown as (
    this: { error(message: string): void; emitFile(file: Emitted): void },
    options: unknown,
    bundle: unknown,
  ) => void
  hook.call(
    {
      error: (message) => {
        errors.push(message)
      },
      emitFile: (file) => {
        emitted.push(file)
      },
    },
    {},
    bundle,
  )
  return { errors, report: JSON.parse(emitted[0]?.source ?? '{}') }
}

function randomText(bytes: number): string {
  let text = ''
  let seed = 7
  while (text.length < bytes) {
    seed = (seed * 48271) % 2147483647
    text += String.fromCharCode(33 + (seed % 90))
  }
  return text
}

describe('the catalogue bundle budget', () => {
  it('counts the entry, the catalogue page and what they import, not other pages', () => {
    const { errors, report } = runBudget({
      'entry.js': { bytes: 10_000, isEntry: true, imports: ['shared.js'] },
      'shared.js': { bytes: 5_000 },
      'catalogue.js': { bytes: 5_000, facade: '/w/web/src/pages/catalogue/catalogue-page.tsx' },
      'registrar.js': { bytes: 300_000, facade: '/w/web/src/pages/registrar/offerings-page.tsx' },
    })
    expect(errors).toEqual([])
    expect(report.chunks.sort()).toEqual(['catalogue.js', 'entry.js', 'shared.js'])
    expect(report.catalogueFirstVisitGzipBytes).toBeGreaterThan(15_000)
    expect(report.catalogueFirstVisitGzipBytes).toBeLessThan(catalogueBudgetBytes)
  })

  it('fails the build when the first visit is over 200 KB gzipped', () => {
    const { errors } = runBudget({
      'entry.js': { bytes: 150_000, isEntry: true },
      'catalogue.js': {
        bytes: 150_000,
        facade: '/w/web/src/pages/catalogue/catalogue-page.tsx',
      },
    })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatch(/over the budget of 200 KB/)
  })
})
