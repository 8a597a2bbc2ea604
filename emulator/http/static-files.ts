import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { compressedBody, pickEncoding } from './compression'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
}

/** Text compresses well; images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map', '.txt'])

/** webpack names long-lived files `<name>.<hex hash>.<ext>`: their content never changes under that name. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

/**
 * Hashed assets are cached for a year (a rebuild gives new names); index.html and the service worker
 * must be checked every time, or a rebuild is not seen; anything else a few minutes.
 */
export function cacheControlFor(file: string): string {
  if (file.endsWith('.html') || file.endsWith('sw.js')) return 'no-cache'
  return HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'public, max-age=300'
}

function sendFile(req: FastifyRequest, reply: FastifyReply, file: string): FastifyReply {
  const ext = extname(file)
  reply.type(TYPES[ext] ?? 'application/octet-stream').header('cache-control', cacheControlFor(file))
  if (!COMPRESSIBLE.has(ext)) return reply.send(readFileSync(file))
  reply.header('vary', 'accept-encoding')
  const encoding = pickEncoding(req.headers['accept-encoding'])
  if (!encoding) return reply.send(readFileSync(file))
  return reply.header('content-encoding', encoding).send(compressedBody(file, encoding))
}

/** Serves a built folder under a prefix; unknown paths get its index.html (hash router). */
export function serveFolder(app: FastifyInstance, prefix: string, folder: string, missingHint: string): void {
  const root = resolve(folder)
  app.get(`${prefix}*`, async (req, reply) => {
    const rel = decodeURIComponent(req.url.split('?')[0].slice(prefix.length)) || 'index.html'
    const full = resolve(root, rel)
    if (full !== root && !full.startsWith(root + sep))
      return reply.code(400).send({ error: { code: 'invalid-argument', message: '路径越界' } })
    if (existsSync(full) && statSync(full).isFile()) return sendFile(req, reply, full)
    const index = resolve(root, 'index.html')
    if (existsSync(index)) return sendFile(req, reply, index)
    return reply.code(404).type('text/plain; charset=utf-8').send(missingHint)
  })
}
