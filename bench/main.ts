/**
 * `npm run bench [-- --json figures.json] [--quick] [--scale demo]`: the county at full scale in the
 * local cloud, each main action many times in this process, check-in over HTTP with 20 clients, and a
 * raw SQLite baseline — the figures the README's Performance section quotes. Then the quality
 * section: the property sweep (`--sweep-runs N --sweep-seed S`; `--quality` runs only that section).
 * `npm run bench -- --only county-day [--json day.json]`: one ordinary county day and what it costs
 * against the lowest CloudBase plans (README, What a county costs).
 * `npm run bench -- --only nightly [--json n.json]`: the daily jobs of one county at county scale, fanned
 * out per county (target ≤ 20 s).
 * `npm run bench -- --only monitoring [--quick] [--json m.json]`: only the 防返贫监测 dashboard and export.
 * `npm run bench -- --only first-load [--scale demo] [--json f.json]`: the H5 app's first load on a
 * throttled cheap phone (needs dist/h5); the full run measures it too.
 * `npm run bench -- --only org.getAssessment [--json f.json]`: only the specs whose action starts so.
 * `npm run bench -- --scale prefecture [--counties N] [--quick] [--json p.json]`: 南阳市's 13 counties,
 * the 市 dashboard and the county figures beside the county scale's (bench/prefecture.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { makeScratchDir } from '../emulator/scratch-dir'
import { LocalCloud, REPO_ROOT } from '../emulator/local-cloud'
import { createServer, listen } from '../emulator/http/server'
import { parseArgs, stringOption } from '../emulator/cli/args'
import { SPECS } from './specs'
import { monitoringSpecs } from './specs/monitoring'
import { runActions } from './run-actions'
import { checkInOverHttp, type ThroughputFigures } from './http-throughput'
import { rawBaseline } from './baseline'
import { printReport } from './report'
import { round } from './stats'
import { runPrefectureBench } from './prefecture'
import { qualityOptions, runQuality } from './quality'
import { runCountyDay } from './county-day'
import { printCountyDay } from './county-day-report'
import { measureNightlyJobs, printNightly } from './specs/nightly-jobs'
import {
  CHEAP_PHONE,
  FIRST_LOAD_TARGET_SECONDS,
  measureFirstLoad,
  type FirstLoadFigures,
} from './specs/first-load'

/** The first load, compressed (as served now) and uncompressed (as served before), over HTTP. */
async function firstLoad(
  cloud: LocalCloud,
): Promise<{ compressed: FirstLoadFigures; uncompressed: FirstLoadFigures }> {
  const app = createServer(cloud)
  const url = await listen(app, cloud)
  try {
    const compressed = await measureFirstLoad(url)
    const uncompressed = await measureFirstLoad(url, { compressed: false })
    const { cpuSlowdown, kbitPerSecond, latencyMs } = CHEAP_PHONE
    console.log(
      `H5 first load (CPU ×${cpuSlowdown}, ${kbitPerSecond} kbit/s, ${latencyMs} ms): ${compressed.seconds} s to the workbench ` +
        `(target ≤ ${FIRST_LOAD_TARGET_SECONDS} s), ${compressed.transferred_kb} KB in ${compressed.requests} requests; ` +
        `uncompressed ${uncompressed.seconds} s, ${uncompressed.transferred_kb} KB; second visit ${compressed.repeat_seconds} s`,
    )
    return { compressed, uncompressed }
  } finally {
    await app.close()
  }
}

