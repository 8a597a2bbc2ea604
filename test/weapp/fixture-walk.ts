/**
 * Walks each page of the fixture mini-program (test/fixtures/weapp/app) on its own and prints, as
 * JSON, the problem kinds found per case. Run as a separate Node process so that unhandled rejections
 * reach `process` as they do in `npm test` (jest keeps its own).
 */
import { join, resolve } from 'node:path'
import { walkWeapp } from './harness/walk'

const ROOT = resolve(__dirname, '..', '..')
export const FIXTURE_APP = join(ROOT, 'test', 'fixtures', 'weapp', 'app')

/** Each case: a page of the fixture app and the phrase it must show. */
export const FIXTURE_CASES: Record<string, { page: string; text: string }> = {
  ok: { page: 'ok', text: '一切正常' },
  'missing-template': { page: 'missing-template', text: '一切正常' },
  eval: { page: 'eval', text: '一切正常' },
  'unknown-wx': { page: 'unknown-wx', text: '一切正常' },
  oversized: { page: 'oversized', text: '一切正常' },
  exception: { page: 'exception', text: '一切正常' },
  rejection: { page: 'rejection', text: '一切正常' },
  'text-missing': { page: 'ok', text: '今日在岗' },
}

async function main(): Promise<void> {
  const found: Record<string, string[]> = {}
  for (const [name, c] of Object.entries(FIXTURE_CASES)) {
    const result = await walkWeapp({
      distDir: FIXTURE_APP,
      cacheDir: join(ROOT, '.cache'),
      pages: [{ route: `pages/${c.page}/index`, as: ['fixture-user'], text: c.text }],
      callFunction: () => Promise.reject(new Error('the fixture app calls no cloud function')),
      budgetBytes: 64 * 1024,
      textTimeoutMs: 300,
    })
    found[name] = [...new Set(result.problems.map((p) => p.kind))].sort()
  }
  process.stdout.write(JSON.stringify(found))
}

if (require.main === module) void main()
