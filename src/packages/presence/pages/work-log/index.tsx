import { View, Text, Image } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { todayInChina } from '@/hooks/use-leaves'
import { useWorkLog } from '@/hooks/use-work-log'
import '../../presence.scss'

/** Today's short work log, tied to the day's presence; photos optional. */
export default function WorkLogPage() {
  const day = todayInChina()
  const { text, setText, photos, addPhoto, save, busy, message } = useWorkLog(day)
  return (
    <View className='zc-page work-log-page'>
      <View className='zc-p__form'>
        <Text className='zc-p__muted'>{day} 工作日志（简要记录即可）</Text>
        <TextArea className='work-log-text' placeholder='今天做了什么：走访、会议、协调的事项…' maxLength={500} showCount value={text} onChange={setText} />
        <View className='zc-p__row zc-p__chips'>
          {photos.map((p) => <Image key={p} src={p} mode='aspectFill' style={{ width: '120px', height: '120px' }} />)}
          {photos.length < 6 ? <Text className='zc-p__chip' onClick={() => void addPhoto()}>＋ 拍照（可选）</Text> : null}
        </View>
        <View className='zc-p__actions'>
          <Button type='primary' block className='work-log-save' loading={busy} disabled={busy || !text.trim()} onClick={() => void save()}>保存</Button>
        </View>
      </View>
      {message ? <Text className='zc-p__msg work-log-message'>{message}</Text> : null}
    </View>
  )
}
