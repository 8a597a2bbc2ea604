// Durability: a child process writes through the SDK and prints each acknowledged id; we kill it
// with SIGKILL at a random moment, reopen the file and expect every acknowledged write, once.
import { spawn } from 'child_process'
import * as fs from 'fs'
import * as path from 'path'
import { LocalDatabase } from '../../../emulator/db/local-database'
import { CRASH_COLLECTIONS } from './crash-collections'
import { tempDir } from './harness'

const REPO = path.resolve(__dirname, '..', '..', '..')

function runAndKill(file: string, killAfterAcks: number): Promise<Array<{ id: string; seq: number }>> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` keeps the writer in ONE process: the tsx CLI would fork a grandchild
    // that survives our SIGKILL.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'crash-writer.ts'), file],
      {
        cwd: REPO,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    const guard = setTimeout(() => child.kill('SIGKILL'), 25_000) // never leave it running
    let buffered = ''
    let stderr = ''
    const acks: Array<{ id: string; seq: number }> = []
    let killed = false
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8')
      const lines = buffered.split('\n')
      buffered = lines.pop() ?? '' // a torn last line was never fully acknowledged
      for (const line of lines) {
        const m = /^ACK (\S+) (\d+)$/.exec(line)
        if (m) acks.push({ id: m[1], seq: Number(m[2]) })
      }
      if (!killed && acks.length >= killAfterAcks) {
        killed = true
        child.kill('SIGKILL')
      }
    })
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
    child.on('exit', (_code, signal) => {
      clearTimeout(guard)
      if (signal === 'SIGKILL' && killed) resolve(acks)
      else reject(new Error(`writer exited on its own (${String(_code)}): ${stderr}`))
    })
  })
}

it('keeps every acknowledged write, exactly once, after the writer is killed with SIGKILL', async () => {
  const dir = tempDir('crash')
  const file = path.join(dir, 'db.sqlite')
  try {
    const killAfter = 100 + Math.floor(Math.random() * 2000)
    const acks = await runAndKill(file, killAfter)
    expect(acks.length).toBeGreaterThanOrEqual(killAfter)
    expect(fs.existsSync(file)).toBe(true)

    const db = new LocalDatabase({ file, collections: CRASH_COLLECTIONS })
    try {
      const stored = db.find('journal')
      const byId = new Map<unknown, number>()
      for (const d of stored) byId.set(d._id, (byId.get(d._id) ?? 0) + 1)
      for (const ack of acks) {
        expect(byId.get(ack.id)).toBe(1)
      }
      // No write is duplicated, acknowledged or not: each (seq, part) appears once.
      const keys = stored.map((d) => `${String(d.seq)}/${String(d.part)}`)
      expect(new Set(keys).size).toBe(keys.length)
      // The counter is at least as new as the last acknowledged single add.
      const lastSingle = Math.max(...acks.filter((a) => a.seq % 5 !== 0).map((a) => a.seq))
      expect(db.find('counters', { _id: 'c' })[0].last as number).toBeGreaterThanOrEqual(lastSingle)
    } finally {
      db.close()
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
})
