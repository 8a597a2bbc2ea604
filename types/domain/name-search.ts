/**
 * Searching long lists (villages, people, households) by name or by pinyin initials. The server works
 * out each name's initials (`initials`: lower-case letters, 张三 → `zs`) so the app never ships a pinyin
 * dictionary; both ends filter with these pure rules.
 */
export interface NameSearch {
  /** Part of the name (张), or the first letters of its syllables (zs). */
  q?: string
  /** One letter A–Z: names whose first syllable starts with it. */
  initial?: string
}

export interface Searchable {
  name: string
  initials: string
}

export const INITIAL_LETTERS = 'ABCDEFGHJKLMNOPQRSTWXYZ'.split('')

/** The query as compared: trimmed, no spaces, letters in lower case. */
export function normaliseQuery(q: string | undefined): string {
  return (q ?? '').replace(/\s+/g, '').toLowerCase()
}

export function isSearching(search: NameSearch): boolean {
  return normaliseQuery(search.q) !== '' || normaliseQuery(search.initial) !== ''
}

/** Name contains the query, or the initials start with it (zs finds 张三 and 赵思明, not 李明山). */
export function nameMatches(row: Searchable, search: NameSearch): boolean {
  const initial = normaliseQuery(search.initial)
  if (initial && !row.initials.startsWith(initial)) return false
  const q = normaliseQuery(search.q)
  if (!q) return true
  if (row.name.replace(/\s+/g, '').toLowerCase().includes(q)) return true
  return /^[a-z]+$/.test(q) && row.initials.startsWith(q)
}

/** The rows that match, in their original order. */
export function filterByName<T>(rows: readonly T[], search: NameSearch, view: (row: T) => Searchable): T[] {
  if (!isSearching(search)) return [...rows]
  return rows.filter((row) => nameMatches(view(row), search))
}
