import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')
const FIXTURES = join(ROOT, 'test', 'fixtures', 'lint', 'layers')

/** tsc with one layer's settings (tsconfig.<layer>.json) on one fixture: the errors it prints. */
function typecheckAs(layer: string, fixture: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'zhucun-layer-'))
  try {
    const config = join(dir, 'tsconfig.json')
    // Type packages are looked up from the config's folder: point at the repository's.
    const compilerOptions = { typeRoots: [join(ROOT, 'node_modules', '@types')] }
    writeFileSync(
      config,
      JSON.stringify({
        extends: join(ROOT, `tsconfig.${layer}.json`),
        compilerOptions,
        include: [],
        files: [join(FIXTURES, fixture)],
      }),
    )
    const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', config, '--noEmit'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    return run.stdout
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

describe('each runtime is typechecked with only its own globals', () => {
  test('app code (tsconfig.src.json) cannot use Node globals', () => {
    expect(typecheckAs('src', 'node-in-app.ts')).toContain("Cannot find name 'Buffer'")
    expect(typecheckAs('node', 'node-in-app.ts')).toBe('')
  }, 180_000)

  test('cloud functions (tsconfig.functions.json) cannot use browser globals', () => {
    expect(typecheckAs('functions', 'dom-in-function.ts')).toContain("Cannot find name 'document'")
    expect(typecheckAs('src', 'dom-in-function.ts')).toBe('')
  }, 180_000)
})
