import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { LocalDatabase, loadCollections } from '../../emulator/db/local-database'
import { makeScratchDir } from '../../emulator/scratch-dir'

const ROOT = join(__dirname, '..', '..')
const CLI = join(ROOT, 'emulator', 'cli', 'main.ts')
// Cadres of the demo seed who may check in (village roles with a dev identity).
const CADRES = [
  'demo-secretary',
  'demo-member',
  'demo-village',
  'demo-pairing',
  'demo-secretary-b',
  'demo-multi',
]

/** `node --import tsx` keeps the server one process, so SIGKILL really kills it. */
function startServer(dir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI, 'serve', '--port', '0', '--data', dir, '--no-timers'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60000)
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const m = /App:\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1] })
      }
    })
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)))
  })
}

/** A check-in far from every village: it is stored (not counted), so every acknowledged call is one record. */
function checkIn(url: string, openid: string, clientId: string) {
  const input = {
    clientId,
    lat: 30.5,
    lng: 114.3,
    accuracy: 20,
    coordType: 'wgs84',
    capturedAt: new Date().toISOString(),
    deviceId: `dev-${openid}`,
  }
  return fetch(`${url}/fn/presence`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dev-openid': openid },
    body: JSON.stringify({ action: 'checkIn', input }),
  })
}

describe('durability under load', () => {
  test('after SIGKILL during concurrent check-ins, every acknowledged write is there exactly once', async () => {
    const dir = makeScratchDir('durable')
    execFileSync(process.execPath, ['--import', 'tsx', CLI, 'seed', '--dir', dir], {
      cwd: ROOT,
      stdio: 'ignore',
    })
    const { child, url } = await startServer(dir)
    const acknowledged: string[] = []
    let stop = false
    const client = async (c: number) => {
      for (let n = 0; !stop; n++) {
        const clientId = `durable-${c}-${n}-${Date.now().toString(36)}`
        try {
          const res = await checkIn(url, CADRES[c % CADRES.length], clientId)
          const body = (await res.json()) as { ok: boolean; data?: { duplicate: boolean } }
          if (res.status === 200 && body.ok && body.data && !body.data.duplicate) acknowledged.push(clientId)
        } catch {
          return // the server is gone: whatever was not answered was never acknowledged
        }
      }
    }
    const clients = Array.from({ length: 6 }, (_, c) => client(c))
    // Kill it mid-load: once writes are flowing (a loaded machine takes longer to answer the first ones),
    // at a random moment.
    const flowing = Date.now()
    while (acknowledged.length < 25 && Date.now() - flowing < 60_000)
      await new Promise((r) => setTimeout(r, 50))
    await new Promise((r) => setTimeout(r, Math.random() * 2000))
    child.kill('SIGKILL')
    stop = true
    await Promise.all(clients)
    expect(acknowledged.length).toBeGreaterThan(20)

    // Reopen the same files, as a restarted local cloud does.
    const restarted = await startServer(dir)
    restarted.child.kill('SIGTERM')
    await new Promise((r) => restarted.child.on('exit', r))
    const db = new LocalDatabase({ file: join(dir, 'db.sqlite'), collections: loadCollections() })
    const stored = db
      .find('presence_checkins', { clientId: { $regex: '^durable-' } })
      .map((d) => String(d.clientId))
    db.close()
    const counts = new Map<string, number>()
    for (const id of stored) counts.set(id, (counts.get(id) ?? 0) + 1)
    const missing = acknowledged.filter((id) => !counts.has(id))
    const doubled = [...counts].filter(([, n]) => n > 1)
    expect({ missing, doubled }).toEqual({ missing: [], doubled: [] })
  }, 120000)
})
