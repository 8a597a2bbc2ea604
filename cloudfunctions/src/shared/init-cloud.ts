import * as cloud from 'wx-server-sdk'

/** Binds the SDK to the environment the function runs in; every function's index calls it first. */
export function initCloud(): void {
  // DYNAMIC_CURRENT_ENV is a symbol the SDK accepts; its typings only admit strings. The one such cast.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
}
