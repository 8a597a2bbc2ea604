import type { ActionInput, ActionName } from '../../../types/api'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { MonthView } from '../../../types/api/presence-views'
import type { AbsenceView } from '../../../types/api/presence-absences'
import { fail, FIRST_TOWNSHIP, FIRST_VILLAGE, NOW, ok, personIdOf } from './helpers'

let run: RunningCloud
const call = <A extends ActionName<'presence'>>(
  action: A,
  input: ActionInput<'presence', A>,
  openid: string,
) => run.call('presence', action, input, openid)

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

/** 暗访 finds the 工作队员 away: one pending absence, returned as the leader's list shows it. */
async function spotAbsence(by = 'demo-supervisor'): Promise<AbsenceView> {
  const member = personIdOf(run, 'demo-member')
  await ok(call('recordSpotCheck', { villageId: FIRST_VILLAGE, presentIds: [], absentIds: [member] }, by))
  const list = await ok<{ items: AbsenceView[] }>(
    call('listPendingAbsences', { villageId: FIRST_VILLAGE }, 'demo-township'),
  )
  const found = list.items.find((a) => a.personId === member)
  if (!found) throw new Error('the absence is not pending')
  return found
}

const suggestionOfMember = () => ok<MonthView>(call('getMonth', { month: '2026-11' }, 'demo-member'))

describe('confirming 暗访 absences', () => {
  test("a new absence waits for the township leader, with the rule's suggestion; the supervisor sees it but cannot decide", async () => {
    const absence = await spotAbsence()
    expect(absence).toMatchObject({
      status: 'pending',
      statusLabel: '待确认',
      unexcusedThisYear: 1,
      suggestion: '不能评为优秀',
      canDecide: true,
      day: '2026-11-20',
    })
    const seen = await ok<{ items: AbsenceView[] }>(call('listPendingAbsences', {}, 'demo-supervisor'))
    expect(seen.items.find((a) => a.id === absence.id)?.canDecide).toBe(false)
    const admin = await ok<{ items: AbsenceView[] }>(call('listPendingAbsences', {}, 'demo-admin'))
    expect(admin.items.find((a) => a.id === absence.id)?.canDecide).toBe(true)
  })

  test('the township leader confirms: who and when are recorded, it leaves the pending list and still counts', async () => {
    const absence = await spotAbsence()
    const res = await ok<AbsenceView>(
      call(
        'confirmAbsence',
        { absenceId: absence.id, decision: 'confirmed', comment: '电话未接' },
        'demo-township',
      ),
    )
    expect(res).toMatchObject({
      status: 'confirmed',
      decidedAt: NOW,
      comment: '电话未接',
      unexcusedThisYear: 1,
      suggestion: '不能评为优秀',
      canDecide: false,
    })
    expect(res.decidedByName).toBeTruthy()
    expect(run.cloud.db.find('presence_absences', { _id: absence.id })[0]).toMatchObject({
      decision: 'confirmed',
      decidedById: personIdOf(run, 'demo-township'),
    })
    const list = await ok<{ items: AbsenceView[] }>(call('listPendingAbsences', {}, 'demo-township'))
    expect(list.items.map((a) => a.id)).not.toContain(absence.id)
    expect(await suggestionOfMember()).toMatchObject({ unexcusedAbsences: 1, suggestion: '不能评为优秀' })
  })

  test('an excused absence no longer counts toward the suggestion', async () => {
    const first = await spotAbsence('demo-supervisor')
    await spotAbsence('demo-township')
    expect(await suggestionOfMember()).toMatchObject({ unexcusedAbsences: 2, suggestion: '基本称职' })
    const res = await ok<AbsenceView>(
      call(
        'confirmAbsence',
        { absenceId: first.id, decision: 'excused', comment: '到镇里送材料，有签收单' },
        'demo-admin',
      ),
    )
    expect(res).toMatchObject({ status: 'excused', unexcusedThisYear: 1, suggestion: '不能评为优秀' })
    expect(await suggestionOfMember()).toMatchObject({ unexcusedAbsences: 1, suggestion: '不能评为优秀' })
  })

  test('excusing without a reason is refused', async () => {
    const absence = await spotAbsence()
    expect(
      (
        await fail(
          call(
            'confirmAbsence',
            { absenceId: absence.id, decision: 'excused', comment: '' },
            'demo-township',
          ),
        )
      ).code,
    ).toBe('invalid-argument')
  })

  test('an absence is decided once', async () => {
    const absence = await spotAbsence()
    await ok(
      call('confirmAbsence', { absenceId: absence.id, decision: 'confirmed', comment: '' }, 'demo-township'),
    )
    expect(
      (
        await fail(
          call(
            'confirmAbsence',
            { absenceId: absence.id, decision: 'excused', comment: '补充说明' },
            'demo-admin',
          ),
        )
      ).code,
    ).toBe('failed-precondition')
  })

  test('a leader of another township and the supervisor are refused', async () => {
    const absence = await spotAbsence()
    expect(
      (
        await fail(
          call(
            'confirmAbsence',
            { absenceId: absence.id, decision: 'confirmed', comment: '' },
            'demo-township-b',
          ),
        )
      ).code,
    ).toBe('permission-denied')
    expect(
      (
        await fail(
          call(
            'confirmAbsence',
            { absenceId: absence.id, decision: 'confirmed', comment: '' },
            'demo-supervisor',
          ),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test('nobody decides their own absence, even a township leader', async () => {
    const leader = personIdOf(run, 'demo-township')
    run.cloud.db.insertMany('presence_absences', [
      {
        _id: 'ab-own',
        spotCheckId: 'sc-own',
        personId: leader,
        villageId: FIRST_VILLAGE,
        townshipId: FIRST_TOWNSHIP,
        day: '2026-11-20',
        month: '2026-11',
        excused: false,
      },
    ])
    const err = await fail(
      call(
        'confirmAbsence',
        { absenceId: 'ab-own', decision: 'excused', comment: '本人说明' },
        'demo-township',
      ),
    )
    expect(err.code).toBe('permission-denied')
  })
})
