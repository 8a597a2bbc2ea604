import type { LocalCloud } from '../../emulator/local-cloud'

/** One benchmarked action: who calls it and with what input (varied per iteration if needed). */
export interface BenchSpec {
  /** `<function>.<action>`, as in the contract. */
  action: string
  openid: string
  /** Vary the caller per iteration (e.g. a different cadre for each check-in); defaults to openid. */
  caller?: (i: number, cloud: LocalCloud) => string
  input: (i: number, cloud: LocalCloud) => unknown
  /** The target p95 in ms from the issue, printed beside the figure. */
  targetP95Ms?: number
  targetDocsExamined?: number
  iterations?: number
  /**
   * Data the spec needs beyond the seed, put in once before the warm-up: directly, or through the
   * actions themselves (say, registering what the spec reads); awaited when it returns a promise.
   */
  setup?: (cloud: LocalCloud) => unknown
}
