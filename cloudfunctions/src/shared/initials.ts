import { pinyin } from 'pinyin-pro'

/**
 * Pinyin initials of a name for list search (张三 → zs, 单雄信 → sxx with surname readings). The
 * dictionary (~140 KB gzipped) lives here, in the functions, so the app's first page stays small.
 */
export function initialsOf(name: string, kind: 'person' | 'place' = 'place'): string {
  const letters = pinyin(name, { pattern: 'first', toneType: 'none', type: 'array', surname: kind === 'person' ? 'head' : 'off' })
  return letters.join('').toLowerCase().replace(/[^a-z0-9]/g, '')
}
