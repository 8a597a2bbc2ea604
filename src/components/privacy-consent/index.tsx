import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import type { DevicePermission } from '@contract/compliance/declaration'
import { isWeapp, recordConsent, registerConsentPresenter } from '@/services/privacy'
import './index.scss'

const AGREE_ID = 'zc-privacy-agree'

/**
 * The consent card shown before the first use of location, camera or album. In WeChat the 同意
 * button is the platform's `agreePrivacyAuthorization` button, so WeChat records the consent; the
 * browser build records it itself. 拒绝 only stops the one action that asked.
 */
export function PrivacyConsent() {
  const [asking, setAsking] = useState<DevicePermission | null>(null)
  const answer = useRef<((agreed: boolean) => void) | null>(null)

  useEffect(
    () =>
      registerConsentPresenter(
        (permission) =>
          new Promise<boolean>((resolve) => {
            answer.current = resolve
            setAsking(permission)
          }),
      ),
    [],
  )

  const close = (agreed: boolean) => {
    if (agreed) recordConsent()
    answer.current?.(agreed)
    answer.current = null
    setAsking(null)
  }
  if (!asking) return null
  return (
    <View className='zc-privacy'>
      <View className='zc-privacy__card privacy-consent'>
        <Text className='zc-privacy__title'>隐私保护提示</Text>
        <Text className='zc-privacy__text'>
          使用{asking.label}：{asking.purpose}。
        </Text>
        <Text className='zc-privacy__text'>如拒绝：{asking.ifRefused}。</Text>
        <Text
          className='zc-privacy__link'
          onClick={() => void Taro.navigateTo({ url: '/packages/compliance/pages/privacy/index' })}
        >
          阅读《驻村工作台隐私保护指引》
        </Text>
        <View className='zc-privacy__actions'>
          <Button className='zc-privacy__btn privacy-refuse' onClick={() => close(false)}>
            拒绝
          </Button>
          {isWeapp ? (
            <Button
              id={AGREE_ID}
              className='zc-privacy__btn zc-privacy__btn--agree privacy-agree'
              openType='agreePrivacyAuthorization'
              onAgreePrivacyAuthorization={() => close(true)}
            >
              同意
            </Button>
          ) : (
            <Button
              className='zc-privacy__btn zc-privacy__btn--agree privacy-agree'
              onClick={() => close(true)}
            >
              同意
            </Button>
          )}
        </View>
      </View>
    </View>
  )
}
