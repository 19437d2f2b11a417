import highsPackage, { type Highs } from 'highs'
import { type MipOutcome, type MipSolver, toCplexLp } from '../core/index.js'

type HighsLoader = () => Promise<Highs>

// The package's types describe its CommonJS build (the loader under `default`); Node loads its ES
// module, whose default export is the loader itself. Either way, this finds the loader.
const packageExports = highsPackage as unknown as HighsLoader | { default: HighsLoader }
const loadHighs: HighsLoader =
  typeof packageExports === 'function' ? packageExports : packageExports.default

let loading: Promise<Highs> | undefined

/**
 * The MIP solver port on HiGHS compiled to WebAssembly (the `highs` package): the model goes in as
 * CPLEX LP text, with a wall-clock limit and a zero relative gap, so that "Optimal" means proven
 * optimal. The module loads once, on the first solve; after a solver crash it loads afresh, as a
 * WebAssembly instance that trapped may be left in a broken state.
 */
export const highsMipSolver: MipSolver = {
  async solve(model, options): Promise<MipOutcome> {
    loading ??= loadHighs()
    const highs = await loading
    let solution: ReturnType<Highs['solve']>
    try {
      solution = highs.solve(toCplexLp(model), {
        output_flag: false,
        time_limit: options.timeLimitSeconds,
        mip_rel_gap: 0,
      })
    } catch (error) {
      loading = undefined
      return { status: 'failed', message: error instanceof Error ? error.message : String(error) }
    }
    switch (solution.Status) {
      case 'Optimal':
        return {
          status: 'optimal',
          values: Object.fromEntries(
            Object.entries(solution.Columns).map(([name, column]) => [name, column.Primal]),
          ),
        }
      case 'Infeasible':
      case 'Primal infeasible or unbounded':
        return { status: 'infeasible' }
      case 'Time limit reached':
        return { status: 'time-limit' }
      default:
        return { status: 'failed', message: `HiGHS ended with status "${solution.Status}".` }
    }
  },
}
