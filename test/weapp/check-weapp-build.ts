/**
 * Checks a build without WeChat DevTools (none exists for Linux): every page of app.json has its files,
 * the privacy declarations are there, and the packages stay inside our size budgets. Also measures the
 * JS the H5 build loads for its first page.
 *
 * CLI: `tsx test/weapp/check-weapp-build.ts [dist/weapp] [dist/h5]` prints the sizes, exits 1 on failure.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import { FUNCTION_NAMES } from '../../types/api'

export const KB = 1024
/**
 * Our budgets, well under WeChat's limits (2 MB main, 2 MB per subpackage, 30 MB total). The main
 * package was 700 KB until the privacy consent gate (国办函〔2026〕12号, 个人信息保护法) had to sit
 * in it, before the workbench's check-in asks for location: 707 KB on 6 December 2026. Then 800 KB:
 * the main package's common chunk holds the whole contract (zod and every action's schemas), and the
 * 2026 work added two functions (monitor, task) and the term, leave and monitoring schemas — 769 KB
 * the same day. Then 770 KB: the app loads each function's schemas on its first call
 * (src/services/action-tables.ts), but Taro 4.2 turns `import()` into `require()` in a mini-program
 * (no loading across subpackages), so every function's schemas stay in the main package, built only
 * when first used — 754 KB. Only the browser build loads them as separate chunks.
 */
export const BUDGETS = { mainKB: 770, subpackageKB: 1024, totalKB: 3 * 1024, h5FirstPageGzipKB: 250 }

export interface CheckResult {
  /** Number of individual checks made; `failures.length` of them failed. */
  checks: number
  failures: string[]
  /** Human-readable measurements, one per line. */
  report: string[]
}

interface AppJson {
  pages?: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
  subpackages?: Array<{ root: string; pages: string[] }>
  requiredPrivateInfos?: string[]
  permission?: Record<string, { desc?: string }>
  __usePrivacyCheck__?: boolean
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name)
    return entry.isDirectory() ? listFiles(full) : [full]
  })
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`

export function checkWeappBuild(distDir: string): CheckResult {
  const result: CheckResult = { checks: 0, failures: [], report: [] }
  const check = (ok: boolean, failure: string) => {
    result.checks += 1
    if (!ok) result.failures.push(failure)
  }
  const appJsonPath = join(distDir, 'app.json')
  check(existsSync(appJsonPath), `${appJsonPath} is missing: build with \`npm run build:weapp\` first`)
  if (!existsSync(appJsonPath)) return result
  const app = JSON.parse(readFileSync(appJsonPath, 'utf8')) as AppJson
  const subPackages = app.subPackages ?? app.subpackages ?? []

  const pages = [
    ...(app.pages ?? []),
    ...subPackages.flatMap((sp) => sp.pages.map((p) => `${sp.root.replace(/\/$/, '')}/${p}`)),
  ]
  check(pages.length > 0, 'app.json lists no pages')
  for (const page of pages) {
    for (const ext of ['js', 'wxml', 'json']) {
      check(existsSync(join(distDir, `${page}.${ext}`)), `page ${page} has no .${ext} file`)
    }
  }
  check(
    (app.requiredPrivateInfos ?? []).includes('getLocation'),
    'app.json requiredPrivateInfos lacks getLocation',
  )
  check(
    Boolean(app.permission?.['scope.userLocation']?.desc),
    "app.json permission['scope.userLocation'].desc is missing",
  )
  check(
    app.__usePrivacyCheck__ === true,
    'app.json __usePrivacyCheck__ is not true (the privacy-consent flow)',
  )

  // Source maps are never uploaded; everything else in the folder is.
  const files = listFiles(distDir).filter((f) => !f.endsWith('.map'))
  const roots = subPackages.map((sp) => sp.root.replace(/\/$/, ''))
  const sizes = new Map<string, number>([['main', 0], ...roots.map((r): [string, number] => [r, 0])])
  for (const file of files) {
    const rel = relative(distDir, file).split(sep).join('/')
    const owner = roots.find((r) => rel.startsWith(`${r}/`)) ?? 'main'
    sizes.set(owner, (sizes.get(owner) ?? 0) + statSync(file).size)
  }
  const total = [...sizes.values()].reduce((a, b) => a + b, 0)
  const main = sizes.get('main') ?? 0
  result.report.push(`weapp main package: ${kb(main)} (budget ${BUDGETS.mainKB} KB)`)
  check(main <= BUDGETS.mainKB * KB, `main package is ${kb(main)}, over ${BUDGETS.mainKB} KB`)
  for (const root of roots) {
    const size = sizes.get(root) ?? 0
    result.report.push(`weapp subpackage ${root}: ${kb(size)} (budget ${BUDGETS.subpackageKB} KB)`)
    check(
      size <= BUDGETS.subpackageKB * KB,
      `subpackage ${root} is ${kb(size)}, over ${BUDGETS.subpackageKB} KB`,
    )
  }
  result.report.push(`weapp total: ${kb(total)} (budget ${BUDGETS.totalKB} KB)`)
  check(total <= BUDGETS.totalKB * KB, `whole weapp build is ${kb(total)}, over ${BUDGETS.totalKB} KB`)
  return result
}

