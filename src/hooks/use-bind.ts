import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { isAppError } from '@contract/errors'
import { call } from '@/services/client'
import { invalidateWorkbench } from './use-workbench'
import { useAsync } from './use-async'

export const BIND_URL = '/packages/org/pages/bind/index'
const HOME_URL = '/pages/home/index'

export function goToBind(): void {
  void Taro.navigateTo({ url: BIND_URL })
}

/** Binding this WeChat user: by code at once, or by name + phone for an admin to approve. */
export function useBind() {
  const status = useAsync(() => call('org', 'getMyBinding', {}))
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    setNotice(null)
    try {
      await work()
    } catch (err) {
      setError(isAppError(err) ? err.message : '提交失败，请重试')
    } finally {
      setBusy(false)
    }
  }, [])

  const bindWithCode = useCallback(
    (code: string) =>
      run(async () => {
        await call('org', 'bindWithCode', { code })
        invalidateWorkbench()
        // reLaunch so every tab loads as the newly bound person.
        await Taro.reLaunch({ url: HOME_URL })
      }),
    [run],
  )

  const requestBinding = useCallback(
    (name: string, phone: string) =>
      run(async () => {
        await call('org', 'requestBinding', { name, phone })
        setNotice('申请已提交，请等待组织部审核')
        await status.reload()
      }),
    [run, status],
  )

  return { status: status.state, busy, error, notice, bindWithCode, requestBinding }
}
