import { request } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import Fastify, { type FastifyInstance } from 'fastify'
import { serveFolder } from '../../emulator/http/static-files'
import { pickEncoding } from '../../emulator/http/compression'

let dir: string
let app: FastifyInstance
let base: string
const SCRIPT = `console.log(${JSON.stringify('驻村工作台 '.repeat(4000))})\n`

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhucun-static-'))
  mkdirSync(join(dir, 'js'))
  mkdirSync(join(dir, 'css'))
  writeFileSync(join(dir, 'index.html'), '<!doctype html><script src="/js/app.64d19619.js"></script>')
  writeFileSync(join(dir, 'js', 'app.64d19619.js'), SCRIPT)
  writeFileSync(join(dir, 'css', 'app.64d19619b4abc0ea5dc2.css'), 'body{color:red}'.repeat(200))
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch",()=>{})')
  writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))
  app = Fastify()
  serveFolder(app, '/', dir, 'missing')
  base = await app.listen({ host: '127.0.0.1', port: 0 })
})

afterAll(async () => {
  await app.close()
  rmSync(dir, { recursive: true, force: true })
})

interface Answer {
  headers: Record<string, string | string[] | undefined>
  rawPayload: Buffer
  payload: string
}

/** A raw GET (fetch would ask for and undo the compression itself). */
function get(path: string, acceptEncoding?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      base + path,
      { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const parts: Buffer[] = []
        res.on('data', (c: Buffer) => parts.push(c))
        res.on('end', () => {
          const rawPayload = Buffer.concat(parts)
          resolve({ headers: res.headers, rawPayload, payload: rawPayload.toString('utf8') })
        })
      },
    )
    req.on('error', reject)
    req.end()
  })
}

describe('the local server sends the built app compressed and cacheable', () => {
  test('a browser that takes brotli gets the script in brotli, much smaller and byte-identical once decoded', async () => {
    const res = await get('/js/app.64d19619.js', 'gzip, deflate, br')
    expect(res.headers['content-encoding']).toBe('br')
    expect(res.headers.vary).toBe('accept-encoding')
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10)
    expect(brotliDecompressSync(res.rawPayload).toString('utf8')).toBe(SCRIPT)
  })

  test('a client that takes only gzip gets gzip', async () => {
    const res = await get('/js/app.64d19619.js', 'gzip')
    expect(res.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(res.rawPayload).toString('utf8')).toBe(SCRIPT)
  })

  test('a client that asks for no encoding gets the plain file', async () => {
    const res = await get('/js/app.64d19619.js')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.payload).toBe(SCRIPT)
  })

  test('hashed scripts and styles are cached for a year, the page and the service worker are revalidated', async () => {
    expect((await get('/js/app.64d19619.js', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await get('/css/app.64d19619b4abc0ea5dc2.css', 'br')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    )
    expect((await get('/', 'br')).headers['cache-control']).toBe('no-cache')
    expect((await get('/sw.js', 'br')).headers['cache-control']).toBe('no-cache')
  })

  test('images are sent as they are, without compressing them again', async () => {
    const res = await get('/logo.png', 'br, gzip')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.rawPayload).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]))
  })
})

describe('choosing an encoding from Accept-Encoding', () => {
  test('brotli wins over gzip, q=0 excludes an encoding, a wildcard means gzip', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br')
    expect(pickEncoding('br;q=0, gzip;q=0.8')).toBe('gzip')
    expect(pickEncoding('*')).toBe('gzip')
    expect(pickEncoding('identity')).toBeNull()
    expect(pickEncoding(undefined)).toBeNull()
  })
})