const gzipSize = (file: string) => gzipSync(readFileSync(file)).length

/** The `src` of every script tag, or the `href` of every `<link rel="preload" as="script">`. */
function scriptsOf(html: string, kind: 'script' | 'preload'): string[] {
  if (kind === 'script') return [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1])
  return [...html.matchAll(/<link[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => tag.includes('rel="preload"') && tag.includes('as="script"'))
    .map((tag) => /href="([^"]+)"/.exec(tag)?.[1] ?? '')
    .filter(Boolean)
}

/**
 * JS for the first page: the scripts index.html loads and the chunks it preloads, which are the first
 * page's and those of the one function it calls (config/preload-plugin.ts). Each function's schemas
 * are a chunk of their own (`api-<function>`, src/services/action-tables.ts): the first page must load
 * `org`'s and no other function's.
 */
export function checkH5Build(distDir: string): CheckResult {
  const result: CheckResult = { checks: 0, failures: [], report: [] }
  const check = (ok: boolean, failure: string) => {
    result.checks += 1
    if (!ok) result.failures.push(failure)
  }
  const indexPath = join(distDir, 'index.html')
  check(existsSync(indexPath), `${indexPath} is missing: build with \`npm run build:h5\` first`)
  if (!existsSync(indexPath)) return result
  const html = readFileSync(indexPath, 'utf8')
  const toFile = (src: string) => join(distDir, src.replace(/^\//, ''))
  const entry = scriptsOf(html, 'script').map(toFile)
  const preloaded = scriptsOf(html, 'preload').map(toFile)
  const jsDir = join(distDir, 'js')
  const chunks = existsSync(jsDir) ? readdirSync(jsDir).filter((f) => f.endsWith('.js')) : []
  for (const fn of FUNCTION_NAMES) {
    check(
      chunks.some((f) => f.startsWith(`api-${fn}.`)),
      `no chunk api-${fn}.*.js: the ${fn} schemas are not loaded on their own`,
    )
  }
  const apiChunks = preloaded.map((f) => /[\\/]api-([a-z]+)\.[^\\/]*\.js$/.exec(f)?.[1]).filter(Boolean)
  check(
    apiChunks.join(',') === 'org',
    `the first page preloads the schemas of ${apiChunks.join(', ') || 'no function'}, not org's alone`,
  )
  let total = 0
  for (const file of [...entry, ...preloaded].filter(existsSync)) {
    const gz = gzipSize(file)
    total += gz
    result.report.push(`h5 ${relative(distDir, file)}: ${kb(statSync(file).size)}, ${kb(gz)} gzipped`)
  }
  result.report.push(`h5 first page JS: ${kb(total)} gzipped (budget ${BUDGETS.h5FirstPageGzipKB} KB)`)
  check(
    total <= BUDGETS.h5FirstPageGzipKB * KB,
    `H5 first page loads ${kb(total)} of JS gzipped, over ${BUDGETS.h5FirstPageGzipKB} KB`,
  )
  return result
}

if (require.main === module) {
  const root = resolve(__dirname, '..', '..')
  const weapp = checkWeappBuild(resolve(process.argv[2] ?? join(root, 'dist', 'weapp')))
  const h5 = checkH5Build(resolve(process.argv[3] ?? join(root, 'dist', 'h5')))
  for (const r of [weapp, h5]) {
    r.report.forEach((line) => console.log(line))
    r.failures.forEach((f) => console.error(`✗ ${f}`))
  }
  const failed = weapp.failures.length + h5.failures.length
  console.log(`${weapp.checks + h5.checks - failed} passed, ${failed} failed`)
  process.exitCode = failed > 0 ? 1 : 0
}
