import { View, Text } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { VisitPhoto } from '@/components/visit-photo'
import { goVisit } from '@/hooks/use-visit'
import { useVisitDrafts } from '@/hooks/use-visit-drafts'
import { shanghaiTime } from '../../visit-row'
import '../../visit.scss'

/** Drafts on this phone and where each stands: 草稿 / 待同步 / 失败可重试 / 已同步. Nothing here is lost by a failure. */
export default function DraftsPage() {
  const { items, sync, retry, remove } = useVisitDrafts()
  return (
    <View className='zc-page visit-drafts-page'>
      <View className='zc-v__actions'>
        <Button type='primary' className='visit-sync-now' onClick={() => void sync()}>
          立即同步
        </Button>
      </View>
      {items.length === 0 ? <Text className='zc-v__msg'>本机没有走访草稿</Text> : null}
      {items.map(({ draft: d, state, label, note }) => (
        <View key={d.clientId} className={`zc-v__card visit-draft visit-draft--${state}`}>
          <View className='zc-v__bar' style={{ padding: 0 }}>
            <Text className='zc-v__title visit-draft-name'>{d.headName}户</Text>
            <Text className={`zc-v__state zc-v__state--${state} visit-draft-state`}>{label}</Text>
          </View>
          <Text className='zc-v__muted'>
            {d.villageName} · 开始于 {shanghaiTime(d.startedAt)} · 照片 {d.photos.length} 张
          </Text>
          {note ? <Text className='zc-v__warn visit-draft-note'>{note}</Text> : null}
          <View className='zc-v__photos'>
            {d.photos
              .filter((p) => !p.attached)
              .map((p) => (
                <VisitPhoto key={p.id} photoRef={p.ref} />
              ))}
          </View>
          <View className='zc-v__bar' style={{ padding: 0 }}>
            {state === 'draft' || state === 'failed' ? (
              <Button
                size='small'
                className='visit-draft-edit'
                onClick={() => goVisit('form', `clientId=${d.clientId}`)}
              >
                继续填写
              </Button>
            ) : null}
            {state === 'failed' ? (
              <Button size='small' type='primary' className='visit-draft-retry' onClick={() => void retry(d)}>
                重试
              </Button>
            ) : null}
            {d.visitId ? (
              <Button
                size='small'
                className='visit-draft-open'
                onClick={() => goVisit('visit', `id=${d.visitId}`)}
              >
                查看
              </Button>
            ) : null}
            {state === 'draft' || state === 'synced' ? (
              <Button size='small' className='visit-draft-remove' onClick={() => remove(d)}>
                {state === 'draft' ? '删除草稿' : '移除'}
              </Button>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  )
}
