import { View, Text } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import type { Paged } from '@/hooks/use-paged'
import { SkippedNote } from '../skipped-note'
import './index.scss'

/** The bottom of a paged list: loading, an error with retry, 加载更多, or the end. */
export function PagedFooter<T>({ list, empty }: { list: Paged<T>; empty: string }) {
  return (
    <>
      <SkippedNote count={list.skipped} />
      <FooterState list={list} empty={empty} />
    </>
  )
}

function FooterState<T>({ list, empty }: { list: Paged<T>; empty: string }) {
  if (list.loading)
    return (
      <View className='zc-paged'>
        <Loading type='circular'>加载中…</Loading>
      </View>
    )
  if (list.error) {
    return (
      <View className='zc-paged zc-paged--error'>
        <Text>{list.error.message}</Text>
        <Button size='small' onClick={() => void list.reload()}>
          重试
        </Button>
      </View>
    )
  }
  if (list.items.length === 0) return <View className='zc-paged zc-paged--empty'>{empty}</View>
  if (list.hasMore)
    return (
      <View className='zc-paged'>
        <Button className='load-more' size='small' onClick={() => void list.loadMore()}>
          加载更多
        </Button>
      </View>
    )
  return <View className='zc-paged zc-paged--end'>没有更多了</View>
}
