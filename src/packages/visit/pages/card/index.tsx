import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { Button, Input } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { useCard } from '@/hooks/use-visit'
import { shanghaiTime } from '../../visit-row'
import { FieldLabel } from '@/components/field-label'
import '../../visit.scss'

/** 明白卡 (public, no binding): a household's support measures and whom to call, personal data masked. */
export default function CardPage() {
  const { params } = useRouter()
  const [input, setInput] = useState(params.code ?? '')
  const code = params.code ?? ''
  const { state, reload } = useCard(code)
  return (
    <View className='zc-page visit-card-page'>
      <FieldLabel text='明白卡编号' />
      <View className='zc-v__bar'>
        <Input
          className='card-code-input'
          placeholder='输入明白卡编号'
          maxLength={10}
          value={input}
          onChange={setInput}
        />
        <Button
          size='small'
          type='primary'
          className='card-code-open'
          onClick={() =>
            void Taro.redirectTo({
              url: `/packages/visit/pages/card/index?code=${encodeURIComponent(input.trim().toUpperCase())}`,
            })
          }
        >
          查看
        </Button>
      </View>
      <AsyncGate state={state} onRetry={reload}>
        {(card) =>
          card ? (
            <View className='zc-v__card visit-card'>
              <Text className='zc-v__title card-head'>{card.headName} 户 · 帮扶明白卡</Text>
              <Text className='zc-v__line'>
                {card.townshipName} · {card.villageName}
              </Text>
              <Text className='zc-v__line'>
                农户类型：{card.kindLabel}
                {card.mainCauseLabel ? ` · 主要致贫原因：${card.mainCauseLabel}` : ''} · {card.memberCount} 人
              </Text>
              {card.risks.length ? (
                <Text className='zc-v__line card-risks'>
                  监测风险：{card.risks.join('、')}
                  {card.monitorStep ? `（${card.monitorStep}）` : ''}
                </Text>
              ) : null}
              <Text className='zc-v__sub'>帮扶措施与享受政策</Text>
              <Text className='zc-v__line card-measures'>
                {card.measures.length ? card.measures.join('、') : '暂无'}
              </Text>
              {card.recentHelp.map((h) => (
                <Text key={h.at} className='zc-v__muted'>
                  {shanghaiTime(h.at).slice(0, 10)}：{h.text}
                </Text>
              ))}
              <Text className='zc-v__sub'>联系人</Text>
              {card.contacts.map((c) => (
                <View key={`${c.name}${c.role}`} className='zc-v__line card-contact'>
                  <Text>
                    {c.role}：{c.name}{' '}
                  </Text>
                  {c.phone ? (
                    <Text
                      className='card-call'
                      onClick={() => void Taro.makePhoneCall({ phoneNumber: c.phone ?? '' })}
                    >
                      {c.phoneLabel} {c.phone}（点击拨打）
                    </Text>
                  ) : (
                    <Text className='zc-v__muted'>{c.phoneMasked}</Text>
                  )}
                </View>
              ))}
              <Text className='zc-v__muted'>
                {card.lastVisitAt ? `最近走访：${shanghaiTime(card.lastVisitAt).slice(0, 10)}` : '尚无走访'}
              </Text>
            </View>
          ) : (
            <Text className='zc-v__msg'>请输入明白卡上的 10 位编号</Text>
          )
        }
      </AsyncGate>
    </View>
  )
}
