import type { BenchSpec } from './types'

/** The county's 排查 list (issue 20: ≤ 2 s at 2,000 cadres) and one village's 工作队. */
export const rosterSpecs: BenchSpec[] = [
  {
    action: 'org.listRosterReview',
    openid: 'demo-admin',
    input: () => ({}),
    targetP95Ms: 2000,
    iterations: 20,
  },
  {
    action: 'org.listTeam',
    openid: 'demo-admin',
    input: () => ({ villageId: 'u-411302100200' }),
    targetP95Ms: 30,
  },
]
