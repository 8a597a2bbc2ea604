import type { BenchSpec } from './types'
import { orgSpecs } from './org'

/** Every benchmarked action; a feature adds its file here. */
export const SPECS: BenchSpec[] = [...orgSpecs]
