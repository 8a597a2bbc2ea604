// Accumulators and expressions as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/command.test.ts), re-expressed through
// wx-server-sdk against the local cloud. Each test names the upstream describe › it; fixtures and
// expected rows are the upstream ones.
import { aggregateOps, type Harness, type Row, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-expressions', [{ name: 'goods', indexes: [] }])
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

const $ = () => aggregateOps(h)
const seed = (docs: Row[]): void =>
  h.local.insertMany(
    'goods',
    docs.map((d, i) => ({ _id: `g${i}`, ...d })),
  )
const project = async (spec: object): Promise<Row[]> =>
  (
    await h.db
      .collection('goods')
      .aggregate()
      .sort({ _id: 1 })
      .project({ _id: 0, ...spec })
      .end()
  ).list
const group = async (spec: object): Promise<Row[]> =>
  (await h.db.collection('goods').aggregate().group(spec).sort({ _id: 1 }).end()).list

describe('command.test.ts', () => {
  it('stdDevPop › 计算不同组的标准差: 6 and 10', async () => {
    seed([
      { group: 'a', score: 84 },
      { group: 'a', score: 96 },
      { group: 'b', score: 80 },
      { group: 'b', score: 100 },
    ])
    expect(await group({ _id: '$group', stdDev: $().stdDevPop('$score') })).toEqual([
      { _id: 'a', stdDev: 6 },
      { _id: 'b', stdDev: 10 },
    ])
  })

  it('stdDevSamp › 计算标准样本偏差: 14.14', async () => {
    seed([{ score: 80 }, { score: 100 }])
    const [row] = await group({ _id: null, ageStdDev: $().stdDevSamp('$score') })
    expect((row.ageStdDev as number).toFixed(2)).toBe('14.14')
  })

  describe('sum', () => {
    beforeEach(() =>
      seed([
        { cost: -10, price: 100 },
        { cost: -15, price: 1 },
        { cost: -10, price: 10 },
      ]),
    )

    it('参数为单独字段: sums one field', async () => {
      expect(await group({ _id: null, totalPrice: $().sum('$price') })).toEqual([
        { _id: null, totalPrice: 111 },
      ])
    })

    it('参数为字段列表: sums per-document sums', async () => {
      expect(await group({ _id: null, totalProfit: $().sum($().sum(['$price', '$cost'])) })).toEqual([
        { _id: null, totalProfit: 76 },
      ])
    })
  })

  it('let › 参数为单独字段: variables feed an expression', async () => {
    seed([
      { cost: -10, discount: 0.95, price: 100 },
      { cost: -15, discount: 0.98, price: 1 },
      { cost: -10, discount: 1, price: 10 },
    ])
    const out = await project({
      profit: $().let({
        vars: { priceTotal: $().multiply(['$price', '$discount']) },
        in: $().sum(['$$priceTotal', '$cost']),
      }),
    })
    expect(out).toEqual([{ profit: 85 }, { profit: 0.98 - 15 }, { profit: 0 }])
  })

  describe('条件操作符', () => {
    beforeEach(() =>
      seed([
        { name: 'a', amount: 100, desc: 'A' },
        { name: 'b', amount: 200, desc: null },
        { name: 'c', amount: 300 },
      ]),
    )

    it('cond: if/then/else', async () => {
      expect(
        await project({
          name: 1,
          discount: $().cond({ if: $().gte(['$amount', 200]), then: 0.7, else: 0.9 }),
        }),
      ).toEqual([
        { name: 'a', discount: 0.9 },
        { name: 'b', discount: 0.7 },
        { name: 'c', discount: 0.7 },
      ])
    })

    it('ifNull: null and missing both take the default', async () => {
      expect(await project({ name: 1, desc: $().ifNull(['$desc', 'Not defined']) })).toEqual([
        { desc: 'A', name: 'a' },
        { desc: 'Not defined', name: 'b' },
        { desc: 'Not defined', name: 'c' },
      ])
    })

    it('switch: first matching branch, else the default', async () => {
      const discount = $().switch({
        branches: [
          { case: $().gt(['$amount', 250]), then: 0.8 },
          { case: $().gt(['$amount', 150]), then: 0.9 },
        ],
        default: 1,
      })
      expect(await project({ name: 1, discount })).toEqual([
        { name: 'a', discount: 1 },
        { name: 'b', discount: 0.9 },
        { name: 'c', discount: 0.8 },
      ])
    })
  })

  describe('字面量操作符', () => {
    beforeEach(() => seed([{ price: '$1' }, { price: '$2.50' }, { price: '$3.60' }, { price: '$4.60' }]))

    it('以字面量的形式使用$: a literal string starting with $', async () => {
      expect(await project({ isOneDollar: $().eq(['$price', $().literal('$1')]) })).toEqual([
        { isOneDollar: true },
        { isOneDollar: false },
        { isOneDollar: false },
        { isOneDollar: false },
      ])
    })

    it('投影一个字段，对应的值为1: literal(1) is a value, not an inclusion', async () => {
      expect(await project({ price: 1, amount: $().literal(1) })).toEqual([
        { amount: 1, price: '$1' },
        { amount: 1, price: '$2.50' },
        { amount: 1, price: '$3.60' },
        { amount: 1, price: '$4.60' },
      ])
    })
  })

  describe('mergeObjects', () => {
    beforeEach(() =>
      seed([
        { name: 'A', foo: { a: 1 }, bar: { b: 2 } },
        { name: 'A', foo: { c: 1 }, bar: { d: 2 } },
        { name: 'A', foo: { e: 1 }, bar: { f: 2 } },
      ]),
    )

    it('在group中使用: merges across a group', async () => {
      expect(
        await group({
          _id: '$name',
          mergedFoo: $().mergeObjects('$foo'),
          mergeBar: $().mergeObjects('$bar'),
        }),
      ).toEqual([{ _id: 'A', mergedFoo: { a: 1, c: 1, e: 1 }, mergeBar: { b: 2, d: 2, f: 2 } }])
    })

    it('在group以外使用: merges fields of one document', async () => {
      expect(await project({ foobar: $().mergeObjects(['$foo', '$bar']) })).toEqual([
        { foobar: { a: 1, b: 2 } },
        { foobar: { c: 1, d: 2 } },
        { foobar: { e: 1, f: 2 } },
      ])
    })
  })

  describe('集合操作', () => {
    beforeEach(() =>
      seed([
        { arr: [true] },
        { arr: [] },
        { arr: [true, false] },
        { arr: [1] },
        { arr: [1, 0] },
        { arr: ['stark'] },
      ]),
    )

    it('allElementsTrue: true for empty, false with any falsy element', async () => {
      expect((await project({ v: $().allElementsTrue(['$arr']) })).map((r) => r.v)).toEqual([
        true,
        true,
        false,
        true,
        false,
        true,
      ])
    })

    it('anyElementTrue: false only for empty', async () => {
      expect((await project({ v: $().anyElementTrue(['$arr']) })).map((r) => r.v)).toEqual([
        true,
        false,
        true,
        true,
        true,
        true,
      ])
    })
  })

  describe('集合操作2', () => {
    beforeEach(() =>
      seed([
        { A: [1, 2], B: [1, 2] },
        { A: [1, 2], B: [2, 1, 2] },
        { A: [1, 2], B: [1, 2, 3] },
        { A: [1, 2], B: [3, 1] },
        { A: [1, 2], B: [] },
        { A: [1, 2], B: [{}, []] },
        { A: [], B: [] },
        { A: [], B: [1] },
      ]),
    )
    const values = async (expr: unknown): Promise<unknown[]> => (await project({ v: expr })).map((r) => r.v)

    it('setDifference: elements of B not in A', async () => {
      expect(await values($().setDifference(['$B', '$A']))).toEqual([[], [], [3], [3], [], [{}, []], [], [1]])
    })

    it('setEquals: same distinct elements', async () => {
      expect(await values($().setEquals(['$A', '$B']))).toEqual([
        true,
        true,
        false,
        false,
        false,
        false,
        true,
        false,
      ])
    })

    it('setIntersection: common elements', async () => {
      expect(await values($().setIntersection(['$A', '$B']))).toEqual([
        [1, 2],
        [1, 2],
        [1, 2],
        [1],
        [],
        [],
        [],
        [],
      ])
    })

    it('setIsSubset: A within B', async () => {
      expect(await values($().setIsSubset(['$A', '$B']))).toEqual([
        true,
        true,
        true,
        false,
        false,
        false,
        true,
        true,
      ])
    })

    it('setUnion: distinct elements of both', async () => {
      expect(await values($().setUnion(['$A', '$B']))).toEqual([
        [1, 2],
        [1, 2],
        [1, 2, 3],
        [1, 2, 3],
        [1, 2],
        [1, 2, {}, []],
        [],
        [1],
      ])
    })
  })
})
