import { View, Text } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import type { AppError } from '@contract/errors'
import './index.scss'

export function LoadingView({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='zc-status zc-status--loading'>
      <Loading type='circular'>{text}</Loading>
    </View>
  )
}

interface MessageViewProps {
  /** One glyph drawn in the badge: a local mark instead of NutUI's remote illustrations. */
  mark: string
  title: string
  description?: string
  actionText?: string
  onAction?: () => void
  className?: string
}

export function MessageView({ mark, title, description, actionText, onAction, className }: MessageViewProps) {
  return (
    <View className={`zc-status ${className ?? ''}`}>
      <View className='zc-status__mark'>
        <Text>{mark}</Text>
      </View>
      <Text className='zc-status__title'>{title}</Text>
      {description ? <Text className='zc-status__desc'>{description}</Text> : null}
      {actionText && onAction ? (
        <Button className='zc-status__action' type='primary' size='large' onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  )
}

export function ErrorView({ error, onRetry }: { error: AppError; onRetry: () => void }) {
  return (
    <MessageView
      className='zc-status--error'
      mark='!'
      title='加载失败'
      description={error.requestId ? `${error.message}（编号 ${error.requestId}）` : error.message}
      actionText='重试'
      onAction={onRetry}
    />
  )
}
