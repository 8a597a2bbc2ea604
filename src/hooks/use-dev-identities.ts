import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { listDevIdentities } from '@/services/dev-identities'
import { getDevOpenid, setDevOpenid } from '@/services/identity'
import { invalidateWorkbench } from './use-workbench'
import { useAsync } from './use-async'

export const HOME_URL = '/pages/home/index'
export const DEV_SIGN_IN_URL = '/packages/dev/pages/sign-in/index'

/** The demo identities of the local cloud, and acting as one of them. */
export function useDevIdentities() {
  const { state, reload } = useAsync(listDevIdentities)
  const choose = useCallback((openid: string) => {
    setDevOpenid(openid)
    invalidateWorkbench()
    // reLaunch drops every mounted page, so no screen keeps the previous person's data.
    void Taro.reLaunch({ url: HOME_URL })
  }, [])
  // A WeChat user nobody has seen before: a fresh random openid, to try binding from scratch.
  const chooseNew = useCallback(
    () => choose(`o-dev-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`),
    [choose],
  )
  return { state, reload, choose, chooseNew, current: getDevOpenid() }
}

export function goToDevSignIn(): void {
  void Taro.navigateTo({ url: DEV_SIGN_IN_URL })
}
