import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { storedWorkbook } from '../../helpers/stored-workbook'
import type { CheckInResult, MonthView } from '../../../types/api/presence-views'
import { toldBy } from '../notify/helpers'
import { FIRST_TOWNSHIP, fail, fixNear, NOW, ok, personIdOf, village } from './helpers'

let run: RunningCloud
const call = (action: string, input: unknown, openid: string) =>
  run.callRaw('presence', action, input, openid)
const DAY = '2026-11-20'

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(async () => {
  await run.stop()
})

/** demo-member checks in on a phone demo-secretary used first: a shared-phone sign on demo-member's day. */
async function sharedPhoneSign(): Promise<void> {
  await ok(call('checkIn', fixNear(village(run), 50, { deviceId: 'shared-phone-9' }), 'demo-secretary'))
  const r = await ok<CheckInResult>(
    call('checkIn', fixNear(village(run), 60, { deviceId: 'shared-phone-9' }), 'demo-member'),
  )
  expect(r.signs.map((s) => s.kind)).toEqual(['shared_device'])
}

async function signsColumn(): Promise<string> {
  const res = await ok<{ fileID: string }>(
    call('exportMonth', { month: '2026-11', townshipId: FIRST_TOWNSHIP }, 'demo-township'),
  )
  const ws = (await storedWorkbook(run, res.fileID)).getWorksheet('驻村工作记实')
  if (!ws) throw new Error('no sheet')
  const header = (ws.getRow(2).values as unknown[]).findIndex((v) => String(v).startsWith('建议核实事项'))
  const rows: string[] = []
  ws.eachRow((row, n) => {
    if (n > 2) rows.push(`${String(row.getCell(4).value)}:${String(row.getCell(header).value ?? '')}`)
  })
  return rows.filter((r) => !r.endsWith(':')).join('|')
}

describe("a sign about a cadre's own record", () => {
  test('the cadre sees the sign on their own calendar and adds an explanation to it', async () => {
    await sharedPhoneSign()
    await ok(call('explainSigns', { day: DAY, text: '手机没电，借用第一书记的手机签到' }, 'demo-member'))
    const month = await ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-member'))
    const day = month.days.find((d) => d.day === DAY)
    expect(day).toMatchObject({
      signs: [expect.objectContaining({ kind: 'shared_device' })],
      signNote: { text: '手机没电，借用第一书记的手机签到' },
      signReview: null,
    })
    const seen = await ok<MonthView>(
      call('getMonth', { month: '2026-11', personId: personIdOf(run, 'demo-member') }, 'demo-township'),
    )
    expect(seen.days.find((d) => d.day === DAY)?.signNote?.text).toBe('手机没电，借用第一书记的手机签到')
  })

  test('only the person concerned can explain: the action names no one else, and a day without signs is refused', async () => {
    await sharedPhoneSign()
    const other = await fail(
      call(
        'explainSigns',
        { day: DAY, text: '替他说明', personId: personIdOf(run, 'demo-member') },
        'demo-township',
      ),
    )
    expect(other.code).toBe('invalid-argument')
    const none = await fail(call('explainSigns', { day: DAY, text: '说明' }, 'demo-secretary'))
    expect(none).toMatchObject({ code: 'failed-precondition', message: '当天没有建议核实事项，无需说明' })
  })

  test('the monthly export shows a sign only after a person looked at it and kept it', async () => {
    await sharedPhoneSign()
    expect(await signsColumn()).toBe('')
    const member = personIdOf(run, 'demo-member')
    await ok(
      call('reviewSigns', { personId: member, day: DAY, kept: true, comment: '需当面核实' }, 'demo-township'),
    )
    expect(await signsColumn()).toMatch(/:一机多人使用$/)
  })

  test("a sign cleared by the reviewer stays off the record, and the cadre is told with the reviewer's words", async () => {
    await sharedPhoneSign()
    const member = personIdOf(run, 'demo-member')
    const told = await toldBy(run, () =>
      ok(
        call(
          'reviewSigns',
          { personId: member, day: DAY, kept: false, comment: '已核实，确系借用手机' },
          'demo-township',
        ),
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: member,
        kind: 'sign_reviewed',
        body: expect.stringContaining('意见：已核实，确系借用手机'),
      }),
    ])
    expect(told[0].title).toMatch(/^2026-11-20 的「.+」经核实已排除$/)
    expect(await signsColumn()).toBe('')
  })

  test('nobody reviews the signs on their own day, and a reviewer outside the township is refused', async () => {
    await sharedPhoneSign()
    const member = personIdOf(run, 'demo-member')
    expect(
      (
        await fail(
          call('reviewSigns', { personId: member, day: DAY, kept: true, comment: '保留' }, 'demo-township-b'),
        )
      ).code,
    ).toBe('permission-denied')
    expect(
      (
        await fail(
          call('reviewSigns', { personId: member, day: DAY, kept: true, comment: '保留' }, 'demo-member'),
        )
      ).code,
    ).toBe('permission-denied')
  })
})
