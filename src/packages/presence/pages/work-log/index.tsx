import { View, Text, Image } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { todayInChina } from '@/hooks/use-leaves'
import { useWorkLog } from '@/hooks/use-work-log'
import '../../presence.scss'

/** Today's short work log, tied to the day's presence; photos optional. An existing entry is edited. */
export default function WorkLogPage() {
  const day = todayInChina()
  const { text, setText, photos, addPhoto, removePhoto, save, loaded, existing, busy, message } =
    useWorkLog(day)
  return (
    <View className='zc-page work-log-page'>
      <View className='zc-p__form'>
        <Text className='zc-p__muted'>{day} 工作日志（简要记录即可）</Text>
        {existing ? (
          <Text className='zc-p__muted work-log-existing'>今天已填写过，修改后保存将更新原记录</Text>
        ) : null}
        <TextArea
          className='work-log-text'
          placeholder={loaded ? '今天做了什么：走访、会议、协调的事项…' : '正在读取…'}
          maxLength={500}
          showCount
          value={text}
          onChange={setText}
          disabled={!loaded}
        />
        <View className='zc-p__row zc-p__chips'>
          {photos.map((p, i) => (
            <View key={`${p.src}-${i}`} className='work-log-photo'>
              <Image src={p.src} mode='aspectFill' style={{ width: '120px', height: '120px' }} />
              <Text className='zc-p__chip work-log-photo-remove' onClick={() => removePhoto(i)}>
                删除
              </Text>
            </View>
          ))}
          {photos.length < 6 ? (
            <Text className='zc-p__chip' onClick={() => void addPhoto()}>
              ＋ 拍照（可选）
            </Text>
          ) : null}
        </View>
        <View className='zc-p__actions'>
          <Button
            type='primary'
            block
            className='work-log-save'
            loading={busy}
            disabled={busy || !loaded || !text.trim()}
            onClick={() => void save()}
          >
            {existing ? '保存修改' : '保存'}
          </Button>
        </View>
      </View>
      {message ? <Text className='zc-p__msg work-log-message'>{message}</Text> : null}
    </View>
  )
}
