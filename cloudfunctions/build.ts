/**
 * Bundles each function under cloudfunctions/src/<fn>/ into cloudfunctions/dist/<fn>/ — the folder
 * WeChat DevTools uploads — with wx-server-sdk left external and pinned exactly.
 */
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const SDK_VERSION = '4.0.2'
const root = resolve(__dirname)
const srcDir = join(root, 'src')
export const distDir = join(root, 'dist')

export function listFunctionSources(): string[] {
  return readdirSync(srcDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'shared' && existsSync(join(srcDir, d.name, 'index.ts')))
    .map((d) => d.name)
    .sort()
}

async function buildOne(name: string): Promise<void> {
  const out = join(distDir, name)
  mkdirSync(out, { recursive: true })
  await build({
    entryPoints: [join(srcDir, name, 'index.ts')],
    outfile: join(out, 'index.js'),
    bundle: true,
    platform: 'node',
    // WeChat's cloud function runtime offers Node 16 at the oldest.
    target: 'node16',
    format: 'cjs',
    external: ['wx-server-sdk'],
    tsconfig: resolve(root, '..', 'tsconfig.json'),
    legalComments: 'none',
    // Smaller bundles start faster on a cold start; names stay for readable stack traces in logs.
    minify: true,
    keepNames: true,
    sourcemap: false,
    logLevel: 'warning',
  })
  const pkg = {
    name,
    version: '1.0.0',
    private: true,
    main: 'index.js',
    dependencies: { 'wx-server-sdk': SDK_VERSION },
  }
  writeFileSync(join(out, 'package.json'), JSON.stringify(pkg, null, 2) + '\n')
  const configFile = join(srcDir, name, 'config.json')
  const config = existsSync(configFile)
    ? readFileSync(configFile, 'utf8')
    : '{ "permissions": { "openapi": [] } }\n'
  writeFileSync(join(out, 'config.json'), config)
}

export async function buildFunctions(only?: string[]): Promise<string[]> {
  const names = listFunctionSources().filter((n) => !only || only.includes(n))
  await Promise.all(names.map(buildOne))
  return names
}

if (require.main === module) {
  const started = Date.now()
  buildFunctions(process.argv.slice(2).length ? process.argv.slice(2) : undefined)
    .then((names) =>
      console.log(
        `built ${names.length} function(s) in ${Date.now() - started} ms: ${names.join(', ')} → cloudfunctions/dist/`,
      ),
    )
    .catch((err) => {
      console.error(err)
      process.exit(1)
    })
}
