import { randomUUID } from 'node:crypto'
import { blankForm, type VisitForm } from '../../../types/domain/visit-form'
import type { RunningCloud } from '../../helpers/local-cloud'

/** The tests' pinned clock: 09:00 on 2026-11-20 in Shanghai. */
export const NOW = '2026-11-20T01:00:00.000Z'
export const FIRST_VILLAGE = 'u-411302100200'
export const FIRST_TOWNSHIP = 'u-411302100'
export const COUNTY = 'u-411302'
/** demo-pairing's households in the first village; only H2 was visited in November by the seed. */
export const H1 = 'h-411302100200-001'
export const H2 = 'h-411302100200-002'
export const H3 = 'h-411302100200-003'
/** Paired with another cadre, not demo-pairing. */
export const H4 = 'h-411302100200-004'

export function form(patch: (f: VisitForm) => void = () => undefined): VisitForm {
  const f = blankForm()
  f.income = { annualEstimate: 24000, sources: ['wages'] }
  patch(f)
  return f
}

export function visitInput(
  householdId: string,
  opts: { at?: string; clientId?: string; photoCount?: number; form?: VisitForm } = {},
) {
  const at = opts.at ?? '2026-11-20T00:30:00.000Z'
  return {
    clientId: opts.clientId ?? randomUUID(),
    householdId,
    formVersion: 1,
    form: opts.form ?? form(),
    startedAt: at,
    endedAt: new Date(Date.parse(at) + 20 * 60000).toISOString(),
    startLocation: { lat: 32.99, lng: 112.56, accuracy: 20 },
    endLocation: null,
    photoCount: opts.photoCount ?? 0,
  }
}

export function monthStats(
  run: RunningCloud,
  villageId: string,
  month: string,
): { visits?: number; visitedHouseholds?: number } {
  return (run.cloud.db.find('stats_village_month', { _id: `${villageId}_${month}` })[0] ?? {}) as {
    visits?: number
    visitedHouseholds?: number
  }
}

export function coverageDoc(run: RunningCloud, householdId: string, period: string): { visits?: number } {
  return (run.cloud.db.find('visit_coverage', { _id: `${householdId}_${period}` })[0] ?? {}) as {
    visits?: number
  }
}
