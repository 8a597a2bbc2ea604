/**
 * `setData` as WeChat applies it: each key is a path (`root.cn.[0].cn.[2].v`, `list[3].name`) into
 * the page's data; the payload crosses to the render layer as JSON, which is what the budget counts.
 */

type Container = Record<string, unknown> | unknown[]

const TOKEN = /\[(\d+)\]|([^.[\]]+)/g

export function parsePath(path: string): Array<string | number> {
  const parts: Array<string | number> = []
  for (const m of path.matchAll(TOKEN)) parts.push(m[1] !== undefined ? Number(m[1]) : m[2])
  return parts
}

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null

/** Applies one `setData` payload to `data` in place (values are copied, as they cross as JSON). */
export function applySetData(data: Record<string, unknown>, payload: Record<string, unknown>): void {
  for (const [path, raw] of Object.entries(payload)) {
    const value = raw === undefined ? undefined : (JSON.parse(JSON.stringify(raw)) as unknown)
    const parts = parsePath(path)
    let node: Container = data
    for (let i = 0; i < parts.length - 1; i++) {
      const key = parts[i]
      const next: unknown = (node as Record<string | number, unknown>)[key]
      if (isContainer(next)) {
        node = next
      } else {
        const made: Container = typeof parts[i + 1] === 'number' ? [] : {}
        ;(node as Record<string | number, unknown>)[key] = made
        node = made
      }
    }
    ;(node as Record<string | number, unknown>)[parts[parts.length - 1]] = value
  }
}

/** Bytes of the payload as it is sent to the render layer. */
export function payloadBytes(payload: Record<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(payload), 'utf8')
}
