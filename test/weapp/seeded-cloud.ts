/**
 * A local cloud with a seed loaded. Generating the county seed takes ~25 s, so its SQLite file is
 * kept in `.cache/` (keyed by the seed generators and the collection declarations) and copied into
 * a fresh data folder for each run.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs'
import Sqlite from 'better-sqlite3'
import { join } from 'node:path'
import { LocalDatabase, loadCollections } from '../../emulator/db/local-database'
import { LocalCloud, REPO_ROOT } from '../../emulator/local-cloud'
import { seedScale } from '../../emulator/seed/load-seed'
import { makeScratchDir } from '../../emulator/scratch-dir'

function seedKey(): string {
  const hash = createHash('sha256')
  const seedDir = join(REPO_ROOT, 'emulator', 'seed')
  for (const f of readdirSync(seedDir).sort()) hash.update(f).update(readFileSync(join(seedDir, f)))
  hash.update(readFileSync(join(REPO_ROOT, 'database', 'collections.json')))
  return hash.digest('hex').slice(0, 16)
}

export function seededCloud(scale: 'demo' | 'county'): LocalCloud {
  if (scale === 'demo') {
    const cloud = LocalCloud.create()
    seedScale(cloud.db, 'demo')
    return cloud
  }
  const cacheDir = join(REPO_ROOT, '.cache', 'county-seed', seedKey())
  const cached = join(cacheDir, 'db.sqlite')
  if (!existsSync(cached)) {
    // The database alone (a process holds one local cloud): written beside, then moved into place.
    mkdirSync(cacheDir, { recursive: true })
    const tmp = `${cached}.${process.pid}.tmp`
    const db = new LocalDatabase({ file: tmp, collections: loadCollections() })
    seedScale(db, 'county')
    db.close()
    // The store's background checkpointer may still hold the file as it stops: fold the write-ahead
    // log into the file itself, or the renamed copy would lack what the log still held.
    // It may also hold the write lock a little longer on a busy machine: wait for it, not 5 s.
    const raw = new Sqlite(tmp, { timeout: 60_000 })
    raw.pragma('wal_checkpoint(TRUNCATE)')
    raw.pragma('journal_mode = DELETE')
    raw.close()
    renameSync(tmp, cached)
    // Seeds of earlier generators are 600–800 MB each and never read again.
    for (const key of readdirSync(join(cacheDir, '..')))
      if (join(cacheDir, '..', key) !== cacheDir)
        rmSync(join(cacheDir, '..', key), { recursive: true, force: true })
  }
  const dataDir = makeScratchDir('weapp')
  copyFileSync(cached, join(dataDir, 'db.sqlite'))
  return LocalCloud.create({ dataDir })
}
