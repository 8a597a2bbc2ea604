import type { BenchSpec } from './types'

/**
 * The 州/市 views at prefecture scale (seeded by `npm run seed -- --scale prefecture`): the 市
 * dashboard from its counties' roll-ups, and a drill-down into another county than 宛城区.
 */
export const prefectureSpecs: BenchSpec[] = [
  {
    action: 'report.getDashboard',
    openid: 'demo-pref-admin',
    input: () => ({}),
    targetP95Ms: 150,
    targetDocsExamined: 3000,
  },
  {
    action: 'report.getDashboard',
    openid: 'demo-pref-supervisor',
    input: () => ({ month: '2026-10' }),
    targetP95Ms: 150,
    targetDocsExamined: 3000,
  },
  {
    action: 'report.getDashboard',
    openid: 'demo-pref-admin',
    input: () => ({ unitId: 'u-411303' }),
    targetP95Ms: 100,
    targetDocsExamined: 2000,
  },
]
