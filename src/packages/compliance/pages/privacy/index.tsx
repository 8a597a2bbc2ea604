import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { APP_NAME } from '@contract/compliance/app-facts'
import { privacyGuide } from '@contract/compliance/privacy-guide'
import { useBrowserConsent } from '@/hooks/use-privacy-consent'
import { isWeapp } from '@/services/privacy'
import '../../compliance.scss'

/** 我的 → 隐私: the guide generated from the same declarations as the filing pack. */
export default function PrivacyPage() {
  const consent = useBrowserConsent()
  return (
    <View className='zc-page zc-cp privacy-page'>
      <Text className='zc-cp__title'>{APP_NAME}隐私保护指引</Text>
      {privacyGuide().map((s) => (
        <View key={s.title} className='zc-cp__card privacy-section'>
          <Text className='zc-cp__heading'>{s.title}</Text>
          {s.lines.map((l) => (
            <Text key={l} className='zc-cp__line'>
              {l}
            </Text>
          ))}
        </View>
      ))}
      {isWeapp ? null : (
        <View className='zc-cp__card privacy-consent-state'>
          <Text className='zc-cp__line'>
            {consent.agreed
              ? '您已同意本指引，可使用定位、拍照与相册。'
              : '您尚未同意本指引：定位、拍照与相册功能使用前会再次询问，其余功能照常使用。'}
          </Text>
          {consent.agreed ? (
            <Button className='privacy-withdraw' block onClick={consent.withdraw}>
              撤回同意
            </Button>
          ) : (
            <Button className='privacy-agree-page' block type='primary' onClick={consent.agree}>
              同意
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
