import type { BenchSpec } from './types'

/** List pages (target p95 ≤ 30 ms), the county ledger (≤ 50 ms) and its full export (≤ 5 s). */
export const listSpecs: BenchSpec[] = [
  { action: 'visit.listHouseholdVisits', openid: 'demo-secretary', input: () => ({}), targetP95Ms: 30 },
  { action: 'visit.getCoverage', openid: 'demo-township', input: () => ({}), targetP95Ms: 30 },
  { action: 'rectify.listLedger', openid: 'demo-admin', input: () => ({}), targetP95Ms: 50 },
  { action: 'rectify.listLedger', openid: 'demo-admin', input: () => ({ overdue: true }), targetP95Ms: 50 },
  { action: 'rectify.listMine', openid: 'demo-secretary', input: () => ({}), targetP95Ms: 30 },
  { action: 'notice.listInbox', openid: 'demo-township', input: () => ({}), targetP95Ms: 30 },
  {
    action: 'org.listPeople',
    openid: 'demo-township',
    input: () => ({ unitId: 'u-411302100' }),
    targetP95Ms: 30,
  },
  {
    action: 'rectify.exportLedger',
    openid: 'demo-admin',
    input: () => ({}),
    targetP95Ms: 5000,
    iterations: 3,
  },
]
