// Buffers cross a JSON hop (runner ⇄ local cloud) as {$base64}; both sides use these two.

export function toWire(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return { $base64: value.toString('base64') }
  if (Array.isArray(value)) return value.map(toWire)
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toWire(v)]))
  return value
}

export function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    if (typeof o.$base64 === 'string' && Object.keys(o).length === 1) return Buffer.from(o.$base64, 'base64')
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, fromWire(v)]))
  }
  return value
}
