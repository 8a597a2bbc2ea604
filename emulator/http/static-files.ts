import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'
import type { FastifyInstance, FastifyReply } from 'fastify'

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

function sendFile(reply: FastifyReply, file: string): FastifyReply {
  const type = TYPES[extname(file)] ?? 'application/octet-stream'
  // Hashed assets may be cached; index.html must not, or a rebuild is not seen.
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=300'
  return reply.type(type).header('cache-control', cache).send(readFileSync(file))
}

/** Serves a built folder under a prefix; unknown paths get its index.html (hash router). */
export function serveFolder(app: FastifyInstance, prefix: string, folder: string, missingHint: string): void {
  const root = resolve(folder)
  app.get(`${prefix}*`, async (req, reply) => {
    const rel = decodeURIComponent(req.url.split('?')[0].slice(prefix.length)) || 'index.html'
    const full = resolve(root, rel)
    if (full !== root && !full.startsWith(root + sep)) return reply.code(400).send({ error: { code: 'invalid-argument', message: '路径越界' } })
    if (existsSync(full) && statSync(full).isFile()) return sendFile(reply, full)
    const index = resolve(root, 'index.html')
    if (existsSync(index)) return sendFile(reply, index)
    return reply.code(404).type('text/plain; charset=utf-8').send(missingHint)
  })
}
