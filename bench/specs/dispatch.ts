import type { LocalCloud } from '../../emulator/local-cloud'
import type { BenchSpec } from './types'

/** 40 派出单位 share the county's resident cadres (about 50 each at 2,000 cadres). */
const UNITS = 40
let measured = ''

/** Registers the 派出单位 and assigns every resident cadre round-robin, as a county admin would. */
async function registerAndAssign(cloud: LocalCloud): Promise<void> {
  if (measured) return
  const ids: string[] = []
  for (let u = 0; u < UNITS; u++) {
    const res = (await cloud.call(
      'org',
      'registerDispatchUnit',
      {
        name: `基准派出单位${String(u + 1).padStart(2, '0')}`,
        kind: 'county',
        contactName: '联络员',
        contactPhone: `1370000${String(u).padStart(4, '0')}`,
      },
      'demo-admin',
    )) as { ok: boolean; data?: { id: string } }
    if (!res.ok || !res.data) throw new Error('bench: could not register a 派出单位')
    ids.push(res.data.id)
  }
  const cadres = (
    cloud.db.find('people', { status: 'active' }) as Array<{ _id: string; roles: Array<{ role: string }> }>
  )
    .filter((p) => p.roles.some((g) => g.role === 'resident_cadre'))
    .sort((a, b) => a._id.localeCompare(b._id))
  for (const [i, p] of cadres.entries())
    await cloud.call(
      'org',
      'assignDispatchUnit',
      { personId: p._id, dispatchUnitId: ids[i % UNITS] },
      'demo-admin',
    )
  measured = ids[0]
  console.log(`  派出单位: ${UNITS} registered, ${cadres.length} resident cadres assigned`)
}

/** The 年度考核 of one 派出单位 at county scale: the sheet and its xlsx (target ≤ 2 s, issue 20). */
export const dispatchSpecs: BenchSpec[] = [
  {
    action: 'org.getAssessmentSheet',
    openid: 'demo-admin',
    setup: registerAndAssign,
    input: () => ({ dispatchUnitId: measured, year: 2026 }),
    targetP95Ms: 2000,
    iterations: 20,
  },
  {
    action: 'org.exportAssessments',
    openid: 'demo-admin',
    setup: registerAndAssign,
    input: () => ({ dispatchUnitId: measured, year: 2026 }),
    targetP95Ms: 2000,
    iterations: 20,
  },
]
