import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * Temporary folders of the local cloud and its tools. A county seed is 600–800 MB on disk: a folder left
 * behind by every test or benchmark filled the disk of a CI machine within one run. Each folder is removed
 * when its owner is done with it, or at the latest when the process exits.
 */
const live = new Set<string>()
let hooked = false

export function makeScratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `zhucun-${prefix}-`))
  live.add(dir)
  if (!hooked) {
    hooked = true
    process.once('exit', removeAllScratchDirs)
  }
  return dir
}

export function removeScratchDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
  live.delete(dir)
}

/** Jest runs each test file in a sandbox whose exit is not the process's: its setup calls this after all. */
export function removeAllScratchDirs(): void {
  for (const dir of live) removeScratchDir(dir)
}
