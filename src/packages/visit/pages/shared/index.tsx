import { View, Text } from '@tarojs/components'
import { CHECK, RISK, failedChecks } from '@contract/domain/visit-form'
import { PagedFooter } from '@/components/paged-footer'
import { useSharedVisits } from '@/hooks/use-visit'
import { shanghaiTime } from '../../visit-row'
import '../../visit.scss'

/** 驻村工作走访报告共享: examples from other villages, the household's name and numbers masked. */
export default function SharedPage() {
  const list = useSharedVisits()
  return (
    <View className='zc-page visit-shared-page'>
      {list.items.map((v) => (
        <View key={v.id} className='zc-v__card shared-visit'>
          <Text className='zc-v__title'>
            {v.townshipName} · {v.villageName} · {v.headName}户
          </Text>
          <Text className='zc-v__muted'>
            {shanghaiTime(v.startedAt)} · {v.authorName}
          </Text>
          {failedChecks(v.form).map((k) => (
            <Text key={k} className='zc-v__warn'>
              {CHECK.labels[k]}：{v.form.checks[k].note}
            </Text>
          ))}
          {v.form.risks.length ? (
            <Text className='zc-v__warn'>风险：{v.form.risks.map((r) => RISK.labels[r]).join('、')}</Text>
          ) : null}
          {v.form.problems ? (
            <Text className='zc-v__line shared-problems'>问题：{v.form.problems}</Text>
          ) : null}
          {v.form.help.text ? <Text className='zc-v__line'>帮扶：{v.form.help.text}</Text> : null}
        </View>
      ))}
      <PagedFooter list={list} empty='暂无共享的走访' />
    </View>
  )
}
