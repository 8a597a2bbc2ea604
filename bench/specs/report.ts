import type { BenchSpec } from './types'

/** The county dashboard is the heaviest screen: one call, aggregates only. */
export const reportSpecs: BenchSpec[] = [
  {
    action: 'report.getDashboard',
    openid: 'demo-admin',
    input: () => ({}),
    targetP95Ms: 100,
    targetDocsExamined: 2000,
  },
  { action: 'report.getDashboard', openid: 'demo-township', input: () => ({}), targetP95Ms: 100 },
]
