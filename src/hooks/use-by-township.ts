import { useMemo, useState } from 'react'

/** Above this many villages a list is shown one township at a time. */
export const LONG_VILLAGE_LIST = 30

export interface TownshipGroup<T> {
  name: string
  items: T[]
}

/** Villages grouped by township, in the order the server listed them (org order). */
export function groupByTownship<T extends { townshipName: string }>(items: readonly T[]): TownshipGroup<T>[] {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(item.townshipName)
    if (list) list.push(item)
    else groups.set(item.townshipName, [item])
  }
  return [...groups].map(([name, list]) => ({ name, items: list }))
}

/**
 * A county's villages, one township at a time: hundreds of rows in one screen are unreadable, and in
 * WeChat they went to the render layer as one setData of over 100 KB. Short lists stay flat.
 */
export function useByTownship<T extends { townshipName: string }>(items: readonly T[]) {
  const [township, setTownship] = useState<string | null>(null)
  const groups = useMemo(() => groupByTownship(items), [items])
  const long = items.length > LONG_VILLAGE_LIST && groups.length > 1
  /** The villages to list now; null while the township list is shown. */
  const shown: readonly T[] | null = !long
    ? items
    : township === null
      ? null
      : (groups.find((g) => g.name === township)?.items ?? [])
  return { long, groups, township, setTownship, shown }
}
