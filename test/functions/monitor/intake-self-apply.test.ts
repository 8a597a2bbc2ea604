import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { FIRST_VILLAGE, fail, ok } from '../org/fixtures'
import type { CaseDetail } from '../../../types/api/monitor-schemas'
import { NOW, freshHousehold, idNumberOf, phoneOf } from './helpers'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
}, 120_000)
afterAll(() => run.stop())
jest.setTimeout(60_000)

const casesOf = (householdId: string) => run.cloud.db.find('monitor_cases', { householdId })

describe('农户自主申报 on the village page', () => {
  test('a villager applies with the code the village cadre gave; the code works once', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const issued = await ok<{ code: string }>(
      run.call('monitor', 'issueApplyCode', { householdId: h._id }, 'demo-village'),
    )
    expect(issued.code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    const input = {
      villageCode: '411302100200',
      idNumber: idNumberOf(h),
      phone: phoneOf(h),
      code: issued.code.toLowerCase(),
      risks: ['illness' as const],
      incomePerCapita: 4000,
      text: '家里老人住院，花了很多钱',
    }
    const wrongPhone = await fail(
      run.call('monitor', 'submitApplication', { ...input, phone: '13900000000' }, 'villager-apply-1'),
    )
    expect(wrongPhone).toMatchObject({
      code: 'not-found',
      message: '验证码、身份证号或手机号不匹配，请核对，或到村委会当面申报',
    })
    expect(casesOf(h._id)).toEqual([])
    const out = await ok<{ caseId: string; villageName: string }>(
      run.call('monitor', 'submitApplication', input, 'villager-apply-1'),
    )
    expect(casesOf(h._id)[0]).toMatchObject({
      _id: out.caseId,
      source: 'self',
      step: 'candidate',
      starterOpenid: 'villager-apply-1',
    })
    const detail = await ok<CaseDetail>(
      run.call('monitor', 'getCase', { caseId: out.caseId }, 'demo-village'),
    )
    expect(detail.history[0]).toMatchObject({
      byName: '农户本人（微信申报）',
      note: '家里老人住院，花了很多钱',
    })
    const reused = await fail(run.call('monitor', 'submitApplication', input, 'villager-apply-2'))
    expect(reused.code).toBe('not-found')
  })

  test('a code is for its own village and household only', async () => {
    const h = freshHousehold(run, FIRST_VILLAGE)
    const other = freshHousehold(run, FIRST_VILLAGE)
    const { code } = await ok<{ code: string }>(
      run.call('monitor', 'issueApplyCode', { householdId: h._id }, 'demo-secretary'),
    )
    const base = { phone: phoneOf(h), code, risks: ['disaster' as const], text: '房屋被冲毁' }
    const otherVillage = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100201', idNumber: idNumberOf(h) },
        'villager-apply-3',
      ),
    )
    expect(otherVillage.code).toBe('not-found')
    const otherHead = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100200', idNumber: idNumberOf(other) },
        'villager-apply-3',
      ),
    )
    expect(otherHead.code).toBe('not-found')
    const badId = await fail(
      run.call(
        'monitor',
        'submitApplication',
        { ...base, villageCode: '411302100200', idNumber: '411302198001011234' },
        'villager-apply-3',
      ),
    )
    expect(badId).toMatchObject({ code: 'invalid-argument', message: '身份证号不正确', field: 'idNumber' })
    expect([...casesOf(h._id), ...casesOf(other._id)]).toEqual([])
  })
})