function sweepFiguresOf(sweep: Awaited<ReturnType<typeof runQuality>>) {
  return {
    actions: sweep.actions,
    calls: sweep.calls,
    seed: sweep.seed,
    seconds: sweep.seconds,
    failures: sweep.failures,
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const quality = qualityOptions(stringOption(args, 'sweep-runs'), stringOption(args, 'sweep-seed'))
  if (args.options.quality) {
    const sweep = await runQuality(quality)
    const out = stringOption(args, 'json')
    if (out) writeFileSync(out, JSON.stringify(sweepFiguresOf(sweep), null, 2) + '\n')
    process.exitCode = sweep.failures.length > 0 ? 1 : 0
    return
  }
  if (stringOption(args, 'scale') === 'prefecture') return runPrefectureBench(args)
  const quick = Boolean(args.options.quick)
  const scale = stringOption(args, 'scale') === 'demo' ? 'demo' : 'county'
  // The seed is generated and loaded by `npm run seed` in its own process, as a person would do it;
  // this process then opens the files like a restarted local cloud, so its memory is the cloud's own.
  const dataDir = makeScratchDir('bench')
  let started = performance.now()
  const seedOut = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'emulator', 'cli', 'main.ts'),
      'seed',
      '--scale',
      scale,
      '--dir',
      dataDir,
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  const loadSeconds = round((performance.now() - started) / 1000, 1)
  const counts = JSON.parse(/seeded \w+ in \d+ ms: (\{.*\})/.exec(seedOut)?.[1] ?? '{}') as Record<
    string,
    number
  >
  console.log(`generated and loaded the ${scale} seed in ${loadSeconds} s: ${JSON.stringify(counts)}`)
  const cloud = LocalCloud.create({ dataDir })

  if (stringOption(args, 'only') === 'county-day') {
    const day = await runCountyDay(cloud, stringOption(args, 'day') ?? '2026-11-24')
    printCountyDay(day)
    const out = stringOption(args, 'json')
    if (out) writeFileSync(out, JSON.stringify(day, null, 2) + '\n')
    cloud.close()
    return
  }

  if (stringOption(args, 'only') === 'nightly') {
    const nightly = await measureNightlyJobs(cloud, stringOption(args, 'day') ?? '2026-11-23')
    printNightly(nightly)
    const out = stringOption(args, 'json')
    if (out) writeFileSync(out, JSON.stringify(nightly, null, 2) + '\n')
    cloud.close()
    return
  }

  if (stringOption(args, 'only') === 'first-load') {
    const load = await firstLoad(cloud)
    const out = stringOption(args, 'json')
    if (out)
      writeFileSync(
        out,
        JSON.stringify({ ...CHEAP_PHONE, target_seconds: FIRST_LOAD_TARGET_SECONDS, ...load }, null, 2) +
          '\n',
      )
    cloud.close()
    return
  }

  const only = stringOption(args, 'only')
  if (only === 'monitoring') {
    // The county dashboard runs first as a yardstick: the same machine, the same moment.
    const yardstick = SPECS.filter((x) => x.action === 'report.getDashboard').slice(0, 1)
    const figures = await runActions(cloud, [...yardstick, ...monitoringSpecs], quick ? 30 : 200)
    for (const a of figures)
      console.log(
        `${a.action} as ${a.openid}: p50 ${a.p50_ms} ms, p95 ${a.p95_ms} ms (target ≤ ${a.target_p95_ms} ms), ` +
          `${a.db_requests} db requests, ${a.docs_examined} docs examined, ${a.errors} errors`,
      )
    const out = stringOption(args, 'json')
    if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n')
    cloud.close()
    return
  }

  if (only) {
    const picked = await runActions(
      cloud,
      SPECS.filter((s) => s.action.startsWith(only)),
      quick ? 30 : 200,
    )
    for (const a of picked) console.log(JSON.stringify(a))
    const out = stringOption(args, 'json')
    if (out) writeFileSync(out, JSON.stringify({ scale, actions: picked }, null, 2) + '\n')
    cloud.close()
    return
  }

  const actions = await runActions(cloud, SPECS, quick ? 30 : 200)

  const checkIn = SPECS.find((s) => s.action === 'presence.checkIn')
  let http: ThroughputFigures = {
    rps: 0,
    total: 0,
    errors: 0,
    p50_ms: 0,
    p99_ms: 0,
    captures: 0,
    seconds: 0,
    ran_seconds: 0,
  }
  if (checkIn) http = await checkInOverHttp(cloud, quick)
  const load = await firstLoad(cloud)
  started = performance.now()
  const baseline = rawBaseline()
  const ours = actions.find((a) => a.action === 'presence.checkIn')
  const figures = {
    scale,
    load_seconds: loadSeconds,
    documents: counts,
    actions,
    rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    checkin_rps: http.rps,
    checkin_errors: http.errors,
    checkin_captures: http.captures,
    checkin_ran_seconds: http.ran_seconds,
    checkin_http: http,
    baseline_insert_read_p50_ms: baseline.insert_read_p50_ms,
    baseline_ratio: ours ? round(ours.p50_ms / baseline.insert_read_p50_ms, 1) : null,
    h5_first_load: { ...CHEAP_PHONE, target_seconds: FIRST_LOAD_TARGET_SECONDS, ...load },
  }
  printReport(figures)
  cloud.close()
  console.log('\nquality')
  // Its own process: a second local cloud cannot start in this one (the SDK's environment is taken).
  const sweepFile = join(dataDir, 'sweep.json')
  const runs = String(quick ? Math.min(quality.runs, 20) : quality.runs)
  // A sweep with failures exits 1 after writing its figures; they are reported all the same.
  spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'bench', 'main.ts'),
      '--quality',
      '--sweep-runs',
      runs,
      '--sweep-seed',
      String(quality.seed),
      '--json',
      sweepFile,
    ],
    { cwd: REPO_ROOT, stdio: 'inherit' },
  )
  const sweep = JSON.parse(readFileSync(sweepFile, 'utf8')) as ReturnType<typeof sweepFiguresOf>
  const jsonFile = stringOption(args, 'json')
  if (jsonFile) writeFileSync(jsonFile, JSON.stringify({ ...figures, property_sweep: sweep }, null, 2) + '\n')
  if (sweep.failures.length > 0) process.exitCode = 1
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
