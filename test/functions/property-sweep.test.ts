import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { runPropertySweep } from './property/sweep'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

// Fixed seed and a bounded count keep `npm test` repeatable and under a minute here;
// `npm run bench -- --quality --sweep-runs N --sweep-seed S` runs the long version.
const SEED = 20261206
const RUNS = 20

describe('the property sweep over inputs the schemas accept', () => {
  test('no action answers internal and no refused call changes a document, for several roles', async () => {
    const result = await runPropertySweep(run, { seed: SEED, runs: RUNS })
    expect(result.failures).toEqual([])
    expect(result.actions).toBeGreaterThanOrEqual(90)
    expect(result.calls).toBe(result.actions * RUNS)
    // The inputs must really vary: most calls are generated, and both answers happen.
    expect(result.generated).toBeGreaterThan(result.calls * 0.8)
    expect(result.outcomes.ok).toBeGreaterThan(result.calls * 0.1)
    expect(
      (result.outcomes['permission-denied'] ?? 0) + (result.outcomes.unauthenticated ?? 0),
    ).toBeGreaterThan(result.calls * 0.1)
  }, 300_000)
})
