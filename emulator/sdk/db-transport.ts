// Routes every database call of the real, unmodified wx-server-sdk into a LocalDatabase.
// All @cloudbase/database requests go through `new Db.reqClass(config).send(action, params)`;
// @cloudbase/node-sdk assigns Db.reqClass on every cloud.database() call, so we replace the
// property with an accessor whose setter ignores writes. The patched module must be the copy
// wx-server-sdk loads, hence resolution from @cloudbase/node-sdk's own location.
import * as path from 'path'
import type { LocalDatabase } from '../db/local-database'

interface DbModule {
  Db: object
}

function databaseModule(): DbModule {
  const nodeSdk = require.resolve('@cloudbase/node-sdk', {
    paths: [path.dirname(require.resolve('wx-server-sdk'))],
  })
  const file = require.resolve('@cloudbase/database', { paths: [path.dirname(nodeSdk)] })
  return require(file) as DbModule
}

/**
 * Keep the SDK off the network. With TENCENTCLOUD=true node-sdk believes it runs inside SCF and
 * skips the metadata-host lookup (metadata.tencentyun.com) it otherwise makes on every call;
 * dummy credentials stop the credential lookups of non-database paths. Verified by experiment:
 * with these set, init + every database action opens no socket.
 */
function offlineEnvironment(): void {
  process.env.TENCENTCLOUD = 'true'
  process.env.TENCENTCLOUD_SECRETID ??= 'local-secret-id'
  process.env.TENCENTCLOUD_SECRETKEY ??= 'local-secret-key'
}

export function installDbTransport(getDb: () => LocalDatabase): void {
  offlineEnvironment()
  const { Db } = databaseModule()
  class LocalRequester {
    // The SDK passes its config to the constructor; the local database needs none of it.
    constructor(_config?: unknown) {
      void _config
    }

    send(action: string, params?: Record<string, unknown>): Promise<unknown> {
      return getDb().send(action, params ?? {})
    }
  }
  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    enumerable: true,
    get: () => LocalRequester,
    set: () => {
      /* node-sdk re-assigns its HTTP requester on every cloud.database(): ignore it */
    },
  })
}
