import path from 'node:path'
import HtmlWebpackPlugin from 'html-webpack-plugin'
import type { Chunk, ChunkGroup, Compilation, Compiler } from 'webpack'
import { earlyCallScript } from './early-call-script'

/** The first page a signed-in cadre sees: its chunks are fetched with the entry scripts, not after them. */
const FIRST_PAGE = path.join(__dirname, '..', 'src', 'pages', 'home', 'index')

/**
 * The chunk of the schemas the first page calls with (`org.getWorkbench`), named in
 * src/services/action-tables.ts: without a preload it is asked for only when the page calls.
 */
const FIRST_CALL_CHUNK = 'api-org'

/** Every chunk the first page's route loads (its async chunk group) and its first call's, scripts and styles. */
function firstPageFiles(compilation: Compilation): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>()
  const styles = new Set<string>()
  const addGroup = (group: ChunkGroup) =>
    group.chunks.forEach((c: Chunk) =>
      c.files.forEach((f) => {
        if (f.endsWith('.js')) scripts.add(f)
        else if (f.endsWith('.css')) styles.add(f)
      }),
    )
  for (const module of compilation.modules) {
    // A page module may be hoisted into a concatenated module, whose identifier starts with its root's.
    if (!module.identifier().includes(FIRST_PAGE + '.')) continue
    for (const chunk of compilation.chunkGraph.getModuleChunks(module)) {
      if (chunk.canBeInitial()) continue
      for (const group of chunk.groupsIterable) addGroup(group)
    }
  }
  const firstCall = compilation.namedChunkGroups.get(FIRST_CALL_CHUNK)
  if (firstCall) addGroup(firstCall)
  return { scripts: [...scripts].sort(), styles: [...styles].sort() }
}

/**
 * Adds `<link rel="preload">` for the first page's chunks to index.html, and the early first call. Without it the browser learns
 * of them only after the entry scripts have downloaded and run: on a 300 ms, 800 kbit/s link that is
 * about two seconds of an idle line (docs/bench/first-load.md).
 */
export class PreloadPlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('PreloadPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadPlugin', (data) => {
        const publicPath = String(compilation.outputOptions.publicPath ?? '/')
        const { scripts, styles } = firstPageFiles(compilation)
        const link = (file: string, as: 'script' | 'style') =>
          HtmlWebpackPlugin.createHtmlTagObject('link', { rel: 'preload', as, href: publicPath + file })
        data.headTags.push(...styles.map((f) => link(f, 'style')), ...scripts.map((f) => link(f, 'script')))
        // The first call, started before the scripts that would make it have arrived.
        const apiBase = (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')
        data.headTags.unshift(HtmlWebpackPlugin.createHtmlTagObject('script', {}, earlyCallScript(apiBase)))
        return data
      })
    })
  }
}
