import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalCloud } from '../../emulator/local-cloud'

describe('the local cloud’s data folder', () => {
  test('a folder the cloud made for itself is removed when it closes, so tests do not fill the disk', () => {
    const cloud = LocalCloud.create()
    cloud.db.insertMany('audit_log', [{ at: new Date(), summary: 'x' }])
    expect(existsSync(cloud.dataDir)).toBe(true)
    cloud.close()
    expect(existsSync(cloud.dataDir)).toBe(false)
  })

  test('a folder the cloud was given is kept with its data when it closes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhucun-given-'))
    try {
      const cloud = LocalCloud.create({ dataDir: dir })
      cloud.db.insertMany('audit_log', [{ at: new Date(), summary: 'x' }])
      cloud.close()
      expect(existsSync(join(dir, 'db.sqlite'))).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
