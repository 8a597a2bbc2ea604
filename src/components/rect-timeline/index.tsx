import { View, Text } from '@tarojs/components'
import type { RectEventView } from '@contract/api/rectify-schemas'
import './index.scss'

function when(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

/** Every step of the item, oldest first: who, when, what, and the comment given. */
export function RectTimeline({ events }: { events: RectEventView[] }) {
  return (
    <View className='zc-rect-timeline rect-timeline'>
      {events.map((e) => (
        <View key={e.id} className={`zc-rect-timeline__item rect-event rect-event--${e.action}`}>
          <Text className='zc-rect-timeline__label rect-event-label'>{e.label}</Text>
          <Text className='zc-rect-timeline__meta'>
            {when(e.at)} · {e.actorName}
            {e.photos.length ? ` · 照片 ${e.photos.length} 张` : ''}
          </Text>
          {e.comment ? (
            <Text className='zc-rect-timeline__comment rect-event-comment'>{e.comment}</Text>
          ) : null}
        </View>
      ))}
    </View>
  )
}
