import type { AttachStep } from '@contract/domain/county-attach'
import { call } from './client'

/** One call of one part of placing a county under a 州/市: the records it rewrote and whether it is done. */
export async function runAttachPart(
  step: AttachStep,
  countyId: string,
  prefectureId: string,
): Promise<{ fixed: number; done: boolean }> {
  if (step === 'org') {
    const res = await call('org', 'attachCounty', { countyId, prefectureId })
    return { fixed: Object.values(res.fixed).reduce((n, x) => n + x, 0), done: res.done }
  }
  return call(step, 'repathRecords', { countyId })
}

export const listPlacements = () => call('org', 'listPlacements', {})
