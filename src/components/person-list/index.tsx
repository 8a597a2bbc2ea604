import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { Cell, CellGroup, Tag } from '@nutui/nutui-react-taro'
import type { PersonRow } from '@/hooks/use-people'
import './index.scss'

function rolesText(p: PersonRow): string {
  return p.roles.map((r) => (r.postLabel ? `${r.label}·${r.postLabel}` : r.label)).join('、')
}

/** People with masked phones; `extra` adds per-person controls (admin binding actions). */
export function PersonList({ people, extra }: { people: PersonRow[]; extra?: (p: PersonRow) => ReactNode }) {
  if (people.length === 0) return null
  return (
    <CellGroup className='zc-people'>
      {people.map((p) => (
        <Cell
          key={p.id}
          className='person-item'
          align='center'
          title={
            <View className='zc-people__head'>
              <Text className='zc-people__name person-item__name'>{p.name}</Text>
              {p.bound ? (
                <Tag type='success' plain>
                  已绑定
                </Tag>
              ) : (
                <Tag plain>未绑定</Tag>
              )}
              {p.status === 'revoked' ? <Tag plain>已停用</Tag> : null}
            </View>
          }
          description={
            <View className='zc-people__meta'>
              <Text className='person-item__phone'>{p.phoneMasked}</Text>
              <Text>{rolesText(p)}</Text>
              <Text>{p.homeUnitName}</Text>
            </View>
          }
          extra={extra ? extra(p) : undefined}
        />
      ))}
    </CellGroup>
  )
}
