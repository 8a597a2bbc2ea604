import type { UserConfigExport } from '@tarojs/cli'

// Production uses Taro's defaults (minified JS and CSS); kept as a seam for size tooling later.
export default {
  mini: {},
  h5: {},
} satisfies UserConfigExport<'webpack5'>
