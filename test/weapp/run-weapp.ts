/**
 * `npm test`'s weapp run: the built `dist/weapp` driven page by page as WeChat's logic layer would run
 * it, against a local cloud with the demo seed (and, with `--scale county`, the benchmark's county seed
 * for the `setData` budget), plus the check-in journey through the weapp bundle.
 *
 * CLI: `tsx test/weapp/run-weapp.ts [--scale demo|county] [--report file.json] [--verbose]`; prints
 * problems and the largest setData per page, exits 1 on any problem.
 */
import '../helpers/no-network-setup'
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { buildFunctions } from '../../cloudfunctions/build'
import { checkInJourney } from './journey-check-in'
import { walkWeapp, type WalkResult } from './harness/walk'
import { weappPages } from './weapp-pages'
import { seededCloud } from './seeded-cloud'
import { walkRecords } from './walk-records'

const ROOT = resolve(__dirname, '..', '..')
/** WeChat allows 256 KB per setData; ours is a quarter of that, on the county seed. */
export const SET_DATA_BUDGET = 64 * 1024
/** The demo seed's day (Shanghai morning), for the functions and the app alike. */
export const DEMO_NOW = '2026-11-20T01:00:00.000Z'

export interface WeappRunOptions {
  scale: 'demo' | 'county'
  verbose?: boolean
}

export async function runWeapp(opts: WeappRunOptions): Promise<WalkResult> {
  // npm test builds the functions in an earlier step; a lone run builds them when missing.
  if (!existsSync(join(ROOT, 'cloudfunctions', 'dist', 'presence', 'index.js'))) await buildFunctions()
  const cloud = seededCloud(opts.scale)
  try {
    cloud.invoker.env.ZHUCUN_NOW = DEMO_NOW
    const records = await walkRecords(cloud)
    return await walkWeapp({
      distDir: join(ROOT, 'dist', 'weapp'),
      cacheDir: join(ROOT, '.cache'),
      // On the county seed each page is opened once, by its first user: the budget is the question there.
      pages: weappPages(records).map((p) => (opts.scale === 'county' ? { ...p, as: p.as.slice(0, 1) } : p)),
      callFunction: (openid, name, data) => cloud.invoke(name, data, { openid }),
      budgetBytes: SET_DATA_BUDGET,
      now: new Date(DEMO_NOW),
      journeys: opts.scale === 'demo' ? [checkInJourney(cloud)] : [],
      verbose: opts.verbose,
      textTimeoutMs: opts.scale === 'county' ? 15_000 : 5000,
    })
  } finally {
    cloud.close()
    rmSync(cloud.dataDir, { recursive: true, force: true })
  }
}

export function report(result: WalkResult): string[] {
  const lines = [...result.largest.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(
      ([route, { bytes, as }]) =>
        `largest setData ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${route} (as ${as || 'villager'})`,
    )
  return lines
}

/** Passed: page visits and journeys without a problem; failed: the problems found. */
export function counts(result: WalkResult): { passed: number; failed: number } {
  const troubled = new Set(result.problems.map((p) => p.where)).size
  return { passed: Math.max(0, result.checks - troubled), failed: result.problems.length }
}

const option = (args: string[], name: string) => {
  const at = args.indexOf(`--${name}`)
  return at >= 0 ? args[at + 1] : undefined
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const scale = option(args, 'scale') === 'county' ? 'county' : 'demo'
  const started = Date.now()
  const result = await runWeapp({ scale, verbose: args.includes('--verbose') })
  report(result).forEach((l) => console.log(l))
  for (const p of result.problems) console.error(`✗ [${p.kind}] ${p.where}: ${p.message}`)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(
    `${scale} seed: ${result.checks} page visits and journeys, ${result.problems.length} problems, ${seconds} s`,
  )
  const file = option(args, 'report')
  if (file) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(
      file,
      JSON.stringify(
        {
          scale,
          ...counts(result),
          seconds: Number(seconds),
          largest: Object.fromEntries(result.largest),
          problems: result.problems,
        },
        null,
        2,
      ),
    )
  }
  process.exit(result.problems.length ? 1 : 0)
}

if (require.main === module) void main()
