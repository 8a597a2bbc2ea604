import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import webpack from 'webpack'
import type Chain from 'webpack-chain'
import devConfig from './dev'
import { PrecachePlugin } from './precache-plugin'
import { PreloadPlugin } from './preload-plugin'
import prodConfig from './prod'

const root = path.resolve(__dirname, '..')

// The shared contract lives outside src/, and Taro only transpiles src/ and Taro's own packages.
// zod itself (ES2020 syntax) is left to WeChat's upload-time ES6 transform; babel on it cost build time.
const compileInclude = [path.join(root, 'types')]

/** zod and the contract: the mini-program keeps them in one chunk, hoisted into one scope (see below). */
function contractModule(module: { resource?: string }): boolean {
  const file = module.resource ?? ''
  return /node_modules[\\/]zod[\\/]/.test(file) || file.startsWith(path.join(root, 'types') + path.sep)
}

/** What every call needs: zod (in one scope with the contract's `z`, see mini) and the input check. */
const callCore = ['zod.ts', 'errors.ts', path.join('api', 'validate.ts')].map((f) =>
  path.join(root, 'types', f),
)

/**
 * The browser build's shared contract chunk holds only what every call needs. The rest of `types/`
 * goes with the pages that use it, and the functions' action schemas into their `api-<function>`
 * chunks, which the app loads per function on its first call (src/services/action-tables.ts): the first
 * page runs `org`'s schemas and its own domain rules, not every function's and page's.
 */
function sharedContractModule(module: { resource?: string }): boolean {
  const file = module.resource ?? ''
  return /node_modules[\\/]zod[\\/]/.test(file) || callCore.includes(file)
}

/**
 * zod's `z` namespace re-exports every locale (270 KB) and the contract imports the CommonJS zh-CN
 * (for jest), which drags in CommonJS copies of zod's core: both are swapped for the ES modules the
 * app needs, in both builds.
 */
function trimZod(chain: Chain): void {
  chain
    .plugin('zod-locales')
    .use(webpack.NormalModuleReplacementPlugin, [
      /zod[\\/]v4[\\/]locales[\\/]index\.js$/,
      path.join(__dirname, 'zod-locales.js'),
    ])
  chain
    .plugin('zod-zh-cn')
    .use(webpack.NormalModuleReplacementPlugin, [
      /zod[\\/]v4[\\/]locales[\\/]zh-CN\.cjs$/,
      require.resolve('zod/v4/locales/zh-CN.js'),
    ])
}

/** The contract's action summaries are for the CLI and docs, not screens (see the loader). */
function stripSummaries(chain: Chain): void {
  chain.module
    .rule('strip-summaries')
    .test(/\.ts$/)
    .include.add(path.join(root, 'types', 'api'))
    .end()
    .enforce('pre')
    .use('strip-summaries')
    .loader(path.join(__dirname, 'strip-summaries-loader.js'))
}

/**
 * NutUI's icons are `<i>` elements, which have no mini-program template (nothing is drawn): the
 * weapp build swaps the icons' settings module for one that makes them `view`s. Swapping the module
 * keeps the chunk graph as it is; calling the icons' `configure()` from app.ts broke Taro's chunk
 * split (a build error, or pages whose modules were missing at run time).
 */
function nativeIcons(chain: Chain): void {
  chain
    .plugin('nutui-icon-tag')
    .use(webpack.NormalModuleReplacementPlugin, [
      /@nutui[\\/]icons-react-taro[\\/]dist[\\/]es[\\/]icons[\\/]internal\.js$/,
      path.join(__dirname, 'nutui-icons-internal.js'),
    ])
}

/** Adds cache groups to the split-chunks settings Taro already made, keeping Taro's own groups. */
function addCacheGroups(chain: Chain, groups: Record<string, object>): void {
  const splitChunks = (chain.optimization.get('splitChunks') ?? {}) as {
    cacheGroups?: Record<string, unknown>
  }
  chain.optimization.splitChunks({ ...splitChunks, cacheGroups: { ...splitChunks.cacheGroups, ...groups } })
}

/** Values inlined as `process.env.KEY`; only TARO_APP_* keys, read once here at build time. */
const appEnv = {
  // WeChat cloud environment id for the weapp build; empty means the default environment.
  TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
  // Base URL of the local cloud for the H5 build; empty means the page's own origin.
  TARO_APP_API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE ?? ''),
}

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'zhucun',
    date: '2025-11-22',
    // NutUI is drawn at 375 px; our own styles at 750 px (see DESIGN §4).
    designWidth(input) {
      const file = typeof input === 'object' && input !== null ? (input as { file?: string }).file : undefined
      return file && file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: appEnv,
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: true },
    alias: { '@contract': path.join(root, 'types') },
    mini: {
      compile: { include: compileInclude },
      // NutUI's per-component stylesheets do not depend on each other's order.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        trimZod(chain)
        stripSummaries(chain)
        nativeIcons(chain)
        // webpack tracks which zod members are used only inside one hoisted scope: the contract's
        // `import { z } from 'zod'; z.config(); export { z }` otherwise keeps all of zod (460 KB with
        // every locale). So zod and the contract share the `common` chunk, and scope hoisting is on.
        chain.optimization.concatenateModules(true)
        addCacheGroups(chain, {
          contract: { name: 'common', test: contractModule, priority: 50, minChunks: 1, enforce: true },
        })
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: compileInclude },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        trimZod(chain)
        stripSummaries(chain)
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own zod and
        // NutUI. Share them: zod with `types/zod.ts` in one scope (see mini), the rest between pages.
        addCacheGroups(chain, {
          contract: {
            name: 'contract',
            chunks: 'async',
            test: sharedContractModule,
            priority: 50,
            minChunks: 1,
            enforce: true,
          },
          // Unnamed, so shared modules are grouped by which pages use them and the first page loads only its own.
          // Taro sets minSize 0, which made 20 chunks under 2 KB for the first page alone: each is a round
          // trip on a 300 ms link, so shared groups below 16 KB stay inside the pages that use them.
          pageCommon: {
            chunks: 'async',
            minChunks: 2,
            priority: 5,
            reuseExistingChunk: true,
            minSize: 16000,
          },
        })
        // The service worker that keeps every page for use without signal (docs/offline.md).
        chain.plugin('precache').use(PrecachePlugin)
        // The first page's chunks start downloading with the entry scripts (docs/bench/first-load.md).
        chain.plugin('preload').use(PreloadPlugin)
      },
    },
  }

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
