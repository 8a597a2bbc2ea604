import type { RunningCloud } from '../../helpers/local-cloud'
import { ALL, EVERYONE, type AuthzRows, type Identity } from './types'
import { freshHousehold, idNumberOf, phoneOf } from '../monitor/helpers'
import { WARNING_HEADER, warningXlsx } from '../monitor/warning-xlsx'
import { uploadImport } from '../org/fixtures'

const FIRST_VILLAGE = 'u-411302100200'
/** Cadres at 瓦店镇's first village (demo-multi is also a pairing cadre there). */
const AT_VILLAGE: readonly Identity[] = [
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
]
/** Who may read a case of the first village. */
const IN_SCOPE: readonly Identity[] = [
  'demo-admin',
  'demo-supervisor',
  'demo-township',
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-multi',
]

async function data<T>(p: Promise<unknown>): Promise<T> {
  const res = (await p) as { ok: boolean; data: T; error?: { message: string } }
  if (!res.ok) throw new Error(`monitor setup failed: ${JSON.stringify(res.error)}`)
  return res.data
}

/** A new case of a fresh household of the first village, started by `starter`, waiting for the village review. */
export async function candidateBy(run: RunningCloud, starter = 'demo-pairing'): Promise<string> {
  const h = freshHousehold(run, FIRST_VILLAGE)
  const out = await data<{ caseId: string }>(
    run.call(
      'monitor',
      'recordApplication',
      { householdId: h._id, risks: ['illness'], note: '户主突发重病' },
      starter,
    ),
  )
  return out.caseId
}

/** A fresh 监测对象 of the first village. */
function monitoredHousehold(run: RunningCloud): string {
  return freshHousehold(run, FIRST_VILLAGE, { kind: 'monitored', monitorType: 'edge' })._id
}

export const monitorRows: AuthzRows = {
  listCases: { input: () => ({}), allowed: ALL },
  getCase: { input: async (run) => ({ caseId: await candidateBy(run) }), allowed: IN_SCOPE },
  decideStep: {
    input: async (run) => ({
      caseId: await candidateBy(run),
      outcome: 'pass',
      note: '情况属实',
      monitorType: 'edge',
    }),
    // The village review is the village cadres' (the pairing cadre started this one, and may not decide anyway).
    allowed: ['demo-secretary', 'demo-member', 'demo-village'],
    self: async (run) => ({
      openid: 'demo-village',
      input: {
        caseId: await candidateBy(run, 'demo-village'),
        outcome: 'pass',
        note: '同意',
        monitorType: 'edge',
      },
    }),
  },
  recordApplication: {
    input: (run) => ({
      householdId: freshHousehold(run, FIRST_VILLAGE)._id,
      risks: ['disaster'],
      note: '房屋受灾',
    }),
    allowed: AT_VILLAGE,
  },
  startClearance: {
    input: (run) => ({ householdId: monitoredHousehold(run), incomePerCapita: 12000, note: '务工收入稳定' }),
    allowed: AT_VILLAGE,
  },
  issueApplyCode: {
    input: (run) => ({ householdId: freshHousehold(run, FIRST_VILLAGE)._id }),
    allowed: AT_VILLAGE,
  },
  // The village's public page: anyone in WeChat with the code the village gave the household.
  submitApplication: {
    input: async (run) => {
      const h = freshHousehold(run, FIRST_VILLAGE)
      const { code } = await data<{ code: string }>(
        run.call('monitor', 'issueApplyCode', { householdId: h._id }, 'demo-village'),
      )
      return {
        villageCode: '411302100200',
        idNumber: idNumberOf(h),
        phone: phoneOf(h),
        code,
        risks: ['illness'],
        text: '老人住院花费大',
      }
    },
    allowed: EVERYONE,
  },
  importWarnings: {
    input: async (run, identity) => ({
      department: 'civil_affairs',
      fileID: uploadImport(
        run,
        '民政预警名单.xlsx',
        await warningXlsx([WARNING_HEADER, [idNumberOf(freshHousehold(run, FIRST_VILLAGE)), '', '因病', '']]),
        identity,
      ),
    }),
    allowed: ['demo-admin', 'demo-township', 'demo-township-b', 'demo-multi', 'demo-admin-b'],
  },
  getWarningTemplate: {
    input: () => ({}),
    allowed: ['demo-admin', 'demo-township', 'demo-township-b', 'demo-multi', 'demo-admin-b'],
  },
}
