import type { ReactNode } from 'react'
import type { AsyncState } from '@/hooks/use-async'
import { ErrorView, LoadingView, MessageView } from '../status-view'

interface AsyncGateProps<T> {
  state: AsyncState<T>
  onRetry: () => void
  /** Offered when the caller is not bound; only where a dev identity can be picked (H5). */
  onSignIn?: () => void
  children: (data: T) => ReactNode
}

/** Loading, error and "not bound" screens in one place, so pages only render their data. */
export function AsyncGate<T>({ state, onRetry, onSignIn, children }: AsyncGateProps<T>) {
  if (state.status === 'loading') return <LoadingView />
  if (state.status === 'ready') return <>{children(state.data)}</>
  if (state.error.code === 'unauthenticated') {
    return (
      <MessageView
        className='zc-status--unbound unbound'
        mark='?'
        title='尚未绑定身份'
        description={onSignIn ? '本地演示环境：请选择一位演示人员进入' : '请使用组织部下发的绑定码完成身份绑定'}
        actionText={onSignIn ? '选择演示身份' : undefined}
        onAction={onSignIn}
      />
    )
  }
  return <ErrorView error={state.error} onRetry={onRetry} />
}
