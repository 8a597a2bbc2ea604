/**
 * The names the retention jobs' runs are recorded under (job_runs): presence coarsens check-in
 * coordinates and device ids, visit erases the personal data of households that left the record.
 * The settings page reads their last runs by these names.
 */
export const RETENTION_JOBS = {
  checkIns: 'presence.retention',
  households: 'visit.household-retention',
} as const

/** How many records one run touched, from the result the job returned (0 when it stored none). */
export function countOfRun(result: unknown, key: string): number {
  if (typeof result !== 'object' || result === null || !(key in result)) return 0
  const value: unknown = Reflect.get(result, key)
  return typeof value === 'number' ? value : 0
}
