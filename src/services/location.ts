import Taro from '@tarojs/taro'
import { AppError } from '@contract/errors'
import { ensurePrivacyConsent } from './privacy'

export interface Fix {
  lat: number
  lng: number
  accuracy: number
  coordType: 'gcj02' | 'wgs84'
}

/**
 * One high-accuracy fix. WeChat reports gcj02 (the map datum in China); the browser only offers
 * wgs84. The server converts, so the app sends what it got and says which datum it is.
 */
export async function getFix(): Promise<Fix> {
  const coordType = process.env.TARO_ENV === 'h5' ? 'wgs84' : 'gcj02'
  const asked = ensurePrivacyConsent('location')
  if (asked) await asked
  try {
    // highAccuracyExpireTime must exceed 3000 ms for isHighAccuracy to take effect in WeChat.
    const res = await Taro.getLocation({
      type: coordType,
      isHighAccuracy: true,
      highAccuracyExpireTime: 4000,
    })
    return { lat: res.latitude, lng: res.longitude, accuracy: res.accuracy ?? 0, coordType }
  } catch (err) {
    const msg =
      typeof err === 'object' && err !== null ? String((err as { errMsg?: unknown }).errMsg ?? '') : ''
    if (/auth|denied|permission/i.test(msg))
      throw new AppError('permission-denied', '未获得定位权限：请在设置中允许使用位置信息后再签到')
    throw new AppError('failed-precondition', '暂时无法获取位置，请到开阔处重试')
  }
}
