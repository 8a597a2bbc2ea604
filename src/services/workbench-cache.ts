import Taro from '@tarojs/taro'
import type { ActionOutput } from '@contract/api'
import { loadActionTable } from './action-tables'
import { call } from './client'
import { isNetworkError } from './network-error'
import { getDevOpenid } from './identity'

export type Workbench = ActionOutput<'org', 'getWorkbench'>
export type WorkbenchView = Workbench & { offline: boolean }

// Per dev identity in the browser (switched by hand); on weapp the phone's WeChat user is the one caller.
const key = () => `zhucun.workbench.v1.${getDevOpenid() ?? 'me'}`

/**
 * The workbench, or without signal the copy last seen online: a cadre who opens the app in the field
 * still gets 工作台 with check-in and 我的走访, whose work waits in the send queue. The copy is
 * re-checked against the contract, so one from an older version is not shown.
 */
export async function fetchWorkbench(): Promise<WorkbenchView> {
  try {
    const workbench = await call('org', 'getWorkbench', {})
    Taro.setStorageSync(key(), workbench)
    return { ...workbench, offline: false }
  } catch (err) {
    if (!isNetworkError(err)) throw err
    const orgApi = await loadActionTable('org')
    const kept = orgApi.getWorkbench.output.safeParse(Taro.getStorageSync(key()))
    if (!kept.success) throw err
    return { ...kept.data, offline: true }
  }
}

/** Another identity on this phone: the kept copy is someone else's. */
export function forgetWorkbench(): void {
  Taro.removeStorageSync(key())
}
