// Runs the built function bundles in THIS process — started by runtime-host.ts with another Node
// (the Node 24 of 云函数 V2) — against a local cloud listening elsewhere. The database goes through
// wx-server-sdk's own HTTP path (TCB_CONTEXT_CNFG.URL → /admin); the platform calls the local cloud
// emulates (storage, openapi, callFunction) are forwarded to /admin/platform. Imports nothing native.
import { join } from 'node:path'
import { fromWire, toWire } from './wire-buffers'

interface RunMessage {
  id: number
  fn: string
  event: unknown
  env: Record<string, string>
}

type Main = (event: unknown, context: Record<string, unknown>) => unknown

const functionsDir = process.env.ZHUCUN_FUNCTIONS_DIR ?? ''
const baseUrl = process.env.ZHUCUN_CLOUD_URL ?? ''
let current: { fn: string; openid: string } = { fn: '', openid: '' }

async function forward(call: string, arg: unknown, api?: string): Promise<unknown> {
  const res = await fetch(`${baseUrl}/admin/platform`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ fn: current.fn, openid: current.openid, call, api, arg: toWire(arg) }),
  })
  const body = (await res.json()) as {
    ok: boolean
    result?: unknown
    error?: { name?: string; message: string; errCode?: number; errMsg?: string }
  }
  if (body.ok) return fromWire(body.result)
  const err = Object.assign(new Error(body.error?.message ?? '平台调用失败'), {
    errCode: body.error?.errCode,
    errMsg: body.error?.errMsg,
  })
  err.name = body.error?.name ?? 'Error'
  throw err
}

function installForwarding(): void {
  const sdk = require('wx-server-sdk') as Record<string, unknown>
  for (const call of ['callFunction', 'uploadFile', 'downloadFile', 'getTempFileURL', 'deleteFile'])
    sdk[call] = (arg: unknown) => forward(call, arg)
  sdk.openapi = new Proxy(
    {},
    {
      get: (_t, group) =>
        new Proxy(
          {},
          {
            get: (_u, method) => (arg: unknown) =>
              forward('openapi', arg, `${String(group)}.${String(method)}`),
          },
        ),
    },
  )
}

const mains = new Map<string, Main>()
function load(fn: string): Main {
  let main = mains.get(fn)
  if (!main) {
    main = (require(join(functionsDir, fn, 'index.js')) as { main: Main }).main
    mains.set(fn, main)
  }
  return main
}

/** One invocation at a time, as one function instance serves one request: its env is process.env. */
let queue = Promise.resolve()
async function run(msg: RunMessage): Promise<void> {
  const saved = { ...process.env }
  Object.assign(process.env, msg.env)
  current = { fn: msg.fn, openid: msg.env.WX_OPENID ?? '' }
  try {
    const result = await load(msg.fn)(msg.event, { request_id: `node24-${msg.id}`, function_name: msg.fn })
    process.send?.({ id: msg.id, ok: true, result: result ?? null })
  } catch (err) {
    process.send?.({
      id: msg.id,
      ok: false,
      error: err instanceof Error ? `${err.name}: ${err.message}` : String(err),
    })
  } finally {
    for (const key of Object.keys(msg.env)) if (!(key in saved)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}

installForwarding()
process.on('message', (msg: RunMessage) => {
  queue = queue.then(() => run(msg))
})
process.send?.({ ready: process.version })
