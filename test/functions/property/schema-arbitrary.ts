/**
 * fast-check arbitraries derived from an action's input schema. We walk the JSON Schema that zod 4
 * itself emits (`z.toJSONSchema`, a public, typed API) rather than zod's private `_zod.def` internals;
 * what JSON Schema cannot say (calendar refinements, trim then min) is settled by parsing every
 * generated value with the real zod schema afterwards. zod-fast-check targets zod 3 only.
 *
 * Values mix three sources at every leaf: the valid base value of the authorization rows (so a call
 * reaches deep into its handler), real ids of the seeded cloud, and fresh values within the bounds:
 * real calendar days, months, instants and periods wherever a date pattern is asked for.
 */
import fc from 'fast-check'
import { z } from '../../../types/zod'
import { MAX_YEAR, MIN_YEAR } from '../../../types/domain/calendar'

type JsonSchema = z.core.JSONSchema.JSONSchema
type Sub = z.core.JSONSchema._JSONSchema

export interface ArbitraryContext {
  /** Real document ids of the seeded cloud: ids that exist reach further than random ones. */
  idPool: readonly string[]
}

const DAY_MS = 86_400_000
const FIRST = Date.UTC(MIN_YEAR, 0, 1)
const LAST = Date.UTC(MAX_YEAR, 11, 31)
const NEAR = Date.now()

/** A real day, mostly near today, sometimes anywhere in the supported years or on an edge. */
const dayArb: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .integer({ min: -60, max: 60 })
      .map((n) => new Date(NEAR + n * DAY_MS).toISOString().slice(0, 10)),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 0, max: Math.floor((LAST - FIRST) / DAY_MS) })
      .map((n) => new Date(FIRST + n * DAY_MS).toISOString().slice(0, 10)),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '2024-02-29',
      `${MIN_YEAR}-01-01`,
      `${MAX_YEAR}-12-31`,
      '2026-12-31',
      '2027-01-01',
    ),
  },
)
const clockArb = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m, s]) => [h, m, s].map((n) => String(n).padStart(2, '0')).join(':'))
const instantArb = fc
  .tuple(dayArb, clockArb, fc.constantFrom('Z', '.000Z', '+08:00', '-05:00', '.123+08:00'))
  .map(([d, t, z]) => `${d}T${t}${z}`)
const monthArb = dayArb.map((d) => d.slice(0, 7))
const periodArb = fc.tuple(monthArb, fc.constantFrom('', '-2m', '-3m', '-6m')).map(([m, s]) => m + s)
const CALENDARISH = fc.oneof(
  dayArb,
  monthArb,
  instantArb,
  periodArb,
  clockArb.map((t) => t.slice(0, 5)),
)

/** Strings people and attackers type: Chinese, padding, operators, prototype keys, markup, extremes. */
const ODD_TEXT = [
  '张三',
  '  李四  ',
  '$gt',
  '{"$ne":null}',
  '__proto__',
  'constructor',
  '<script>alert(1)</script>',
  '\u200b',
  '😀',
  'a\nb',
  '0',
  '-1',
  'null',
  'undefined',
]

function regexOf(pattern: string): RegExp | null {
  try {
    return new RegExp(pattern)
  } catch {
    return null
  }
}

function within(s: string, min: number, max: number): boolean {
  return [...s].length >= min && [...s].length <= max
}

function stringArb(s: JsonSchema, ctx: ArbitraryContext): fc.Arbitrary<unknown> {
  const min = s.minLength ?? 0
  const max = Math.min(s.maxLength ?? 200, 5000)
  const re = s.pattern ? regexOf(s.pattern) : null
  if (re) {
    const fits = (v: string) => re.test(v) && within(v, min, max)
    const choices: Array<fc.WeightedArbitrary<string>> = [
      { weight: 1, arbitrary: fc.stringMatching(re).filter((v) => within(v, min, max)) },
    ]
    // Only patterns that real calendar values can match get them (days, months, instants, periods).
    if (fc.sample(CALENDARISH, { numRuns: 200, seed: 1 }).some(fits))
      choices.push({ weight: 6, arbitrary: CALENDARISH.filter(fits) })
    const ids = ctx.idPool.filter(fits)
    if (ids.length > 0) choices.push({ weight: 4, arbitrary: fc.constantFrom(...ids) })
    return fc.oneof(...choices)
  }
  const odd = ODD_TEXT.filter((v) => within(v, min, max))
  const long = [max, Math.max(min, max - 1)].filter((n) => n > 0)
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: 'grapheme' }) },
    { weight: 1, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 40), unit: 'binary' }) },
    {
      weight: odd.length ? 2 : 0,
      arbitrary: odd.length ? fc.constantFrom(...odd) : fc.constant('x'.repeat(Math.max(min, 1))),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...long).chain((n) => fc.constantFrom('x'.repeat(n), '中'.repeat(n))),
    },
  )
}

