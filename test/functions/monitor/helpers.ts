import { decrypt, encrypt, keyedHash, maskIdNumber } from '../../../cloudfunctions/src/shared/sensitive'
import { idCheckChar } from '../../../types/domain/id-number'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'
import type { RunningCloud } from '../../helpers/local-cloud'
import type { CaseDetail } from '../../../types/api/monitor-schemas'
import { ok } from '../org/fixtures'

/** Monday 7 December 2026, 10:00 in Shanghai. */
export const NOW = '2026-12-07T02:00:00.000Z'
/** Eight days later: a 5-day 公示 that started on the 8th has closed. */
export const AFTER_WINDOW = '2026-12-15T02:00:00.000Z'
/** Inside that window (9 December). */
export const IN_WINDOW = '2026-12-09T02:00:00.000Z'

/** The fields of a stored household these tests read. */
export interface StoredHousehold {
  _id: string
  villageId: string
  kind: string | null
  monitorType: string | null
  idEnc: string
  phoneEnc: string | null
  pairingCadreIds: string[]
}

function stored(d: Record<string, unknown>): StoredHousehold {
  const text = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    _id: String(d._id),
    villageId: String(d.villageId),
    kind: text(d.kind),
    monitorType: text(d.monitorType),
    idEnc: String(d.idEnc),
    phoneEnc: text(d.phoneEnc),
    pairingCadreIds: Array.isArray(d.pairingCadreIds) ? d.pairingCadreIds.map(String) : [],
  }
}

/** Calls an action of `fn` as `openid`, at `now` when given (else the cloud's pinned clock). */
export function callAt(
  run: RunningCloud,
  fn: string,
  action: string,
  input: unknown,
  openid: string,
  now?: string,
) {
  return run.cloud.call(fn, action, input, openid, now ? { ZHUCUN_NOW: now } : undefined)
}

let seq = 0

/** A valid ID number no seeded household has (born 1970, serial from a counter). */
export function unusedIdNumber(): string {
  seq += 1
  const first17 = `41130219700101${String(500 + seq).padStart(3, '0')}`
  return first17 + idCheckChar(first17)
}

/**
 * A new 脱贫户 of the village for one test (a copy of a seeded one with its own ID number), inserted
 * straight into the database: the first village has too few households for every test to own one.
 */
export function freshHousehold(
  run: RunningCloud,
  villageId: string,
  overrides: Record<string, unknown> = {},
): StoredHousehold {
  const [model] = run.cloud.db.find('households', { villageId })
  const idNumber = unusedIdNumber()
  const doc = {
    ...model,
    _id: `h-test-${seq}`,
    idHash: keyedHash(idNumber, DEV_DATA_KEY),
    idEnc: encrypt(idNumber, DEV_DATA_KEY),
    idMasked: maskIdNumber(idNumber),
    status: 'lifted',
    kind: 'lifted',
    monitorType: null,
    ...overrides,
  }
  run.cloud.db.insertMany('households', [doc])
  return stored(doc)
}

export function household(run: RunningCloud, id: string): StoredHousehold {
  const [h] = run.cloud.db.find('households', { _id: id })
  return stored(h)
}

export const idNumberOf = (h: StoredHousehold) => decrypt(h.idEnc, DEV_DATA_KEY)
export const phoneOf = (h: StoredHousehold) => (h.phoneEnc ? decrypt(h.phoneEnc, DEV_DATA_KEY) : '')

/** Passes the case's current step as `openid` with a note (and any village facts). */
export function decide(
  run: RunningCloud,
  openid: string,
  caseId: string,
  extra: Record<string, unknown> = {},
  now?: string,
): Promise<CaseDetail> {
  return ok<CaseDetail>(
    callAt(
      run,
      'monitor',
      'decideStep',
      { caseId, outcome: 'pass', note: '经核实情况属实', ...extra },
      openid,
      now,
    ),
  )
}

export async function applyAtVillage(
  run: RunningCloud,
  openid: string,
  householdId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const out = await ok<{ caseId: string }>(
    run.call(
      'monitor',
      'recordApplication',
      { householdId, risks: ['illness'], incomePerCapita: 5200, note: '户主突发重病住院', ...extra },
      openid,
    ),
  )
  return out.caseId
}
