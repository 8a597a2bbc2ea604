import { useCallback } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput } from '@contract/api'
import { call } from '@/services/client'
import { openDownloadedFile } from '@/services/files'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

const PKG = '/packages/task/pages'

export const goTask = {
  list: () => void Taro.navigateTo({ url: `${PKG}/list/index` }),
  assign: () => void Taro.navigateTo({ url: `${PKG}/assign/index` }),
  detail: (taskId: string) => void Taro.navigateTo({ url: `${PKG}/detail/index?id=${taskId}` }),
  weekly: () => void Taro.navigateTo({ url: `${PKG}/weekly/index` }),
}

export function useTasks() {
  return useAsync(() => call('task', 'listTasks', {}))
}

export function useTask(taskId: string) {
  return useAsync(() => call('task', 'getTask', { taskId }))
}

/** The units directly below the caller's scope roots: whom a supervisor gives a task. */
export function useAssignableUnits() {
  return useAsync(async () => {
    const roots = (await call('org', 'listUnits', {})).units.filter(
      (u) => u.level !== 'village' && u.level !== 'group',
    )
    const below = await Promise.all(roots.map((r) => call('org', 'listUnits', { parentId: r.id })))
    return below.flatMap((b) => b.units).filter((u) => u.level !== 'group')
  })
}

/** A write with a message to show: the server's Chinese error when it refuses. */
export function useTaskWrite() {
  const { busy, message, run: runBusy } = useBusy('操作失败，请稍后重试')
  const run = useCallback(
    <T>(write: () => Promise<T>, done: string): Promise<T | null> => runBusy(write, () => done),
    [runBusy],
  )
  return { run, message, busy }
}

export const assignTask = (input: ActionInput<'task', 'assignTask'>) => call('task', 'assignTask', input)
export const reportProgress = (input: ActionInput<'task', 'reportProgress'>) =>
  call('task', 'reportProgress', input)

export function useWeeklySummaries() {
  return useAsync(() => call('task', 'listWeeklySummaries', {}))
}

export async function openWeeklyFile(summaryId: string): Promise<void> {
  const r = await call('task', 'getWeeklyFile', { summaryId })
  await openDownloadedFile(r.url, 'xlsx', r.fileName)
}
