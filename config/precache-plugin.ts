import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import webpack, { type Compiler } from 'webpack'

const SOURCE = path.join(__dirname, '..', 'src', 'sw', 'service-worker.js')
/** What a page may need without signal; source maps and licence notes are not. */
const KEEP = /\.(js|css|png|jpe?g|svg|woff2?|ttf)$/
const SKIP = /\.(map|LICENSE\.txt)$/

/**
 * Emits `sw.js` for the H5 build: the hand-written worker (src/sw/service-worker.js) with the list
 * of every built file and a version that changes when any file does. Hand-written rather than
 * Workbox: the app needs one cache, cache-first for hashed files and network-first for the page —
 * about 80 lines — where workbox-webpack-plugin brings a large dependency tree (docs/offline.md).
 */
export class PrecachePlugin {
  apply(compiler: Compiler): void {
    compiler.hooks.thisCompilation.tap('PrecachePlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'PrecachePlugin', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const publicPath = String(compilation.outputOptions.publicPath ?? '/')
          const files = Object.keys(assets)
            .filter((f) => KEEP.test(f) && !SKIP.test(f) && f !== 'sw.js')
            .sort()
          const urls = files.map((f) => publicPath + f)
          const version = createHash('sha256').update(urls.join('\n')).digest('hex').slice(0, 12)
          const head = `var PRECACHE = ${JSON.stringify(urls)};\nvar VERSION = ${JSON.stringify(version)};\n`
          compilation.emitAsset('sw.js', new webpack.sources.RawSource(head + readFileSync(SOURCE, 'utf8')))
        },
      )
    })
  }
}
