import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import {
  URGE_FILTERS,
  URGE_FILTER_LABELS,
  URGE_TOPICS,
  URGE_TOPIC_LABELS,
} from '@contract/domain/notice-labels'
import { PagedFooter } from '@/components/paged-footer'
import { useUrge, URGE_PAGES } from '@/hooks/use-urge'
import { chinaTime, useMyUrges } from '@/hooks/use-urge-receipts'
import { FieldLabel } from '@/components/field-label'
import '../../notice.scss'

/** 催办 composer: pick by a filter or one by one, preview, write, send; then the receipts. */
export default function UrgePage() {
  const u = useUrge()
  const sent = useMyUrges()
  const pickable = u.recipients?.filter((r) => !r.urgedToday) ?? []
  return (
    <View className='zc-page urge-page'>
      <View className='zc-n__form'>
        <Text>收件人</Text>
        <View className='zc-n__row'>
          {URGE_FILTERS.map((f) => (
            <Text
              key={f}
              className={`zc-n__chip urge-filter urge-filter--${f} ${u.filter === f ? 'zc-n__chip--on' : ''}`}
              onClick={() => u.setFilter(f)}
            >
              {URGE_FILTER_LABELS[f]}
            </Text>
          ))}
        </View>
        <Text>主题（每名干部每个主题每天最多收到一次催办）</Text>
        <View className='zc-n__row'>
          {URGE_TOPICS.map((t) => (
            <Text
              key={t}
              className={`zc-n__chip urge-topic urge-topic--${t} ${u.topic === t ? 'zc-n__chip--on' : ''}`}
              onClick={() => u.setTopic(t)}
            >
              {URGE_TOPIC_LABELS[t]}
            </Text>
          ))}
        </View>
        <Button
          block
          className='urge-preview'
          loading={u.busy && !u.recipients}
          onClick={() => void u.preview()}
        >
          预览收件人
        </Button>
      </View>
      {u.recipients ? (
        <CellGroup title={`收件人：已选 ${u.picked.size} / 可选 ${pickable.length}`}>
          {u.recipients.length === 0 ? <Cell title='没有符合条件的干部' /> : null}
          {u.recipients.map((r) => (
            <Cell
              key={r.personId}
              className={`urge-recipient ${u.picked.has(r.personId) ? 'urge-recipient--on' : ''}`}
              title={`${u.picked.has(r.personId) ? '☑' : '☐'} ${r.name}（${r.unitName}）`}
              description={r.urgedToday ? `${r.reason} · 今日已催办` : r.reason}
              clickable={!r.urgedToday}
              onClick={() => (r.urgedToday ? undefined : u.toggle(r.personId))}
            />
          ))}
        </CellGroup>
      ) : null}
      {u.recipients && u.recipients.length > 0 ? (
        <View className='zc-n__form'>
          <FieldLabel text='标题' />
          <Input
            className='zc-n__field urge-title'
            placeholder='标题（20 字以内）'
            maxlength={20}
            value={u.title}
            onInput={(e) => u.setTitle(e.detail.value)}
          />
          <FieldLabel text='催办内容' />
          <TextArea
            className='urge-body'
            placeholder='催办内容（200 字以内）'
            maxLength={200}
            value={u.body}
            onChange={u.setBody}
          />
          <Button
            type='primary'
            block
            className='urge-send'
            loading={u.busy}
            disabled={u.busy || u.picked.size === 0 || !u.title.trim() || !u.body.trim()}
            onClick={() => void u.send()}
          >
            发送催办（{u.picked.size} 人）
          </Button>
        </View>
      ) : null}
      {u.message ? <Text className='zc-n__msg urge-message'>{u.message}</Text> : null}
      <CellGroup title='我发出的催办'>
        {sent.items.map((s) => (
          <Cell
            key={s.id}
            className='urge-sent-item'
            title={s.title}
            description={`${s.topicLabel} · ${chinaTime(s.createdAt)} · 已读 ${s.read}/${s.recipients}`}
            extra='›'
            clickable
            onClick={() => void Taro.navigateTo({ url: `${URGE_PAGES}/urge-receipts/index?id=${s.id}` })}
          />
        ))}
      </CellGroup>
      <PagedFooter list={sent} empty='暂无催办记录' />
    </View>
  )
}
