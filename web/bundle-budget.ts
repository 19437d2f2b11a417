import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/** The most JavaScript, gzipped, that a first visit to the catalogue may download. */
export const catalogueBudgetBytes = 200 * 1024

type Chunk = {
  type: 'chunk'
  code: string
  imports: string[]
  isEntry: boolean
  facadeModuleId: string | null
}

/**
 * Fails the build when the JavaScript a first-time visitor of the catalogue downloads — the entry
 * chunk, the catalogue page's chunk and every chunk they import statically — is over the budget.
 * Pages are loaded when opened, so other pages do not count.
 */
export function catalogueBundleBudget(): Plugin {
  return {
    name: 'osaamo-catalogue-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map<string, Chunk>()
      for (const [fileName, output] of Object.entries(bundle)) {
        if (output.type === 'chunk') {
          chunks.set(fileName, output as unknown as Chunk)
        }
      }
      const starts = [...chunks.entries()]
        .filter(
          ([, chunk]) =>
            chunk.isEntry ||
            /\/pages\/catalogue\/catalogue-page\.tsx$/.test(chunk.facadeModuleId ?? ''),
        )
        .map(([fileName]) => fileName)
      const loaded = new Set<string>()
      const visit = (fileName: string) => {
        if (loaded.has(fileName)) {
          return
        }
        loaded.add(fileName)
        for (const imported of chunks.get(fileName)?.imports ?? []) {
          visit(imported)
        }
      }
      starts.forEach(visit)
      const bytes = [...loaded].reduce(
        (total, fileName) => total + gzipSync(chunks.get(fileName)?.code ?? '').length,
        0,
      )
      if (bytes > catalogueBudgetBytes) {
        this.error(
          `The catalogue's first visit loads ${(bytes / 1024).toFixed(1)} KB of JavaScript gzipped, over the budget of ${catalogueBudgetBytes / 1024} KB: ${[...loaded].join(', ')}`,
        )
      }
      this.emitFile({
        type: 'asset',
        fileName: 'bundle-budget.json',
        source: `${JSON.stringify({ catalogueFirstVisitGzipBytes: bytes, budgetBytes: catalogueBudgetBytes, chunks: [...loaded] }, null, 2)}\n`,
      })
    },
  }
}
