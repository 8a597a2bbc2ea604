/**
 * The quality section of `npm run bench`: the property sweep over every action with more calls than
 * `npm test` affords. `--sweep-runs N` (or SWEEP_RUNS, default 200 per action) and `--sweep-seed S`
 * (or SWEEP_SEED, default: a fresh one, printed so a failure can be replayed); `--quality` runs only
 * this section.
 */
import { startLocalCloud } from '../test/helpers/local-cloud'
import { runPropertySweep, type SweepResult } from '../test/functions/property/sweep'

export interface QualityOptions {
  runs: number
  seed: number
}

export function qualityOptions(runs: string | undefined, seed: string | undefined): QualityOptions {
  const n = Number(runs ?? process.env.SWEEP_RUNS ?? 200)
  const s = Number(seed ?? process.env.SWEEP_SEED ?? Math.floor(Math.random() * 2 ** 31))
  return { runs: Number.isInteger(n) && n > 0 ? n : 200, seed: Number.isInteger(s) ? s : 1 }
}

export async function runQuality(opts: QualityOptions): Promise<SweepResult & { seconds: number }> {
  const started = performance.now()
  const run = await startLocalCloud({ http: false })
  try {
    const result = await runPropertySweep(run, opts)
    const seconds = Math.round((performance.now() - started) / 100) / 10
    console.log(
      `property sweep: ${result.actions} actions, ${result.calls} calls (${result.generated} generated), seed ${result.seed}, ${seconds} s`,
    )
    console.log(`  outcomes: ${JSON.stringify(result.outcomes)}`)
    console.log(`  failures: ${result.failures.length}`)
    for (const f of result.failures) console.log(`  - ${f}`)
    return { ...result, seconds }
  } finally {
    await run.stop()
  }
}
