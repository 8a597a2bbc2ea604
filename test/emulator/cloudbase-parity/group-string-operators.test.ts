// Group accumulators and string/date expressions as CloudBase's own integration tests for its
// server SDK state them (TencentCloudBase/tcb-admin-node, test/database/unit/command.test.ts,
// describes 'group操作符' and '字符串操作符'), through wx-server-sdk against the local cloud.
import { aggregateOps, type Harness, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-operators', [
    { name: 'scores', indexes: [] },
    { name: 'passages', indexes: [] },
    { name: 'students', indexes: [] },
  ])
  h.local.insertMany('scores', [
    { _id: 's1', group: 'a', name: 'stu1', score: 84 },
    { _id: 's2', group: 'a', name: 'stu2', score: 96 },
    { _id: 's3', group: 'b', name: 'stu3', score: 80 },
    { _id: 's4', group: 'b', name: 'stu4', score: 100 },
  ])
  h.local.insertMany('passages', [
    { _id: 'p1', category: 'web', tags: ['JavaScript', 'CSS'], title: 'title1' },
    { _id: 'p2', category: 'System', tags: ['C++', 'C'], title: 'title2' },
  ])
  // Upstream wrote new Date('1999/12/12') in China Standard Time: local midnight, UTC+8.
  h.local.insertMany('students', [
    { _id: 's1', date: new Date('1999-12-12T00:00:00+08:00'), firstName: 'Yuanxin', lastName: 'Dong' },
    { _id: 's2', date: new Date('1998-11-11T00:00:00+08:00'), firstName: 'Weijia', lastName: 'Wang' },
    { _id: 's3', date: new Date('1997-10-10T00:00:00+08:00'), firstName: 'Chengxi', lastName: 'Li' },
  ])
})
afterAll(() => h.close())

const $ = () => aggregateOps(h)
const group = async (coll: string, spec: object, sort?: object): Promise<Array<Record<string, unknown>>> => {
  let agg = h.db.collection(coll).aggregate()
  if (sort) agg = agg.sort(sort)
  return (await agg.group(spec).sort({ _id: 1 }).end()).list
}
const project = async (spec: object): Promise<unknown[]> =>
  (
    await h.db
      .collection('students')
      .aggregate()
      .sort({ _id: 1 })
      .project({ _id: 0, ...spec })
      .end()
  ).list

describe('command.test.ts › group操作符', () => {
  it('push: collects an object per document of each group', async () => {
    const rows = await group('scores', {
      _id: '$group',
      students: $().push({ name: '$name', score: '$score' }),
    })
    expect(rows).toEqual([
      {
        _id: 'a',
        students: [
          { name: 'stu1', score: 84 },
          { name: 'stu2', score: 96 },
        ],
      },
      {
        _id: 'b',
        students: [
          { name: 'stu3', score: 80 },
          { name: 'stu4', score: 100 },
        ],
      },
    ])
  })

  it('max: the largest value of each group', async () => {
    expect(await group('scores', { _id: '$group', maxScore: $().max('$score') })).toEqual([
      { _id: 'a', maxScore: 96 },
      { _id: 'b', maxScore: 100 },
    ])
  })

  it('min: the smallest value of each group', async () => {
    expect(await group('scores', { _id: '$group', minScore: $().min('$score') })).toEqual([
      { _id: 'a', minScore: 84 },
      { _id: 'b', minScore: 80 },
    ])
  })

  it('last: the last value in sorted order', async () => {
    expect(await group('scores', { _id: null, max: $().last('$score') }, { score: 1 })).toEqual([
      { _id: null, max: 100 },
    ])
  })

  it('first: the first value in sorted order', async () => {
    expect(await group('scores', { _id: null, min: $().first('$score') }, { score: 1 })).toEqual([
      { _id: null, min: 80 },
    ])
  })

  it('avg: the mean over all documents', async () => {
    expect(await group('scores', { _id: null, average: $().avg('$score') })).toEqual([
      { _id: null, average: 90 },
    ])
  })

  it('addToSet › 非数组字段: distinct scalar values', async () => {
    const [row] = await group('passages', { _id: null, categories: $().addToSet('$category') })
    expect([...(row.categories as string[])].sort()).toEqual(['System', 'web'])
  })

  it('addToSet › 数组字段: distinct arrays, each kept whole', async () => {
    const [row] = await group('passages', { _id: null, tagsList: $().addToSet('$tags') })
    expect(row.tagsList).toEqual(
      expect.arrayContaining([
        ['JavaScript', 'CSS'],
        ['C++', 'C'],
      ]),
    )
    expect(row.tagsList).toHaveLength(2)
  })
})

describe('command.test.ts › 字符串操作符', () => {
  it('concat: joins fields and literals', async () => {
    expect(await project({ fullName: $().concat(['$firstName', ' ', '$lastName']) })).toEqual([
      { fullName: 'Yuanxin Dong' },
      { fullName: 'Weijia Wang' },
      { fullName: 'Chengxi Li' },
    ])
  })

  it('dateToString › 格式化日期: formats in UTC by default', async () => {
    expect(await project({ formatDate: $().dateToString({ date: '$date', format: '%Y-%m-%d' }) })).toEqual([
      { formatDate: '1999-12-11' },
      { formatDate: '1998-11-10' },
      { formatDate: '1997-10-09' },
    ])
  })

  it('dateToString › 时区时间: formats in the given time zone', async () => {
    const rows = await project({
      formatDate: $().dateToString({ date: '$date', format: '%H:%M:%S', timezone: 'Asia/Shanghai' }),
    })
    expect(rows).toEqual([{ formatDate: '00:00:00' }, { formatDate: '00:00:00' }, { formatDate: '00:00:00' }])
  })

  it('dateToString › 缺失情况的默认值: onNull stands in for a missing date', async () => {
    const rows = await project({ formatDate: $().dateToString({ date: '$empty', onNull: 'null' }) })
    expect(rows).toEqual([{ formatDate: 'null' }, { formatDate: 'null' }, { formatDate: 'null' }])
  })

  it('toLower: lower-cases', async () => {
    expect(await project({ result: $().toLower('$firstName') })).toEqual([
      { result: 'yuanxin' },
      { result: 'weijia' },
      { result: 'chengxi' },
    ])
  })

  it('toUpper: upper-cases', async () => {
    expect(await project({ result: $().toUpper('$lastName') })).toEqual([
      { result: 'DONG' },
      { result: 'WANG' },
      { result: 'LI' },
    ])
  })
})
