import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const ROOT = join(__dirname, '..', '..')

describe('the environment overlay of concurrent invocations', () => {
  test('a variable that already exists can still be assigned once the overlay is installed', () => {
    // In a real Node process (jest gives each test file its own copy of process.env).
    const script = [
      "const { installEnvOverlay } = require('./emulator/host/env-overlay')",
      'installEnvOverlay()',
      // A second local cloud in one process (the benchmark's sweep, say) sets TENCENTCLOUD again.
      "process.env.ZHUCUN_OVERLAY_PROBE = 'after'",
      'console.log(process.env.ZHUCUN_OVERLAY_PROBE)',
    ].join('\n')
    const out = execFileSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--eval', script], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, ZHUCUN_OVERLAY_PROBE: 'before' },
    })
    expect(out.trim()).toBe('after')
  })
})
