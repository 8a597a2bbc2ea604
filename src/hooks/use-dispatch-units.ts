import { useCallback } from 'react'
import type { ActionInput } from '@contract/api'
import type { DispatchUnitRow } from '@contract/domain/dispatch-unit'
import { call } from '@/services/client'
import { useAsync } from './use-async'
import { useBusy } from './use-busy'

export type DispatchUnitForm = ActionInput<'org', 'registerDispatchUnit'>

/** The 派出单位 register: a county admin's whole list (a contact gets their own unit), and its changes. */
export function useDispatchUnits(includeArchived: boolean) {
  const { state, reload } = useAsync(() =>
    call('org', 'listDispatchUnits', { includeArchived }).then((r) => r.items),
  )
  const { busy, message, run: runBusy } = useBusy()

  /** One change, then the list again; true when it went through (the message says either way). */
  const act = useCallback(
    async (work: () => Promise<unknown>, done: string): Promise<boolean> =>
      (await runBusy(
        async () => {
          await work()
          await reload()
          return true
        },
        () => done,
      )) ?? false,
    [runBusy, reload],
  )

  const register = (form: DispatchUnitForm) => act(() => call('org', 'registerDispatchUnit', form), '已登记')
  const update = (unit: DispatchUnitRow, form: DispatchUnitForm) =>
    act(() => call('org', 'updateDispatchUnit', { dispatchUnitId: unit.id, ...form }), '已保存')
  const archive = (unit: DispatchUnitRow) =>
    act(() => call('org', 'archiveDispatchUnit', { dispatchUnitId: unit.id }), `已归档「${unit.name}」`)
  const assign = (personId: string, dispatchUnitId: string | null) =>
    act(() => call('org', 'assignDispatchUnit', { personId, dispatchUnitId }), '已设置派出单位')

  return { state, reload, busy, message, register, update, archive, assign }
}
