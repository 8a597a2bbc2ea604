/**
 * JSON Lines in the WeChat console's import format: one document a line, dates as {"$date": ISO}.
 * The same files load into the local cloud and into a real environment.
 */
export type SeedDoc = Record<string, unknown>

function encode(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() }
  if (Array.isArray(value)) return value.map(encode)
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]))
  return value
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode)
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const keys = Object.keys(obj)
    if (keys.length === 1 && keys[0] === '$date') {
      const raw = obj.$date
      const inner = raw && typeof raw === 'object' ? (raw as { $numberLong?: string }).$numberLong : raw
      return new Date(
        typeof inner === 'string' && /^\d+$/.test(inner) ? Number(inner) : (inner as string | number),
      )
    }
    return Object.fromEntries(keys.map((k) => [k, decode(obj[k])]))
  }
  return value
}

export function toJsonLines(docs: SeedDoc[]): string {
  return docs.map((d) => JSON.stringify(encode(d))).join('\n') + (docs.length ? '\n' : '')
}

export function fromJsonLines(text: string): SeedDoc[] {
  return text
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => decode(JSON.parse(line)) as SeedDoc)
}
