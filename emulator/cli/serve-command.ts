import { LocalCloud, DEFAULT_DATA_DIR } from '../local-cloud'
import { createServer, listen } from '../http/server'
import { isEmpty, seedScale } from '../seed/load-seed'
import { stringOption, type ParsedArgs } from './args'

/** Starts the local cloud with timers, seeds the demo county into an empty database, serves HTTP. */
export async function runServe(args: ParsedArgs): Promise<number> {
  const cloud = LocalCloud.create({
    dataDir: stringOption(args, 'data') ?? DEFAULT_DATA_DIR,
    timers: !args.options['no-timers'],
  })
  if (isEmpty(cloud.db)) {
    const counts = seedScale(cloud.db, 'demo')
    console.log(`数据库为空，已导入演示县数据：${JSON.stringify(counts)}`)
  }
  const app = createServer(cloud)
  const url = await listen(app, cloud, Number(stringOption(args, 'port') ?? process.env.PORT ?? 8080))
  console.log(
    `\n驻村工作台 (local cloud) is running:\n  App:     ${url}/\n  Console: ${url}/console/\n  Data:    ${cloud.dataDir}\nPress Ctrl+C to stop.`,
  )
  const stop = async () => {
    await app.close()
    cloud.close()
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  return -1
}
