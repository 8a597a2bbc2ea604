import type { BenchSpec } from './types'
import { orgSpecs } from './org'
import { reportSpecs } from './report'
import { presenceSpecs } from './presence'
import { listSpecs } from './lists'
import { rosterSpecs } from './roster'
import { monitoringSpecs } from './monitoring'
import { dispatchSpecs } from './dispatch'

/** Every benchmarked action; a feature adds its file here. */
export const SPECS: BenchSpec[] = [
  ...presenceSpecs,
  ...orgSpecs,
  ...listSpecs,
  ...reportSpecs,
  ...rosterSpecs,
  ...monitoringSpecs,
  ...dispatchSpecs,
]
