import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { COLLECTION_OWNERS } from '../../cloudfunctions/src/shared/collection-owners'

const ROOT = join(__dirname, '..', '..')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'lint')
const bin = (name: string) => join(ROOT, 'node_modules', '.bin', name)

interface LintMessage {
  ruleId: string | null
  severity: 1 | 2
  line: number
}

/** The real `npm run lint` eslint, on fixtures it normally skips: rule ids of the errors, by fixture path. */
function lintFixtures(): Map<string, LintMessage[]> {
  const run = spawnSync(bin('eslint'), ['--no-ignore', '--format', 'json', FIXTURES], {
    cwd: ROOT,
    encoding: 'utf8',
  })
  if (!run.stdout) throw new Error(`eslint gave no report: ${run.stderr}`)
  const report = JSON.parse(run.stdout) as Array<{ filePath: string; messages: LintMessage[] }>
  return new Map(report.map((r) => [relative(FIXTURES, r.filePath), r.messages]))
}

describe('the house rules, enforced by eslint', () => {
  let found: Map<string, LintMessage[]>
  const errors = (file: string) =>
    (found.get(file) ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId)

  beforeAll(() => {
    found = lintFixtures()
  }, 120_000)

  test('a cloud function importing another function folder is an error, its own folder and shared/ are not', () => {
    expect(errors('cloudfunctions/src/report/handlers/cross-function.ts')).toEqual([
      'zhucun/no-cross-function-import',
    ])
    expect(errors('cloudfunctions/src/shared/imports-function.ts')).toEqual([
      'zhucun/no-cross-function-import',
    ])
    expect(errors('cloudfunctions/src/report/handlers/own-and-shared.ts')).toEqual([])
  })

  test('app code importing cloudfunctions/ or emulator/ is an error, the contract and its own services are not', () => {
    expect(errors('src/services/server-import.ts')).toEqual([
      'zhucun/no-server-import-in-app',
      'zhucun/no-server-import-in-app',
    ])
    expect(errors('src/hooks/contract-import.ts')).toEqual([])
  })

  test('a collection named outside its owner module is an error, inside it is not', () => {
    expect(errors('cloudfunctions/src/visit/names-collection.ts')).toEqual([
      'zhucun/collection-owner',
      'zhucun/collection-owner',
    ])
    expect(errors('cloudfunctions/src/shared/visits.ts')).not.toContain('zhucun/collection-owner')
  })

  test('one document read with where({ _id }) is an error; many ids and a conditional write are not', () => {
    const whereId = (found.get('cloudfunctions/src/shared/visits.ts') ?? []).filter(
      (m) => m.ruleId === 'zhucun/no-where-id',
    )
    expect(whereId.map((m) => [m.line, m.severity])).toEqual([[8, 2]])
  })

  test('a non-null assertion, `as unknown as` and `any` are errors', () => {
    expect(errors('cloudfunctions/src/visit/house-rules.ts')).toEqual([
      '@typescript-eslint/no-non-null-assertion',
      'no-restricted-syntax',
      '@typescript-eslint/no-explicit-any',
    ])
  })

  test('an eslint-disable comment is an error and disables nothing', () => {
    expect(errors('cloudfunctions/src/visit/lint-comment.ts')).toEqual(['zhucun/no-lint-comments'])
  })

  test('hooks called conditionally and effects missing a dependency are errors', () => {
    expect(errors('src/hooks/use-broken-hooks.ts')).toEqual([
      'react-hooks/rules-of-hooks',
      'react-hooks/exhaustive-deps',
    ])
  })
})

describe('formatting, enforced by prettier', () => {
  const check = (file: string) =>
    spawnSync(bin('prettier'), ['--check', '--ignore-path', '', join(FIXTURES, file)], {
      cwd: ROOT,
      encoding: 'utf8',
    }).status

  test('a file in another dialect (semicolons, double quotes) fails the check, one in the house dialect passes', () => {
    expect(check('src/hooks/badly-formatted.ts')).toBe(1)
    expect(check('src/hooks/contract-import.ts')).toBe(0)
  })
})

describe('collection owners', () => {
  test('every declared collection has exactly one owner module, and that module exists', () => {
    const declared = Object.keys(
      JSON.parse(readFileSync(join(ROOT, 'database', 'collections.json'), 'utf8')) as Record<string, unknown>,
    ).filter((k) => !k.startsWith('$'))
    expect(Object.keys(COLLECTION_OWNERS).sort()).toEqual(declared.sort())
    for (const owner of new Set(Object.values(COLLECTION_OWNERS)))
      expect(existsSync(join(ROOT, 'cloudfunctions', 'src', owner))).toBe(true)
  })
})
