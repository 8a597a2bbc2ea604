import { spawnSync } from 'node:child_process'
import { join, resolve } from 'node:path'

/**
 * The weapp harness against a tiny hand-written mini-program (test/fixtures/weapp/app), one page per
 * defect: each defect class must fail the run, and a clean page must not. The walk runs in its own
 * Node process, as in `npm test`.
 */
const ROOT = resolve(__dirname, '..', '..')
let found: Record<string, string[]> = {}

beforeAll(() => {
  const out = spawnSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'test', 'weapp', 'fixture-walk.ts')],
    { cwd: ROOT, encoding: 'utf8' },
  )
  if (out.status !== 0) throw new Error(`fixture walk failed: ${out.stderr}`)
  found = JSON.parse(out.stdout) as Record<string, string[]>
}, 60_000)

describe('the weapp harness', () => {
  test('a clean page passes with no problem', () => {
    expect(found.ok).toEqual([])
  })

  test('a node whose template base.wxml lacks (an <i> icon) fails as missing-template', () => {
    expect(found['missing-template']).toEqual(['missing-template'])
  })

  test('code generated from a string fails as eval, even when the app catches the refusal', () => {
    expect(found.eval).toEqual(['eval'])
  })

  test('reading a wx API that WeChat does not have fails as unknown-wx-api', () => {
    expect(found['unknown-wx']).toEqual(['unknown-wx-api'])
  })

  test('a setData over 64 KB fails as set-data-budget', () => {
    expect(found.oversized).toEqual(['set-data-budget'])
  })

  test('an exception in a lifecycle fails as exception', () => {
    expect(found.exception).toEqual(['exception'])
  })

  test('a promise rejected with nobody listening fails as exception', () => {
    expect(found.rejection).toEqual(['exception'])
  })

  test('a page that never shows its phrase fails as text-missing', () => {
    expect(found['text-missing']).toEqual(['text-missing'])
  })
})
