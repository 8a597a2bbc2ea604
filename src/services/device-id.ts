import Taro from '@tarojs/taro'
import { uuid } from './uuid'

const KEY = 'zhucun.deviceId'

/**
 * An id this app makes once per phone and keeps: the server uses it only to notice one phone used
 * by several people (a sign worth checking), never to identify anyone.
 */
export function getDeviceId(): string {
  const stored: unknown = Taro.getStorageSync(KEY)
  if (typeof stored === 'string' && stored.length >= 8) return stored
  const id = uuid()
  Taro.setStorageSync(KEY, id)
  return id
}
