import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { useAudit, type AuditFilter } from '@/hooks/use-audit'
import './index.scss'

function when(iso: string): string {
  const d = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Newest first; tap a person to see everything they did, or a target to see everything done to it. */
export default function AuditPage() {
  const params = useRouter().params
  const [filter, setFilter] = useState<AuditFilter>({ actorId: params.actorId, targetId: params.targetId })
  const list = useAudit(filter)
  const filtered = Boolean(filter.actorId || filter.targetId)

  return (
    <View className='zc-page audit-page'>
      {filtered ? (
        <View className='audit-page__filter'>
          <Text>{filter.actorId ? '按操作人筛选' : '按对象筛选'}</Text>
          <Tag type='primary' plain onClick={() => setFilter({})}>
            清除筛选 ×
          </Tag>
        </View>
      ) : null}
      <CellGroup>
        {list.items.map((e) => (
          <Cell
            key={e.id}
            className='audit-item'
            title={e.summary}
            description={
              <View className='audit-page__meta'>
                <Text
                  className='audit-page__link'
                  onClick={() => e.actorId && setFilter({ actorId: e.actorId })}
                >
                  {e.actorName}
                </Text>
                <Text>{when(e.at)}</Text>
                <Text className='audit-item__action'>{e.actionLabel}</Text>
                <Text
                  className='audit-page__link audit-item__target'
                  onClick={() => setFilter({ targetId: e.targetId })}
                >
                  {e.targetLabel}的全部记录
                </Text>
              </View>
            }
          />
        ))}
      </CellGroup>
      <PagedFooter list={list} empty='暂无记录' />
    </View>
  )
}
