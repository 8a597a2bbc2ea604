import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import type { AsyncState } from '@/hooks/use-async'
import { goToVillagerNotices } from '@/hooks/villager-nav'
import { ErrorView, LoadingView, MessageView } from '../status-view'
import { PrivacyConsent } from '../privacy-consent'

interface AsyncGateProps<T> {
  state: AsyncState<T>
  onRetry: () => void
  /** Offered when the caller is not bound; only where a dev identity can be picked (H5). */
  onSignIn?: () => void
  /** Offered when the caller is not bound: enter a binding code (or ask by name and phone). */
  onBind?: () => void
  children: (data: T) => ReactNode
}

/** Loading, error and "not bound" screens in one place, so pages only render their data. */
export function AsyncGate<T>({ state, onRetry, onSignIn, onBind, children }: AsyncGateProps<T>) {
  if (state.status === 'loading') return <LoadingView />
  // Every data page carries the consent card, so location, camera and album can ask on any of them.
  if (state.status === 'ready')
    return (
      <>
        {children(state.data)}
        <PrivacyConsent />
      </>
    )
  if (state.error.code === 'unauthenticated') {
    return (
      <View className='unbound'>
        <MessageView
          className='zc-status--unbound'
          mark='?'
          title='尚未绑定身份'
          description={
            onSignIn ? '本地演示环境：请选择一位演示人员进入' : '请使用组织部下发的绑定码完成身份绑定'
          }
          actionText={onSignIn ? '选择演示身份' : onBind ? '输入绑定码' : undefined}
          onAction={onSignIn ?? onBind}
        />
        {onSignIn && onBind ? (
          <View className='zc-status__more'>
            <Button className='bind-entry' size='large' onClick={onBind}>
              输入绑定码
            </Button>
          </View>
        ) : null}
        <View className='zc-status__more'>
          <Button className='villager-entry' size='large' fill='none' onClick={goToVillagerNotices}>
            我是村民，查看公示
          </Button>
        </View>
      </View>
    )
  }
  return <ErrorView error={state.error} onRetry={onRetry} />
}
