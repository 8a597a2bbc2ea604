import { z } from '../zod'
import type { ActionDef } from '../api/define'
import type { ImportLayout } from '../domain/import-layout'

/**
 * Every field the product collects: each property of each action's input schema (walked through the
 * JSON Schema zod itself emits, a public API) and each column of the county import sheets. A path is
 * dotted, array items folded into their parent (`photos.location.lat`); import columns read
 * `导入.<sheet>.<header>`.
 */
export interface CollectedField {
  path: string
  /** `fn.action` (or `imports.<sheet>`) for every place that collects it. */
  where: string[]
}

export interface ActionEntry {
  fn: string
  action: string
  def: ActionDef
}

type JsonNode = z.core.JSONSchema._JSONSchema

function walk(node: JsonNode | undefined, path: string, out: string[]): void {
  if (!node || typeof node !== 'object') return
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const next = path ? `${path}.${key}` : key
    out.push(next)
    walk(child, next, out)
  }
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])])
    walk(branch, path, out)
  const items = node.items
  if (Array.isArray(items)) items.forEach((item) => walk(item, path, out))
  else walk(items, path, out)
}

/** The input paths of one action's schema. */
export function inputPaths(def: ActionDef): string[] {
  const out: string[] = []
  walk(z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }), '', out)
  return [...new Set(out)]
}

export function collectedFields(
  actions: readonly ActionEntry[],
  layouts: readonly ImportLayout[],
): CollectedField[] {
  const byPath = new Map<string, Set<string>>()
  const add = (path: string, where: string) => byPath.set(path, (byPath.get(path) ?? new Set()).add(where))
  for (const { fn, action, def } of actions) for (const path of inputPaths(def)) add(path, `${fn}.${action}`)
  for (const layout of layouts)
    for (const col of layout.columns) add(`导入.${layout.sheet}.${col.header}`, `imports.${layout.sheet}`)
  return [...byPath]
    .map(([path, where]) => ({ path, where: [...where].sort() }))
    .sort((a, b) => a.path.localeCompare(b.path))
}