function numberArb(s: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const exMin = typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined
  const exMax = typeof s.exclusiveMaximum === 'number' ? s.exclusiveMaximum : undefined
  const min = s.minimum ?? exMin ?? -1e9
  const max = s.maximum ?? exMax ?? 1e9
  if (integer) {
    const lo = Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER) + (exMin !== undefined ? 1 : 0))
    const hi = Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER) - (exMax !== undefined ? 1 : 0))
    return fc.oneof(fc.integer({ min: lo, max: hi }), fc.constantFrom(lo, hi, Math.min(Math.max(0, lo), hi)))
  }
  return fc.oneof(
    fc.double({
      min,
      max,
      noNaN: true,
      noDefaultInfinity: true,
      minExcluded: exMin !== undefined,
      maxExcluded: exMax !== undefined,
    }),
    fc.constantFrom(min, max, Math.min(Math.max(0, min), max)),
  )
}

function isSchema(s: Sub | undefined): s is JsonSchema {
  return typeof s === 'object' && s !== null
}

function fieldOf(base: unknown, key: string): unknown {
  return typeof base === 'object' && base !== null && !Array.isArray(base) && Object.hasOwn(base, key)
    ? Reflect.get(base, key)
    : undefined
}

function objectArb(s: JsonSchema, ctx: ArbitraryContext, base: unknown): fc.Arbitrary<unknown> {
  const required = new Set(s.required ?? [])
  const entries = Object.entries(s.properties ?? {}).filter((e): e is [string, JsonSchema] => isSchema(e[1]))
  const fields = entries.map(([key, sub]) => {
    const value = arbitraryFor(sub, ctx, fieldOf(base, key))
    // Optional fields are sometimes left out; a field the base carries is kept more often.
    const keep = required.has(key) ? fc.constant(true) : fc.boolean()
    return fc.tuple(fc.constant(key), keep, value)
  })
  return fc.tuple(...fields).map((parts) => {
    const out: Record<string, unknown> = {}
    for (const [key, keep, value] of parts) if (keep && value !== undefined) out[key] = value
    return out
  })
}

function arrayArb(s: JsonSchema, ctx: ArbitraryContext, base: unknown): fc.Arbitrary<unknown> {
  const item = !Array.isArray(s.items) && isSchema(s.items) ? s.items : {}
  const first = Array.isArray(base) ? base[0] : undefined
  const minLength = s.minItems ?? 0
  const maxLength = Math.max(minLength, Math.min(s.maxItems ?? 6, 6))
  return fc.array(arbitraryFor(item, ctx, first), { minLength, maxLength })
}

/** An arbitrary for values of `s`, mixing in `base` (a valid value at this place) when there is one. */
export function arbitraryFor(s: JsonSchema, ctx: ArbitraryContext, base?: unknown): fc.Arbitrary<unknown> {
  const fresh = freshFor(s, ctx, base)
  return base === undefined
    ? fresh
    : fc.oneof({ weight: 2, arbitrary: fc.constant(base) }, { weight: 3, arbitrary: fresh })
}

function freshFor(s: JsonSchema, ctx: ArbitraryContext, base: unknown): fc.Arbitrary<unknown> {
  if (s.const !== undefined) return fc.constant(s.const)
  if (s.enum) return fc.constantFrom(...s.enum)
  const alternatives = s.anyOf ?? s.oneOf
  if (alternatives) return fc.oneof(...alternatives.map((a) => freshFor(a, ctx, base)))
  switch (s.type) {
    case 'string':
      return stringArb(s, ctx)
    case 'integer':
      return numberArb(s, true)
    case 'number':
      return numberArb(s, false)
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'array':
      return arrayArb(s, ctx, base)
    case 'object':
      return objectArb(s, ctx, base)
    default:
      // Unrepresentable parts (`any`): plain JSON values.
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/**
 * Inputs the action's schema accepts. A generated value the real schema still refuses (a refinement
 * JSON Schema cannot carry) is replaced by the valid base, so the count of calls stays what was asked.
 */
export function acceptedInputs(
  schema: z.ZodType,
  ctx: ArbitraryContext,
  base: unknown,
): fc.Arbitrary<{ input: unknown; generated: boolean }> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })
  return arbitraryFor(json, ctx, base).map((input) =>
    schema.safeParse(input).success ? { input, generated: true } : { input: base, generated: false },
  )
}
