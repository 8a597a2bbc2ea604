/**
 * `npm run bench -- --scale prefecture [--counties N] [--quick] [--json p.json]`: 南阳市's 13 counties
 * (黔南-sized, see emulator/seed/prefecture.ts) seeded county by county in their own process, then the
 * 市 dashboard, 宛城区's county dashboard and list pages, the nightly jobs fanned out over every county,
 * and check-in over HTTP — printed beside the county-scale figures of docs/bench/latest.json.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { LocalCloud, REPO_ROOT } from '../emulator/local-cloud'
import { makeScratchDir, removeScratchDir } from '../emulator/scratch-dir'
import { stringOption, type ParsedArgs } from '../emulator/cli/args'
import { SPECS } from './specs'
import { prefectureSpecs } from './specs/prefecture'
import { runActions, type ActionFigures } from './run-actions'
import { measureNightlyJobs, type NightlyFigures } from './specs/nightly-jobs'
import { checkInOverHttp } from './http-throughput'
import { round } from './stats'
import { printPrefecture, type CountyFigures } from './prefecture-report'

export const SEED_TARGET_SECONDS = 600
export const RSS_TARGET_MB = 2048

/** The county specs that read a county at any scale (monitoring and dispatch have their own runs). */
const COUNTY_SPECS = SPECS.filter((s) => /^(report|visit|rectify|notice|org|presence)\./.test(s.action))

function seed(dataDir: string, counties: string | undefined) {
  const started = performance.now()
  const out = execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      join(REPO_ROOT, 'emulator', 'cli', 'main.ts'),
      'seed',
      '--scale',
      'prefecture',
      '--dir',
      dataDir,
      ...(counties ? ['--counties', counties] : []),
    ],
    { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
  )
  process.stdout.write(out)
  return {
    seconds: round((performance.now() - started) / 1000, 1),
    counts: JSON.parse(/seeded \w+ in \d+ ms: (\{.*\})/.exec(out)?.[1] ?? '{}') as Record<string, number>,
    rss_mb: Number(/seed peak rss (\d+) MB/.exec(out)?.[1] ?? 0),
  }
}

function countyFigures(): CountyFigures | null {
  const file = join(REPO_ROOT, 'docs', 'bench', 'latest.json')
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as CountyFigures) : null
}

export async function runPrefectureBench(args: ParsedArgs): Promise<void> {
  const quick = Boolean(args.options.quick)
  const dataDir = makeScratchDir('bench-prefecture')
  try {
    const seeded = seed(dataDir, stringOption(args, 'counties'))
    const cloud = LocalCloud.create({ dataDir })
    try {
      const actions: ActionFigures[] = await runActions(
        cloud,
        [...prefectureSpecs, ...COUNTY_SPECS],
        quick ? 30 : 200,
      )
      const nightly: NightlyFigures = await measureNightlyJobs(cloud, '2026-11-23')
      const http = await checkInOverHttp(cloud, quick)
      const counties = Number(seeded.counts.org_units ? cloud.db.count('org_units', { level: 'county' }) : 0)
      const figures = {
        scale: 'prefecture',
        counties,
        load_seconds: seeded.seconds,
        load_target_seconds: SEED_TARGET_SECONDS,
        seed_rss_mb: seeded.rss_mb,
        documents: seeded.counts,
        actions,
        nightly,
        nightly_per_county_seconds: round(nightly.county_seconds / Math.max(1, counties), 1),
        rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
        rss_target_mb: RSS_TARGET_MB,
        checkin_http: http,
      }
      printPrefecture(figures, countyFigures())
      const out = stringOption(args, 'json')
      if (out) writeFileSync(out, JSON.stringify(figures, null, 2) + '\n')
    } finally {
      cloud.close()
    }
  } finally {
    removeScratchDir(dataDir)
  }
}
