// Aggregation expressions as CloudBase's own integration tests for its server SDK state them
// (TencentCloudBase/tcb-admin-node, test/database/unit/aggregation.test.ts and command.test.ts),
// re-expressed through wx-server-sdk against the local cloud. Each test names the upstream
// file › describe › it.
import { aggregateOps, type Harness, startHarness } from '../db/harness'

let h: Harness
beforeAll(() => {
  h = startHarness('parity-aggregation', [
    { name: 'articles', indexes: [] },
    { name: 'students', indexes: [] },
  ])
  // Upstream fixtures, verbatim (a fixed instant: 2019-05-14T09:38:51.686Z, a Tuesday).
  h.local.insertMany('articles', [{ _id: 'a1', date: new Date(1557826731686) }])
  h.local.insertMany('students', [
    { _id: 's1', birthday: '1999/12/12', firstName: 'Yuanxin', group: 'a', lastName: 'Dong', score: 84 },
    { _id: 's2', birthday: '1998/11/11', firstName: 'Weijia', group: 'a', lastName: 'Wang', score: 96 },
    { _id: 's3', birthday: '1997/10/10', firstName: 'Chengxi', group: 'b', lastName: 'Li', score: 80 },
  ])
})
afterAll(() => h.close())

const $ = () => aggregateOps(h)
const project = async (coll: string, spec: object): Promise<unknown[]> =>
  (
    await h.db
      .collection(coll)
      .aggregate()
      .sort({ _id: 1 })
      .project({ _id: 0, ...spec })
      .end()
  ).list

describe('aggregation.test.ts', () => {
  it('Date › Date的各种操作符: date parts, week numbers and date construction agree', async () => {
    const date = new Date(1557826731686)
    const a = $()
    const [row] = await project('articles', {
      date: 1,
      dayOfWeek: a.dayOfWeek('$date'),
      dayOfYear: a.dayOfYear('$date'),
      dayOfMonth: a.dayOfMonth('$date'),
      year: a.year('$date'),
      month: a.month('$date'),
      hour: a.hour('$date'),
      minute: a.minute('$date'),
      second: a.second('$date'),
      millisecond: a.millisecond('$date'),
      week: a.week('$date'),
      dateFromParts: a.dateFromParts({
        year: 2017,
        month: 2,
        day: 8,
        hour: 12,
        timezone: 'America/New_York',
      }),
      dateFromString: a.dateFromString({ dateString: date.toISOString() }),
      isoDayOfWeek: a.isoDayOfWeek('$date'),
      isoWeek: a.isoWeek('$date'),
      isoWeekYear: a.isoWeekYear('$date'),
    })
    expect(row).toEqual({
      date,
      year: 2019,
      month: 5,
      dayOfMonth: 14,
      hour: 9,
      minute: 38,
      second: 51,
      millisecond: 686,
      dayOfYear: 134,
      dayOfWeek: 3,
      week: 19,
      dateFromParts: new Date('2017-02-08T17:00:00.000Z'),
      dateFromString: date,
      isoDayOfWeek: 2,
      isoWeek: 20,
      isoWeekYear: 2019,
    })
  })
})

describe('command.test.ts', () => {
  it('字符串操作符 › indexOfBytes: byte index of a substring, -1 when absent', async () => {
    expect(await project('students', { aStrIndex: $().indexOfBytes(['$firstName', 'a']) })).toEqual([
      { aStrIndex: 2 },
      { aStrIndex: 5 },
      { aStrIndex: -1 },
    ])
  })

  it('字符串操作符 › indexOfCP: code point index of a substring, -1 when absent', async () => {
    expect(await project('students', { aStrIndex: $().indexOfCP(['$firstName', 'a']) })).toEqual([
      { aStrIndex: 2 },
      { aStrIndex: 5 },
      { aStrIndex: -1 },
    ])
  })

  it('字符串操作符 › split: splits on the delimiter', async () => {
    expect(await project('students', { birthday: $().split(['$birthday', '/']) })).toEqual([
      { birthday: ['1999', '12', '12'] },
      { birthday: ['1998', '11', '11'] },
      { birthday: ['1997', '10', '10'] },
    ])
  })

  it('字符串操作符 › strcasecmp: case-insensitive comparison yields -1, 0 or 1', async () => {
    expect(await project('students', { result: $().strcasecmp(['$firstName', '$lastName']) })).toEqual([
      { result: 1 },
      { result: 1 },
      { result: -1 },
    ])
  })

  it('字符串操作符 › substr: a negative length takes the rest of the string', async () => {
    const a = $()
    expect(
      await project('students', {
        year: a.substr(['$birthday', 0, 4]),
        month: a.substr(['$birthday', 5, 2]),
        day: a.substr(['$birthday', 8, -1]),
      }),
    ).toEqual([
      { day: '12', month: '12', year: '1999' },
      { day: '11', month: '11', year: '1998' },
      { day: '10', month: '10', year: '1997' },
    ])
  })

  it('字符串操作符 › substrBytes: a negative byte count takes the rest of the string', async () => {
    const a = $()
    expect(
      await project('students', {
        year: a.substrBytes(['$birthday', 0, 4]),
        month: a.substrBytes(['$birthday', 5, 2]),
        day: a.substrBytes(['$birthday', 8, -1]),
      }),
    ).toEqual([
      { day: '12', month: '12', year: '1999' },
      { day: '11', month: '11', year: '1998' },
      { day: '10', month: '10', year: '1997' },
    ])
  })
})
