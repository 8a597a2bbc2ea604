import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { generateSeed } from '../seed/demo-county'
import { writeSeedDir } from '../seed/seed-files'
import { isEmpty, seedScale } from '../seed/load-seed'
import { seedPrefecture, writePrefectureDir } from '../seed/load-prefecture'
import { stringOption, type ParsedArgs } from './args'

const SCALES = ['demo', 'county', 'prefecture'] as const
type Scale = (typeof SCALES)[number]
const isScale = (s: string): s is Scale => (SCALES as readonly string[]).includes(s)

/** `--counties N` (prefecture only): the first N of the 13 counties, for a quicker run while developing. */
function countiesOption(args: ParsedArgs): number | undefined {
  const raw = stringOption(args, 'counties')
  if (raw === undefined) return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1 || n > 13) throw new Error('--counties 须为 1 到 13 的整数')
  return n
}

export async function runSeed(args: ParsedArgs): Promise<number> {
  const scaleArg = stringOption(args, 'scale') ?? 'demo'
  if (!isScale(scaleArg)) throw new Error('--scale 只能是 demo、county 或 prefecture')
  const scale = scaleArg
  const counties = countiesOption(args)
  const writeDir = stringOption(args, 'write')
  if (writeDir) {
    if (scale === 'prefecture') writePrefectureDir(writeDir, counties)
    else writeSeedDir(writeDir, generateSeed(scale))
    console.log(`wrote the ${scale} seed as JSON Lines to ${writeDir}`)
    return 0
  }
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'dir') ?? DEFAULT_DATA_DIR })
  try {
    if (args.options.reset) cloud.db.clear()
    else if (!isEmpty(cloud.db)) throw new Error('数据库不为空：加 --reset 清空后再导入')
    const started = Date.now()
    const counts =
      scale === 'prefecture'
        ? seedPrefecture(cloud.db, counties, (p) =>
            console.log(`  ${p.county}: ${(p.ms / 1000).toFixed(1)} s, rss ${p.rssMb} MB`),
          )
        : seedScale(cloud.db, scale)
    const rss = Math.round(process.resourceUsage().maxRSS / 1024)
    console.log(`seeded ${scale} in ${Date.now() - started} ms: ${JSON.stringify(counts)}`)
    console.log(`seed peak rss ${rss} MB`)
    return 0
  } finally {
    cloud.close()
  }
}
