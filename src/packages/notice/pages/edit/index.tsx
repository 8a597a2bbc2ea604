import { View, Text, Input } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { NOTICE_CATEGORY_LABELS, OPEN_NOTICE_CATEGORIES } from '@contract/domain/notice-labels'
import { AsyncGate } from '@/components/async-gate'
import { useNoticeEditor, useWritableUnits } from '@/hooks/use-notice-admin'
import { FieldLabel } from '@/components/field-label'
import '../../notice.scss'

/** Write a 公示: unit, category, text, photos and attachments, a 7-day window unless changed. */
export default function EditPage() {
  const units = useWritableUnits()
  const e = useNoticeEditor()
  return (
    <View className='zc-page notice-edit-page'>
      <AsyncGate state={units.state} onRetry={units.reload}>
        {(list) => (
          <View className='zc-n__form'>
            <Text>公示范围</Text>
            <View className='zc-n__row'>
              {list.map((u) => (
                <Text
                  key={u.id}
                  className={`zc-n__chip notice-unit ${e.unitId === u.id ? 'zc-n__chip--on' : ''}`}
                  onClick={() => e.setUnitId(u.id)}
                >
                  {u.name}
                </Text>
              ))}
            </View>
            <Text>类别</Text>
            <View className='zc-n__row'>
              {OPEN_NOTICE_CATEGORIES.map((c) => (
                <Text
                  key={c}
                  className={`zc-n__chip notice-category notice-category--${c} ${e.category === c ? 'zc-n__chip--on' : ''}`}
                  onClick={() => e.setCategory(c)}
                >
                  {NOTICE_CATEGORY_LABELS[c]}
                </Text>
              ))}
            </View>
            <FieldLabel text='标题' />
            <Input
              className='zc-n__field notice-title'
              placeholder='标题（60 字以内）'
              maxlength={60}
              value={e.title}
              onInput={(ev) => e.setTitle(ev.detail.value)}
            />
            <FieldLabel text='公示内容' />
            <TextArea
              className='notice-body'
              placeholder='公示内容。身份证号、手机号须打码，如 4101**********1234、138****5678'
              maxLength={5000}
              value={e.body}
              onChange={e.setBody}
            />
            <View className='zc-n__row'>
              公示期：
              <Text
                className='zc-n__chip notice-days-minus'
                onClick={() => e.setDays(Math.max(1, e.days - 1))}
              >
                －
              </Text>
              <Text className='notice-days'>{e.days}</Text>
              <Text
                className='zc-n__chip notice-days-plus'
                onClick={() => e.setDays(Math.min(30, e.days + 1))}
              >
                ＋
              </Text>
              天（自今天起）
            </View>
            <View className='zc-n__row'>
              {e.photos.length > 0 ? (
                <Text className='notice-photo-count'>{`已添加照片 ${e.photos.length} 张`}</Text>
              ) : null}
              <Text className='zc-n__chip notice-add-photo' onClick={() => void e.addPhoto()}>
                ＋照片
              </Text>
              <Text className='zc-n__chip notice-add-file' onClick={() => void e.addAttachment()}>
                ＋附件
              </Text>
            </View>
            {e.attachments.map((a) => (
              <Text key={a.fileID} className='zc-n__meta notice-attachment'>{`附件：${a.name}`}</Text>
            ))}
            {e.warning ? <Text className='zc-n__warn notice-warning'>{e.warning}</Text> : null}
            <Button
              type='primary'
              block
              className='notice-publish'
              loading={e.busy}
              disabled={e.busy || !e.unitId || !e.title.trim() || !e.body.trim()}
              onClick={() => void e.publish()}
            >
              发布
            </Button>
            {e.message ? <Text className='zc-n__msg notice-message'>{e.message}</Text> : null}
          </View>
        )}
      </AsyncGate>
    </View>
  )
}
