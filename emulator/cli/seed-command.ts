import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { generateSeed, type SeedScale } from '../seed/demo-county'
import { writeSeedDir } from '../seed/seed-files'
import { isEmpty, seedScale } from '../seed/load-seed'
import { stringOption, type ParsedArgs } from './args'

export async function runSeed(args: ParsedArgs): Promise<number> {
  const scaleArg = stringOption(args, 'scale') ?? 'demo'
  if (scaleArg !== 'demo' && scaleArg !== 'county') throw new Error('--scale 只能是 demo 或 county')
  const scale: SeedScale = scaleArg
  const writeDir = stringOption(args, 'write')
  if (writeDir) {
    writeSeedDir(writeDir, generateSeed(scale))
    console.log(`wrote the ${scale} seed as JSON Lines to ${writeDir}`)
    return 0
  }
  const cloud = LocalCloud.create({ dataDir: stringOption(args, 'dir') ?? DEFAULT_DATA_DIR })
  try {
    if (args.options.reset) cloud.db.clear()
    else if (!isEmpty(cloud.db)) throw new Error('数据库不为空：加 --reset 清空后再导入')
    const started = Date.now()
    const counts = seedScale(cloud.db, scale)
    console.log(`seeded ${scale} in ${Date.now() - started} ms: ${JSON.stringify(counts)}`)
    return 0
  } finally {
    cloud.close()
  }
}
