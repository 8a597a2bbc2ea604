/**
 * `npm run typecheck`: each runtime compiled with only its own globals (tsconfig.<layer>.json): the app
 * with the DOM and Taro, the functions and the local cloud with Node only, the tests with jest.
 */
import { join, resolve } from 'node:path'
import { runCommand } from './run-step'

const ROOT = resolve(__dirname, '..')
export const LAYERS = ['src', 'functions', 'node', 'bench', 'test'] as const

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  let failed = 0
  for (const layer of LAYERS.filter((l) => only.length === 0 || only.includes(l))) {
    console.log(`tsc -p tsconfig.${layer}.json`)
    const { code } = await runCommand(join(ROOT, 'node_modules', '.bin', 'tsc'), [
      '-p',
      join(ROOT, `tsconfig.${layer}.json`),
      '--noEmit',
    ])
    if (code !== 0) failed += 1
  }
  process.exit(failed > 0 ? 1 : 0)
}

if (require.main === module) void main()
