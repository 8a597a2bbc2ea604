import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { FEEDBACK_CHANNEL, THIRD_PARTIES } from '@contract/compliance/app-facts'
import { PERSONAL_INFO } from '@contract/compliance/personal-info'
import { useFilingExport } from '@/hooks/use-filing'
import '../../compliance.scss'

/**
 * 备案材料 for the county's 网信 filing: what the declarations say, and the full workbook (functions,
 * every collected field, settings in force with reasons, third parties, 投诉建议, clauses).
 */
export default function FilingPage() {
  const pack = useFilingExport()
  return (
    <View className='zc-page zc-cp filing-page'>
      <View className='zc-cp__card'>
        <Text className='zc-cp__heading'>备案材料</Text>
        <Text className='zc-cp__line'>
          由程序中的申报自动生成，与实际收集的字段逐一对应：功能与使用者、个人信息（目的、必要性、可见范围、保存期限、脱敏）、现行设置及理由、第三方、投诉建议渠道。
        </Text>
        <Button
          className='filing-export'
          block
          type='primary'
          loading={pack.busy}
          onClick={() => void pack.run()}
        >
          下载备案材料（xlsx）
        </Button>
        {pack.message ? <Text className='zc-cp__line filing-message'>{pack.message}</Text> : null}
      </View>
      <View className='zc-cp__card'>
        <Text className='zc-cp__heading'>个人信息（{PERSONAL_INFO.length} 类）</Text>
        {PERSONAL_INFO.map((d) => (
          <View key={d.key} className='zc-cp__item filing-personal'>
            <Text className='zc-cp__name'>
              {d.label}
              {d.sensitive ? '（敏感）' : ''}
            </Text>
            <Text className='zc-cp__line'>目的：{d.purpose}</Text>
            <Text className='zc-cp__line'>可见：{d.visibleTo}</Text>
            <Text className='zc-cp__line'>
              保存：{d.retention}；{d.masking}
            </Text>
          </View>
        ))}
      </View>
      <View className='zc-cp__card'>
        <Text className='zc-cp__heading'>第三方</Text>
        {THIRD_PARTIES.map((t) => (
          <Text key={t.name} className='zc-cp__line'>
            {t.name}：{t.role}
          </Text>
        ))}
        <Text className='zc-cp__line'>此外无其他第三方。</Text>
      </View>
      <View className='zc-cp__card'>
        <Text className='zc-cp__heading'>投诉建议</Text>
        <Text className='zc-cp__line'>
          {FEEDBACK_CHANNEL.where}；{FEEDBACK_CHANNEL.answeredBy}受理，{FEEDBACK_CHANNEL.timeLimit}。
        </Text>
      </View>
    </View>
  )
}
