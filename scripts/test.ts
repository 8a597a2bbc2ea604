/**
 * `npm test`: typecheck (each layer with its own globals), lint (eslint with the house rules and
 * layering, prettier --check), jest (unit + functions through the local cloud), the weapp build and its
 * checks, the H5 build, the browser journeys, and the no-network check. Ends with `N passed, N failed`.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { banner, runCommand, type StepResult } from './run-step'
import { checkWeappBuild, checkH5Build } from '../test/weapp/check-weapp-build'
import { VIOLATIONS_FILE } from '../test/helpers/no-network-setup'
import { LAYERS } from './typecheck'

const ROOT = resolve(__dirname, '..')
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name)
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const results: StepResult[] = []

async function step(
  name: string,
  run: () => Promise<{ passed: number; failed: number; output?: string }>,
): Promise<void> {
  banner(name)
  const started = Date.now()
  try {
    const r = await run()
    results.push({ name, ...r, output: r.output ?? '', ms: Date.now() - started })
  } catch (err) {
    console.error(err)
    results.push({ name, passed: 0, failed: 1, ms: Date.now() - started, output: String(err) })
  }
}

async function single(cmd: string, args: string[], env?: Record<string, string>) {
  const { code } = await runCommand(cmd, args, env)
  return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 }
}

/** Jest's own counts, read from its JSON report; a crashed run counts as one failure. */
async function jest(config: string, report: string, extra: string[] = []) {
  rmSync(report, { force: true })
  mkdirSync(dirname(report), { recursive: true })
  const { code } = await runCommand(BIN('jest'), [
    '--config',
    config,
    '--json',
    '--outputFile',
    report,
    ...extra,
  ])
  if (!existsSync(report)) return { passed: 0, failed: 1 }
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number
    numFailedTests: number
    numRuntimeErrorTestSuites: number
    numTotalTests: number
  }
  const failed =
    json.numFailedTests +
    json.numRuntimeErrorTestSuites +
    (code !== 0 && json.numFailedTests === 0 && json.numRuntimeErrorTestSuites === 0 ? 1 : 0)
  return { passed: json.numPassedTests, failed }
}

/** The weapp run (test/weapp/run-weapp.ts) in its own process; its counts come from its JSON report. */
async function weappRun(scale: 'demo' | 'county') {
  const report = join(ROOT, '.cache', `weapp-run-${scale}.json`)
  rmSync(report, { force: true })
  const { code } = await runCommand(BIN('tsx'), [
    join(ROOT, 'test', 'weapp', 'run-weapp.ts'),
    '--scale',
    scale,
    '--report',
    report,
  ])
  if (!existsSync(report)) return { passed: 0, failed: 1 }
  const r = JSON.parse(readFileSync(report, 'utf8')) as { passed: number; failed: number }
  return { passed: r.passed, failed: r.failed + (code !== 0 && r.failed === 0 ? 1 : 0) }
}

