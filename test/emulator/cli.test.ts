import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { makeScratchDir } from '../../emulator/scratch-dir'

const ROOT = join(__dirname, '..', '..')
const cli = (args: string[]) =>
  execFileSync(
    join(ROOT, 'node_modules', '.bin', 'tsx'),
    [join(ROOT, 'emulator', 'cli', 'main.ts'), ...args],
    { cwd: ROOT, encoding: 'utf8', timeout: 60000 },
  )

describe('npm run cloud', () => {
  const dir = makeScratchDir('cli')

  test('seed then invoke prints the function result as the last line of JSON', () => {
    cli(['seed', '--dir', dir])
    const out = cli([
      'invoke',
      'org',
      '--dir',
      dir,
      '--openid',
      'demo-admin',
      '--data',
      '{"action":"getWorkbench","input":{}}',
    ])
      .trim()
      .split('\n')
    const result = JSON.parse(out[out.length - 1]) as { ok: boolean; data: { scopeLabel: string } }
    expect(result).toMatchObject({ ok: true, data: { scopeLabel: '宛城区' } })
  })

  test('invoke hosts a function folder given by path', () => {
    const out = cli([
      'invoke',
      'test/fixtures/functions/hello',
      '--dir',
      dir,
      '--openid',
      'o-cli',
      '--data',
      '{}',
    ])
      .trim()
      .split('\n')
    expect(JSON.parse(out[out.length - 1])).toMatchObject({ openid: 'o-cli', kind: 'call' })
  })

  test('actions prints every function and action with its input as JSON Schema', () => {
    const contract = JSON.parse(cli(['actions'])) as {
      functions: Record<string, Record<string, { access: unknown; input: { type?: string } }>>
    }
    expect(contract.functions.org.getWorkbench.access).toBe('bound')
    expect(contract.functions.org.getWorkbench.input.type).toBe('object')
  })

  test('actions prints the whole contract into a pipe that is read slowly', () => {
    // The reader starts after a pause, so the pipe fills (64 KB) and the rest must wait for it.
    const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
    const main = join(ROOT, 'emulator', 'cli', 'main.ts')
    const piped = execFileSync('sh', ['-c', `"${tsx}" "${main}" actions | (sleep 1; cat)`], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60000,
      maxBuffer: 16 * 1024 * 1024,
    })
    expect(piped.length).toBeGreaterThan(65536)
    expect(() => JSON.parse(piped) as unknown).not.toThrow()
  })
})
