import { statSync, readFileSync } from 'node:fs'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export type Encoding = 'br' | 'gzip'

/**
 * The encoding to answer with: brotli when the browser takes it (smaller), else gzip, else none.
 * A `q=0` excludes an encoding (RFC 9110 §12.5.3).
 */
export function pickEncoding(header: string | string[] | undefined): Encoding | null {
  const raw = Array.isArray(header) ? header.join(',') : (header ?? '')
  const accepted = new Set<string>()
  for (const part of raw.toLowerCase().split(',')) {
    const [name, ...params] = part
      .trim()
      .split(';')
      .map((s) => s.trim())
    const q = params.find((p) => p.startsWith('q='))
    if (name && !(q && Number(q.slice(2)) === 0)) accepted.add(name)
  }
  if (accepted.has('br')) return 'br'
  if (accepted.has('gzip') || accepted.has('*')) return 'gzip'
  return null
}

interface Entry {
  mtimeMs: number
  size: number
  body: Buffer
}

/** Compressed once per file version (path, mtime, size) and kept: the built app is a few MB at most. */
const cache = new Map<string, Entry>()

export function compressedBody(file: string, encoding: Encoding): Buffer {
  const { mtimeMs, size } = statSync(file)
  const key = `${encoding}:${file}`
  const hit = cache.get(key)
  if (hit && hit.mtimeMs === mtimeMs && hit.size === size) return hit.body
  const raw = readFileSync(file)
  const body =
    encoding === 'br'
      ? brotliCompressSync(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        })
      : gzipSync(raw, { level: 9 })
  cache.set(key, { mtimeMs, size, body })
  return body
}
