import type { LocalCloud } from '../../emulator/local-cloud'

/** One benchmarked action: who calls it and with what input (varied per iteration if needed). */
export interface BenchSpec {
  /** `<function>.<action>`, as in the contract. */
  action: string
  openid: string
  /** Vary the caller per iteration (e.g. a different cadre for each check-in); defaults to openid. */
  caller?: (i: number, cloud: LocalCloud) => string
  input: (i: number, cloud: LocalCloud) => unknown
  /** Runs once before the warm-up, through the actions themselves (say, registering what the spec reads). */
  setup?: (cloud: LocalCloud) => Promise<void>
  /** The target p95 in ms from the issue, printed beside the figure. */
  targetP95Ms?: number
  targetDocsExamined?: number
  iterations?: number
}
