import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { PRIVACY_CONSENT_KEY, PRIVACY_GUIDE_VERSION } from '@contract/compliance/app-facts'
import { isWeapp, recordConsent } from '@/services/privacy'

/**
 * The browser build's record of consent, shown and changeable on the guide page. In WeChat consent
 * lives with the platform (the user withdraws it in WeChat's settings), so there is nothing to show.
 */
export function useBrowserConsent() {
  const read = () => !isWeapp && Taro.getStorageSync(PRIVACY_CONSENT_KEY) === PRIVACY_GUIDE_VERSION
  const [agreed, setAgreed] = useState(read)
  useEffect(() => setAgreed(read()), [])
  const agree = useCallback(() => {
    recordConsent()
    setAgreed(true)
  }, [])
  const withdraw = useCallback(() => {
    Taro.removeStorageSync(PRIVACY_CONSENT_KEY)
    setAgreed(false)
  }, [])
  return { agreed, agree, withdraw }
}
