import { useMemo } from 'react'
import { View, Text, Image } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import qrcode from 'qrcode-generator'
import { villagerH5Link, villagerPath } from '@/services/villager-link'
import './index.scss'

function qrDataUrl(text: string): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(6, 4)
}

/**
 * The link villagers use to read this village's 公示 without signing in, as a QR code to print and
 * post in the village. Printing (H5) shows only this card; in WeChat the image can be saved.
 */
export function VillagerCode({ villageName, villageCode }: { villageName: string; villageCode: string }) {
  const link = villagerH5Link(villageCode)
  const image = useMemo(() => (link ? qrDataUrl(link) : null), [link])
  const canPrint = process.env.TARO_ENV === 'h5'
  return (
    <View className='zc-vcode villager-code'>
      <Text className='zc-vcode__title'>{villageName} 村务公示</Text>
      <Text className='zc-vcode__hint'>村民扫码即可查看本村公示、提出异议，无需登录</Text>
      {image ? <Image className='zc-vcode__qr villager-code__qr' src={image} showMenuByLongpress /> : null}
      {link ? (
        <Text className='zc-vcode__link villager-code__link' selectable>
          {link}
        </Text>
      ) : null}
      <Text className='zc-vcode__path villager-code__path' selectable>
        小程序页面：{villagerPath(villageCode)}
      </Text>
      {!link ? (
        <Text className='zc-vcode__hint'>小程序码需在微信公众平台「获取小程序码」中用上面的页面生成</Text>
      ) : null}
      {canPrint ? (
        <Button size='small' className='zc-vcode__print villager-code__print' onClick={() => window.print()}>
          打印二维码
        </Button>
      ) : null}
    </View>
  )
}
