import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { expectOk, inputFor, itemIn, personIdOf, rectify, type StepOut } from '../rectify/helpers'
import { toldBy } from './helpers'

let run: RunningCloud
const NOW = '2026-03-02T02:00:00.000Z'
beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(async () => {
  await run.stop()
})

const act = (action: string, input: unknown, openid: string) => () =>
  rectify(run, action, input, openid).then(expectOk)
const secretary = () => personIdOf(run, 'demo-secretary')
const PLACE = '瓦店镇'

describe('every transition on a rectification item tells the responsible person, and nobody else', () => {
  test('dispatching an item tells the responsible person to sign for it, with the deadline', async () => {
    const item = await itemIn(run, 'registered', { deadline: '2026-06-30' })
    const told = await toldBy(
      run,
      act('dispatch', { itemId: item.id, version: item.version }, 'demo-supervisor'),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: secretary(),
        kind: 'rect_dispatched',
        title: '新的整改事项：第一书记本月在村天数不足',
        body: expect.stringContaining('整改时限 2026-06-30，请及时签收'),
        link: `/packages/rectify/pages/detail/index?id=${item.id}`,
      }),
    ])
    expect(told[0].body).toContain(PLACE)
  })

  test("a returned close application tells the responsible person with the reviewer's own words", async () => {
    const item = await itemIn(run, 'reviewing')
    const told = await toldBy(
      run,
      act(
        'reject',
        { itemId: item.id, version: item.version, comment: '整改后照片看不清门牌，请补拍' },
        'demo-supervisor',
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: secretary(),
        kind: 'rect_returned',
        title: '销号申请被驳回：第一书记本月在村天数不足',
      }),
    ])
    expect(told[0].body).toContain('督查组长意见：整改后照片看不清门牌，请补拍')
  })

  test("an approved close tells the responsible person with the reviewer's words", async () => {
    const item = await itemIn(run, 'reviewing')
    const told = await toldBy(
      run,
      act(
        'close',
        { itemId: item.id, version: item.version, comment: '现场核实，整改到位' },
        'demo-supervisor',
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: secretary(),
        kind: 'rect_closed',
        title: '销号已通过：第一书记本月在村天数不足',
      }),
    ])
    expect(told[0].body).toContain('督查组长意见：现场核实，整改到位')
  })

  test('an extension approved or refused tells the responsible person the deadline that now applies', async () => {
    const a = await itemIn(run, 'extension_requested', { deadline: '2026-06-30' })
    const approved = await toldBy(
      run,
      act('approveExtension', { itemId: a.id, version: a.version, comment: '同意延期' }, 'demo-supervisor'),
    )
    expect(approved).toEqual([
      expect.objectContaining({
        personId: secretary(),
        title: '延期申请已批准：第一书记本月在村天数不足',
        body: '整改时限改为 2099-01-31。督查组长意见：同意延期',
      }),
    ])
    const b = await itemIn(run, 'extension_requested', { deadline: '2026-06-30' })
    const refused = await toldBy(
      run,
      act(
        'rejectExtension',
        { itemId: b.id, version: b.version, comment: '时限内可以完成' },
        'demo-supervisor',
      ),
    )
    expect(refused).toEqual([
      expect.objectContaining({
        personId: secretary(),
        title: '延期申请未批准：第一书记本月在村天数不足',
        body: '整改时限仍为 2026-06-30。督查组长意见：时限内可以完成',
      }),
    ])
  })

  test('a dispute decided tells the former responsible person the outcome and the new one to sign', async () => {
    const item = await itemIn(run, 'disputed')
    const told = await toldBy(run, async () =>
      rectify<StepOut>(
        run,
        'reassign',
        await inputFor('reassign', item.id, item.version, run, 'demo-admin'),
        'demo-admin',
      ).then(expectOk),
    )
    expect(told.map((t) => [t.personId, t.kind]).sort()).toEqual(
      [
        [personIdOf(run, 'demo-member'), 'rect_dispatched'],
        [secretary(), 'rect_dispute_decided'],
      ].sort(),
    )
    expect(told.find((t) => t.kind === 'rect_dispute_decided')?.body).toMatch(
      /^已指派给 \S+。组织部管理员意见：由队员负责$/,
    )
  })

  test('withdrawing a dispatched item tells the responsible person; withdrawing an undispatched one tells no one', async () => {
    const dispatched = await itemIn(run, 'dispatched')
    const told = await toldBy(
      run,
      act(
        'withdraw',
        { itemId: dispatched.id, version: dispatched.version, comment: '重复登记' },
        'demo-supervisor',
      ),
    )
    expect(told).toEqual([
      expect.objectContaining({
        personId: secretary(),
        kind: 'rect_withdrawn',
        body: expect.stringContaining('督查组长意见：重复登记'),
      }),
    ])
    const fresh = await itemIn(run, 'registered')
    expect(
      await toldBy(
        run,
        act('withdraw', { itemId: fresh.id, version: fresh.version, comment: '重复登记' }, 'demo-supervisor'),
      ),
    ).toEqual([])
  })

  test("signing for an item, the responsible person's own step, tells nobody", async () => {
    const item = await itemIn(run, 'dispatched')
    const told = await toldBy(run, act('sign', { itemId: item.id, version: item.version }, 'demo-secretary'))
    expect(told).toEqual([])
  })

  test('the same transition sent twice (a retry) tells the person once', async () => {
    const item = await itemIn(run, 'reviewing')
    const input = { itemId: item.id, version: item.version, comment: '请补拍' }
    const first = await toldBy(run, act('reject', input, 'demo-supervisor'))
    const again = await toldBy(run, () => rectify(run, 'reject', input, 'demo-supervisor'))
    expect([first.length, again.length]).toEqual([1, 0])
  })
})
