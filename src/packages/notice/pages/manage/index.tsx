import Taro, { useDidShow } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { PagedFooter } from '@/components/paged-footer'
import { useManagedNotices } from '@/hooks/use-notice-admin'
import '../../notice.scss'

const PAGES = '/packages/notice/pages'

/** 公示管理: the notices of my villages or township, their windows and objections. */
export default function ManagePage() {
  const list = useManagedNotices()
  useDidShow(() => void list.reload())
  return (
    <View className='zc-page manage-page'>
      <View className='zc-n__actions'>
        <Button
          type='primary'
          block
          className='notice-new'
          onClick={() => void Taro.navigateTo({ url: `${PAGES}/edit/index` })}
        >
          发布公示
        </Button>
        <Button
          block
          className='notice-objections'
          onClick={() => void Taro.navigateTo({ url: `${PAGES}/objections/index` })}
        >
          异议处理
        </Button>
      </View>
      <CellGroup>
        {list.items.map((n) => (
          <Cell
            key={n.id}
            className={`managed-notice ${n.inWindow ? 'managed-notice--open' : ''}`}
            title={n.title}
            description={`${n.unitName} · ${n.categoryLabel} · ${n.startDay} 至 ${n.endDay}${n.withdrawn ? ' · 已撤回' : n.inWindow ? ' · 公示中' : ''}`}
            extra={
              n.objections > 0 ? <Text className='zc-n__link'>{`异议 ${n.objections}`}</Text> : undefined
            }
            clickable
            onClick={() =>
              void Taro.navigateTo({
                url:
                  n.objections > 0
                    ? `${PAGES}/objections/index?noticeId=${n.id}`
                    : `${PAGES}/public-detail/index?id=${n.id}`,
              })
            }
          />
        ))}
      </CellGroup>
      <PagedFooter list={list} empty='暂无公示' />
    </View>
  )
}