function checks(failures: string[], total: number, report: string[] = []) {
  report.forEach((line) => console.log(`  ${line}`))
  failures.forEach((f) => console.error(`  ✗ ${f}`))
  return { passed: total - failures.length, failed: failures.length }
}

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const want = (s: string) => only.length === 0 || only.includes(s)
  rmSync(VIOLATIONS_FILE, { force: true })
  // Every step and its children get a temp folder of this run's own, checked and removed at the end.
  const runTmp = mkdtempSync(join(tmpdir(), 'zhucun-run-'))
  process.env.TMPDIR = runTmp
  const prod = { NODE_ENV: 'production' }
  if (want('types')) {
    await step(`typecheck (tsc --noEmit, strict), per layer: ${LAYERS.join(', ')}`, async () => {
      let failed = 0
      for (const layer of LAYERS)
        failed += (await single(BIN('tsc'), ['-p', `tsconfig.${layer}.json`, '--noEmit'])).failed
      return { passed: LAYERS.length - failed, failed }
    })
  }
  if (want('lint')) {
    // Cached under .cache/: an unchanged file is not linted again.
    await step('lint: eslint (house rules, layering, collection owners; eslint.config.mjs)', () =>
      single(BIN('eslint'), ['--cache', '--cache-location', join(ROOT, '.cache', 'eslint') + '/', ROOT]),
    )
    await step('format: prettier --check', () =>
      single(BIN('prettier'), [
        '--check',
        '--cache',
        '--cache-location',
        join(ROOT, '.cache', 'prettier'),
        ROOT,
      ]),
    )
  }
  if (want('functions') || want('unit') || want('e2e'))
    await step('build cloud functions (esbuild)', () => single(BIN('tsx'), ['cloudfunctions/build.ts']))
  if (want('unit'))
    await step('jest: unit and functions through the local cloud', () =>
      jest('jest.config.js', join(ROOT, '.cache', 'jest-unit.json')),
    )
  // 云函数 V2 runs Node 24 only: the smoke set runs there too (a Node 24 from the npm registry, cached).
  if (want('functions') || want('node24'))
    await step('functions on Node 24 (smoke set through the local cloud)', () =>
      single(BIN('tsx'), ['scripts/runtime-smoke.ts', '--node', '24']),
    )
  if (want('weapp')) {
    await step('build weapp (dist/weapp)', () => single(BIN('taro'), ['build', '--type', 'weapp'], prod))
    await step('check weapp output (pages, privacy, sizes)', async () => {
      const r = checkWeappBuild(join(ROOT, 'dist', 'weapp'))
      return checks(r.failures, r.checks, r.report)
    })
    await step(
      'weapp run: every page in a WeChat logic-layer sandbox, rendered through base.wxml (demo seed)',
      () => weappRun('demo'),
    )
    await step('weapp setData budget (64 KB per call) on the county seed', () => weappRun('county'))
  }
  if (want('h5') || want('e2e')) {
    await step('build H5 (dist/h5)', () => single(BIN('taro'), ['build', '--type', 'h5'], prod))
    await step('check H5 first-page size', async () => {
      const r = checkH5Build(join(ROOT, 'dist', 'h5'))
      return checks(r.failures, r.checks, r.report)
    })
  }
  if (want('e2e')) {
    await step('browser journeys (playwright-core + Chromium)', async () => {
      if (!existsSync(CHROMIUM)) {
        console.error(
          `Chromium not found at ${CHROMIUM}. Install it: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH).`,
        )
        return { passed: 0, failed: 1 }
      }
      return jest('jest.e2e.config.js', join(ROOT, '.cache', 'jest-e2e.json'))
    })
  }
  await step('no socket opened to anything but 127.0.0.1', async () => {
    const seen = existsSync(VIOLATIONS_FILE) ? readFileSync(VIOLATIONS_FILE, 'utf8').trim() : ''
    if (seen) console.error(seen)
    return { passed: seen ? 0 : 1, failed: seen ? 1 : 0 }
  })

  await step('no temporary data folder left behind (a county seed is 600–800 MB)', async () => {
    const left = readdirSync(runTmp).filter((name) => name.startsWith('zhucun-'))
    rmSync(runTmp, { recursive: true, force: true })
    return checks(
      left.map((name) => `left behind: ${name}`),
      Math.max(1, left.length),
    )
  })

  banner('summary')
  for (const r of results)
    console.log(
      `${r.failed ? '✗' : '✓'} ${r.name}: ${r.passed} passed, ${r.failed} failed (${(r.ms / 1000).toFixed(1)} s)`,
    )
  const passed = results.reduce((n, r) => n + r.passed, 0)
  const failed = results.reduce((n, r) => n + r.failed, 0)
  console.log(`\n${passed} passed, ${failed} failed`)
  process.exit(failed > 0 ? 1 : 0)
}

void main()
