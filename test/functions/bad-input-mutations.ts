/**
 * Invalid variants of a valid input: wrong types, missing and extra fields, huge strings, negative
 * and non-finite numbers, badly formatted dates, and operator-looking objects where strings belong.
 */
export type Json = unknown

const HUGE = 'x'.repeat(200_000)
const INJECTIONS: Json[] = [{ $gt: '' }, { $ne: null }, { $where: 'sleep(1000)' }]

function stringVariants(value: string): Json[] {
  const out: Json[] = [12345, null, true, [], '', HUGE, ...INJECTIONS]
  if (/^\d{4}-\d{2}(-\d{2})?/.test(value)) out.push('2026/11/22', '2026-13-45', '20261122', 'yesterday')
  return out
}

function variantsOf(value: Json): Json[] {
  if (typeof value === 'string') return stringVariants(value)
  if (typeof value === 'number')
    return ['12', null, -1, -1e9, Number.NaN, Number.POSITIVE_INFINITY, 1e308, 0.5, { $gt: 0 }]
  if (typeof value === 'boolean') return ['true', 1, null, { $ne: false }]
  if (Array.isArray(value))
    return ['not-an-array', null, [{ $gt: '' }], Array.from({ length: 5000 }, () => value[0] ?? 'x')]
  if (value && typeof value === 'object') return ['x', [], 42]
  return [{ $gt: '' }]
}

function setAt(root: Json, path: Array<string | number>, leaf: Json | typeof REMOVE): Json {
  if (path.length === 0) return leaf
  const [head, ...rest] = path
  if (Array.isArray(root)) {
    const copy = [...root]
    copy[head as number] = setAt(copy[head as number], rest, leaf) as Json
    return copy
  }
  const copy = { ...(root as Record<string, Json>) }
  if (rest.length === 0 && leaf === REMOVE) delete copy[head as string]
  else copy[head as string] = setAt(copy[head as string], rest, leaf)
  return copy
}

const REMOVE = Symbol('remove')

function leaves(
  value: Json,
  path: Array<string | number> = [],
  depth = 0,
): Array<{ path: Array<string | number>; value: Json }> {
  const here = path.length ? [{ path, value }] : []
  if (depth > 3 || value === null || typeof value !== 'object') return here
  const children = Array.isArray(value)
    ? value.slice(0, 1).flatMap((v, i) => leaves(v, [...path, i], depth + 1))
    : Object.entries(value as Record<string, Json>).flatMap(([k, v]) => leaves(v, [...path, k], depth + 1))
  return [...here, ...children]
}

export interface Mutation {
  label: string
  input: Json
}

export function mutationsOf(valid: Json): Mutation[] {
  const out: Mutation[] = [
    { label: 'null input', input: null },
    { label: 'array input', input: [] },
    { label: 'string input', input: 'x' },
    { label: 'extra field', input: { ...(valid as Record<string, Json>), $where: '1 == 1' } },
    { label: 'extra nested operator', input: { ...(valid as Record<string, Json>), injected: { $gt: '' } } },
  ]
  for (const leaf of leaves(valid)) {
    const name = leaf.path.join('.')
    if (typeof leaf.path[leaf.path.length - 1] === 'string')
      out.push({ label: `missing ${name}`, input: setAt(valid, leaf.path, REMOVE) })
    for (const v of variantsOf(leaf.value))
      out.push({ label: `${name} = ${JSON.stringify(v)?.slice(0, 40)}`, input: setAt(valid, leaf.path, v) })
  }
  return out
}
