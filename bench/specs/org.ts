import type { BenchSpec } from './types'

export const orgSpecs: BenchSpec[] = [
  { action: 'org.getWorkbench', openid: 'demo-secretary', input: () => ({}), targetP95Ms: 30 },
  { action: 'org.getWorkbench', openid: 'demo-admin', input: () => ({}), targetP95Ms: 30 },
]
