import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Newest modification time under the given files and folders (skipping node_modules). */
export function newestMtime(paths: string[]): number {
  let newest = 0
  const visit = (p: string) => {
    if (!existsSync(p)) return
    const st = statSync(p)
    if (st.isDirectory()) {
      for (const entry of readdirSync(p)) if (entry !== 'node_modules') visit(join(p, entry))
    } else newest = Math.max(newest, st.mtimeMs)
  }
  paths.forEach(visit)
  return newest
}

/** True when `output` is missing or older than any of `inputs`. */
export function isStale(output: string, inputs: string[]): boolean {
  if (!existsSync(output)) return true
  return newestMtime(inputs) > statSync(output).mtimeMs
}
