import { execFileSync, spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { problemsOf } from '../../emulator/check/record-rules'
import { LocalCloud } from '../../emulator/local-cloud'
import { makeScratchDir } from '../../emulator/scratch-dir'

const ROOT = join(__dirname, '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const MAIN = join(ROOT, 'emulator', 'cli', 'main.ts')
const check = (args: string[]) =>
  spawnSync(TSX, [MAIN, 'check', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 })

const leave = {
  _id: 'lv-1',
  startDay: '2026-11-02',
  endDay: '2026-11-03',
  days: 2,
  createdAt: new Date('2026-11-01T00:00:00Z'),
}

describe('the stored-record rules', () => {
  test.each([
    ['a sound leave', 'presence_leaves', leave, []],
    ['a leave on 30 February', 'presence_leaves', { ...leave, startDay: '2026-02-30' }, ['startDay']],
    ['a leave ending before it starts', 'presence_leaves', { ...leave, endDay: '2026-11-01' }, ['endDay']],
    ['a leave of minus one day', 'presence_leaves', { ...leave, days: -1 }, ['days']],
    [
      'an item due 2027-99-99',
      'rectify_items',
      { _id: 'r-1', deadline: '2027-99-99', version: 1 },
      ['deadline'],
    ],
    [
      'an extension asked to 31 November',
      'rectify_items',
      { _id: 'r-2', deadline: '2026-11-30', version: 1, extensionRequest: { deadline: '2026-11-31' } },
      ['extensionRequest.deadline'],
    ],
    [
      'a notice window that closes before it opens',
      'public_notices',
      { _id: 'n-1', startDay: '2026-11-10', endDay: '2026-11-03', objections: 0 },
      ['endDay'],
    ],
    [
      'a village month 2026-13 with a negative count',
      'stats_village_month',
      { _id: 's-1', month: '2026-13', visits: -2 },
      ['month', 'visits'],
    ],
    [
      'a visit with an unreadable start',
      'visits',
      { _id: 'v-1', startedAt: new Date('x'), period: '2026-11', version: 1, photoCount: 0 },
      ['startedAt'],
    ],
    ['a collection without rules', 'audit_log', { _id: 'a-1', at: 'whenever' }, []],
  ])('%s: %j', (_name, collection, doc, fields) => {
    expect(problemsOf(collection, doc).map((p) => p.field)).toEqual(fields)
  })
})

describe('npm run cloud -- check', () => {
  test('finds the impossible records an earlier version let into the local data, and nothing in the demo seed', () => {
    const dir = makeScratchDir('check')
    execFileSync(TSX, [MAIN, 'seed', '--dir', dir], { cwd: ROOT, encoding: 'utf8', timeout: 60000 })
    const clean = check(['--dir', dir])
    expect(clean.stderr).toMatch(/发现 0 处问题/)
    expect(clean.status).toBe(0)
    const cloud = LocalCloud.create({ dataDir: dir })
    cloud.db.insertMany('presence_leaves', [
      { ...leave, _id: 'lv-odd', startDay: '2026-02-30', endDay: '2026-02-28' },
    ])
    cloud.close()
    const found = check(['--dir', dir])
    expect(found.status).toBe(1)
    expect(found.stdout.trim().split('\n')).toEqual([
      expect.stringMatching(/^presence_leaves\tlv-odd\tstartDay\t"2026-02-30"：日期不存在/),
      'presence_leaves\tlv-odd\tendDay\t结束（endDay）早于开始（startDay）',
    ])
  })

  test('judges a collection exported from the CloudBase console (JSON Lines, dates as $date)', () => {
    const file = join(makeScratchDir('export'), 'rectify_items.json')
    writeFileSync(
      file,
      [
        '{"_id":"r-ok","deadline":"2026-12-31","version":2,"registeredAt":{"$date":"2026-11-01T00:00:00.000Z"}}',
        '{"_id":"r-bad","deadline":"2026-11-31","version":1}',
      ].join('\n'),
    )
    const res = check(['--file', file, '--collection', 'rectify_items'])
    expect(res.status).toBe(1)
    expect(res.stdout).toMatch(/^rectify_items\tr-bad\tdeadline\t/)
    expect(res.stdout).not.toMatch(/r-ok/)
  })
})
