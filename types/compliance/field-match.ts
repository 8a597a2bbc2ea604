import type { CollectedField } from './collected-fields'

/** One place a field is collected: the unit the declarations must cover. */
export interface FieldUse {
  path: string
  where: string
}

function parse(pattern: string): { scope: string | null; segments: string[] } {
  const colon = pattern.indexOf(':')
  return colon < 0
    ? { scope: null, segments: pattern.split('.') }
    : { scope: pattern.slice(0, colon), segments: pattern.slice(colon + 1).split('.') }
}

export function patternMatches(pattern: string, use: FieldUse): boolean {
  const { scope, segments } = parse(pattern)
  if (scope !== null && scope !== use.where) return false
  const path = use.path.split('.')
  if (segments.length > path.length) return false
  const tail = path.slice(path.length - segments.length)
  return segments.every((s, i) => s === '*' || s === tail[i])
}

export function usesOf(fields: readonly CollectedField[]): FieldUse[] {
  return fields.flatMap((f) => f.where.map((where) => ({ path: f.path, where })))
}

/** Field uses no pattern covers, as `where: path` lines. */
export function undeclaredUses(fields: readonly CollectedField[], patterns: readonly string[]): string[] {
  return usesOf(fields)
    .filter((u) => !patterns.some((p) => patternMatches(p, u)))
    .map((u) => `${u.where}: ${u.path}`)
}

/** Patterns that match nothing collected: a declaration left behind by a removed field. */
export function unusedPatterns(fields: readonly CollectedField[], patterns: readonly string[]): string[] {
  const uses = usesOf(fields)
  return patterns.filter((p) => !uses.some((u) => patternMatches(p, u)))
}

/** The collected uses one declaration covers. */
export function usesCoveredBy(fields: readonly CollectedField[], patterns: readonly string[]): FieldUse[] {
  return usesOf(fields).filter((u) => patterns.some((p) => patternMatches(p, u)))
}
