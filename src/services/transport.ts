import type { Transport } from './transport-types'

// Neutral default so TypeScript (and any platform without a variant) resolves `./transport`.
// Taro picks `transport.weapp.ts` or `transport.h5.ts` at build time.
function unsupported(): never {
  throw new Error(`no cloud transport for platform ${process.env.TARO_ENV ?? 'unknown'}`)
}

export const transport: Transport = {
  callFunction: async () => unsupported(),
  uploadFile: async () => unsupported(),
}
