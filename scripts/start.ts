/**
 * `npm start`: build what is stale (functions always — esbuild takes a second — and the H5 app when
 * its sources are newer than dist/h5), then start the local cloud with the demo county and serve.
 */
import { join, resolve } from 'node:path'
import { buildFunctions } from '../cloudfunctions/build'
import { runServe } from '../emulator/cli/serve-command'
import { parseArgs } from '../emulator/cli/args'
import { isStale } from './newer-than'
import { runCommand } from './run-step'

const ROOT = resolve(__dirname, '..')

async function main(): Promise<void> {
  const names = await buildFunctions()
  console.log(`cloud functions built: ${names.join(', ')}`)
  const inputs = ['src', 'types', 'config', 'babel.config.js', 'package.json'].map((p) => join(ROOT, p))
  if (isStale(join(ROOT, 'dist', 'h5', 'index.html'), inputs)) {
    console.log('building the H5 app (first time takes a minute)…')
    const { code } = await runCommand(join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'h5'], {
      NODE_ENV: 'production',
    })
    if (code !== 0) throw new Error('H5 build failed')
  }
  await runServe(parseArgs(process.argv.slice(2)))
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
