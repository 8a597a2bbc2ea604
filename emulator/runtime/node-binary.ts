import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * A Node binary of another major version, from the npm registry's `node-<os>-<arch>` package,
 * installed into a cache folder — never into package.json, whose bin link would shadow the
 * project's own Node for every npm script.
 */
export function nodeBinary(cacheRoot: string, major: number): string {
  const pkg = `node-${process.platform}-${process.arch}`
  const prefix = join(cacheRoot, `node${major}`)
  const bin = join(prefix, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node')
  if (!existsSync(bin)) {
    execFileSync(
      'npm',
      [
        'install',
        '--prefix',
        prefix,
        '--no-save',
        '--no-package-lock',
        '--ignore-scripts',
        `${pkg}@${major}`,
      ],
      { stdio: 'inherit' },
    )
  }
  const version = execFileSync(bin, ['-v'], { encoding: 'utf8' }).trim()
  if (!version.startsWith(`v${major}.`)) throw new Error(`${bin} 是 ${version}，不是 Node ${major}`)
  return bin
}
