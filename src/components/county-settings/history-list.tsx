import { View } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { SettingsView } from '@contract/api/org-settings'
import { SectionHead, shortTime } from './section-head'

/** Every change of these settings, newest first, as the audit log records it. */
export function HistoryList({ history }: { history: SettingsView['history'] }) {
  return (
    <View className='cs-section cs-section--history'>
      <SectionHead title='修改记录' name='history' />
      <CellGroup>
        {history.length === 0 ? <Cell className='cs-history-empty' title='尚无修改，均为默认规则' /> : null}
        {history.map((h) => (
          <Cell
            key={h.id}
            className='cs-history-item'
            title={h.summary}
            description={`${h.byName} · ${shortTime(h.at)}`}
          />
        ))}
      </CellGroup>
    </View>
  )
}
