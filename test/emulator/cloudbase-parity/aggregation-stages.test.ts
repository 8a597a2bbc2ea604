// Aggregation stages as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/{aggregation,lookup-pipeline}.test.ts and
// logic-operators.ts), re-expressed through wx-server-sdk against the local cloud. Each test names
// the upstream file › describe › it; fixtures are the upstream ones.
import { aggregateOps, type Aggregate, type Harness, type Row, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-stages', [
    { name: 'one', indexes: [] },
    { name: 'two', indexes: [] },
  ])
})
afterAll(() => h.close())
beforeEach(() => h.local.clear())

const $ = () => aggregateOps(h)
const seed = (docs: Row[], coll = 'one'): void =>
  h.local.insertMany(
    coll,
    docs.map((d, i) => ({ _id: `${coll}${i}`, ...d })),
  )
const agg = (coll = 'one'): Aggregate => h.db.collection(coll).aggregate()
const rows = async (a: Aggregate): Promise<Row[]> => (await a.end()).list

const passages = [
  { category: 'Web', tags: ['JavaScript', 'C#'] },
  { category: 'Web', tags: ['Go', 'C#'] },
  { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
]
const articles = [
  { author: 'stark', score: 80 },
  { author: 'stark', score: 85 },
  { author: 'bob', score: 60 },
  { author: 'li', score: 55 },
  { author: 'jimmy', score: 60 },
  { author: 'li', score: 94 },
  { author: 'justan', score: 95 },
]
const products = [
  { product: 'tshirt', size: ['S', 'M', 'L'] },
  { product: 'pants', size: [] },
  { product: 'socks', size: null },
  { product: 'trousers', size: ['S'] },
  { product: 'sweater', size: ['M', 'L'] },
]

describe('aggregation.test.ts', () => {
  it('sample: draws the requested number of documents', async () => {
    seed([{ name: 'a' }, { name: 'b' }])
    expect(await rows(agg().sample({ size: 1 }))).toHaveLength(1)
  })

  it('sortByCount › 统计基础类型: one row per distinct value', async () => {
    seed(passages)
    expect(await rows(agg().sortByCount('$category'))).toEqual([
      { _id: 'Web', count: 2 },
      { _id: 'Life', count: 1 },
    ])
  })

  it('sortByCount › 解构数组类型: after unwind, one row per distinct element', async () => {
    seed(passages)
    expect(await rows(agg().unwind('$tags').sortByCount('$tags'))).toHaveLength(4)
  })

  it('match › 匹配: an equality match', async () => {
    seed(articles.map((a) => ({ ...a, date: new Date() })))
    const out = await rows(agg().match({ author: 'stark' }))
    expect(out.map((r) => r.author)).toEqual(['stark', 'stark'])
  })

  it('match › 匹配 操作符: a match with an aggregate comparison operator on dates', async () => {
    seed(articles.map((a) => ({ ...a, date: new Date(Date.now() - 1000) })))
    expect(await rows(agg().match({ date: $().lte(new Date()) }))).toHaveLength(7)
  })

  it('match › 计数: match then group-count', async () => {
    seed(articles)
    expect(
      await rows(
        agg()
          .match({ score: $().gt(80) })
          .group({ _id: null, count: $().sum(1) }),
      ),
    ).toEqual([{ _id: null, count: 3 }])
  })

  it('project › 指定包含某些字段 and 去除输出中的 _id 字段: inclusion, with and without _id', async () => {
    seed([{ title: 'This is title', author: 'Nobody', isbn: '123456789', introduction: '......' }])
    expect(await rows(agg().project({ title: 1, author: 1 }))).toEqual([
      { _id: 'one0', title: 'This is title', author: 'Nobody' },
    ])
    expect(await rows(agg().project({ _id: 0, title: 1, author: 1 }))).toEqual([
      { author: 'Nobody', title: 'This is title' },
    ])
  })

  it('project › 加入计算出的新字段: a computed sum', async () => {
    seed([{ name: '小明', scores: { chinese: 80, math: 90, english: 70 } }])
    const out = await rows(
      agg().project({
        _id: 0,
        name: 1,
        totalScore: $().sum(['$scores.chinese', '$scores.math', '$scores.english']),
      }),
    )
    expect(out).toEqual([{ name: '小明', totalScore: 240 }])
  })

  it('project › 加入新的数组字段: an array of field values', async () => {
    seed([
      { x: 1, y: 1 },
      { x: 2, y: 2 },
      { x: 3, y: 3 },
    ])
    expect((await rows(agg().project({ _id: 0, coordinate: ['$x', '$y'] })))[0]).toEqual({
      coordinate: [1, 1],
    })
  })

  it('replaceRoot › 使用已有字段作为根节点: an embedded document becomes the root', async () => {
    seed([{ name: 'SFLS', teachers: { chinese: 22, math: 18, english: 21, other: 123 } }])
    expect(await rows(agg().replaceRoot({ newRoot: '$teachers' }))).toEqual([
      { chinese: 22, math: 18, english: 21, other: 123 },
    ])
  })

  it('replaceRoot › 使用计算出的新字段作为根节点: a computed document becomes the root', async () => {
    seed([
      { first_name: '四郎', last_name: '黄' },
      { first_name: '邦德', last_name: '马' },
      { first_name: '牧之', last_name: '张' },
    ])
    expect(
      (
        await rows(agg().replaceRoot({ newRoot: { full_name: $().concat(['$last_name', '$first_name']) } }))
      )[0],
    ).toEqual({ full_name: '黄四郎' })
  })

  it('skip › 跳过一定数量的文档: skips in insertion order', async () => {
    seed(articles)
    expect(await rows(agg().skip(6).project({ _id: 0 }))).toEqual([{ author: 'justan', score: 95 }])
  })

  it('sort › 根据已有字段排序: by two keys, descending', async () => {
    seed([
      { author: 'stark', score: 80, age: 18 },
      { author: 'bob', score: 60, age: 18 },
      { author: 'li', score: 55, age: 19 },
      { author: 'jimmy', score: 60, age: 22 },
      { author: 'justan', score: 95, age: 33 },
    ])
    const out = await rows(agg().sort({ age: -1, score: -1 }).project({ _id: 0 }))
    expect([out[0], out[out.length - 1]]).toEqual([
      { author: 'justan', score: 95, age: 33 },
      { author: 'bob', score: 60, age: 18 },
    ])
  })

  it('unwind › 解构: one row per element, empty and null arrays dropped', async () => {
    seed(products)
    const out = await rows(agg().unwind('$size').project({ _id: 0 }))
    expect(out).toHaveLength(6)
    expect(out[0]).toEqual({ product: 'tshirt', size: 'S' })
  })

  it('unwind › 解构后，保留原数组索引: includeArrayIndex', async () => {
    seed(products)
    const out = await rows(
      agg().unwind({ path: '$size', includeArrayIndex: 'arrayIndex' }).project({ _id: 0 }),
    )
    expect(out).toHaveLength(6)
    expect(out[0]).toEqual({ arrayIndex: 0, product: 'tshirt', size: 'S' })
  })

  it('unwind › 保留空值: preserveNullAndEmptyArrays keeps empty and null', async () => {
    seed(products)
    const out = await rows(
      agg().unwind({ path: '$size', preserveNullAndEmptyArrays: true }).project({ _id: 0 }),
    )
    expect(out).toHaveLength(8)
    expect(out[0]).toEqual({ product: 'tshirt', size: 'S' })
  })

  it('Date › Date类型: a date passes through a projection unchanged', async () => {
    const date = new Date(1557826731686)
    seed([{ date }])
    expect(await rows(agg().project({ _id: 0 }))).toEqual([{ date }])
  })

  it('lookup › lookup: joins on equal fields', async () => {
    seed([
      { name: 'stark', age: 24 },
      { name: 'justan', age: 24 },
      { name: 'jimmy', age: 24 },
    ])
    seed(
      [
        { name: 'stark', gender: 'male' },
        { name: 'justan', gender: 'male' },
        { name: 'jimmy', gender: 'male' },
      ],
      'two',
    )
    const [first] = await rows(
      agg().lookup({ from: 'two', localField: 'name', foreignField: 'name', as: 'join' }),
    )
    expect([first.name, first.age, (first.join as Row[])[0].gender]).toEqual(['stark', 24, 'male'])
  })
})

describe('lookup-pipeline.test.ts', () => {
  beforeEach(() => {
    seed(passages)
    seed(passages, 'two')
  })

  it('projection › lookup: joins each document to the two of its category', async () => {
    const out = await rows(
      agg().lookup({ from: 'two', localField: 'category', foreignField: 'category', as: 'docs' }),
    )
    expect((out[0].docs as Row[]).length).toBe(2)
  })

  it('projection › lookup with pipeline: a pipeline lookup joins every document to its matches', async () => {
    const pipeline = ($().pipeline() as { match(q: object): { done(): unknown } })
      .match({ category: 'Web' })
      .done()
    const out = await rows(agg().lookup({ from: 'two', pipeline, as: 'docs' }))
    expect(out.map((r) => (r.docs as Row[]).length)).toEqual([2, 2, 2])
  })
})

describe('logic-operators.ts', () => {
  it('逻辑操作符 › nor: nor over both categories matches nothing', async () => {
    seed(passages)
    expect(
      (
        await h.db
          .collection('one')
          .where({ category: h._.nor(h._.eq('Life'), h._.eq('Web')) })
          .get()
      ).data,
    ).toEqual([])
  })
})
