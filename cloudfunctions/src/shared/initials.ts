import { pinyin } from 'pinyin-pro'
import type { Searchable } from '@contract/domain/name-search'

// A warm function instance remembers names it has seen: the dictionary costs ~0.1–0.4 ms a name.
const seen = new Map<string, string>()
const MAX_SEEN = 20_000

/**
 * Pinyin initials of a name for list search (张三 → zs, 单雄信 → sxx with surname readings). The
 * dictionary (~140 KB gzipped) lives here, in the functions, so the app's first page stays small.
 */
export function initialsOf(name: string, kind: 'person' | 'place' = 'place'): string {
  const key = `${kind}:${name}`
  const known = seen.get(key)
  if (known !== undefined) return known
  const letters = pinyin(name, {
    pattern: 'first',
    toneType: 'none',
    type: 'array',
    surname: kind === 'person' ? 'head' : 'off',
  })
  const initials = letters
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')
  if (seen.size >= MAX_SEEN) seen.clear()
  seen.set(key, initials)
  return initials
}

/** A name to search whose initials are worked out only if the query needs them (letters, 首字母). */
export function searchableName(name: string, kind: 'person' | 'place' = 'place'): Searchable {
  return {
    name,
    get initials() {
      return initialsOf(name, kind)
    },
  }
}
