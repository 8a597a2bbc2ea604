import Taro from '@tarojs/taro'
import { View, Text, Image, Input } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { usePublicNotice } from '@/hooks/use-public-notices'
import { FieldLabel } from '@/components/field-label'
import '../../notice.scss'

/** A notice as villagers see it; during its window, an objection form (contact optional, kept private). */
export default function PublicDetailPage() {
  const n = usePublicNotice()
  return (
    <View className='zc-page public-detail-page'>
      <AsyncGate state={n.detail.state} onRetry={n.detail.reload}>
        {(d) => (
          <>
            <View className='zc-n__card'>
              <Text className='zc-n__title public-title'>{d.title}</Text>
              <Text className='zc-n__meta'>{`${d.categoryLabel} · ${d.unitName} · 公示期 ${d.startDay} 至 ${d.endDay}`}</Text>
              <Text className='zc-n__body public-body'>{d.body}</Text>
              {d.photos.map((p) => (
                <Image
                  key={p.fileID}
                  className='zc-n__photo'
                  src={p.url}
                  mode='aspectFill'
                  onClick={() => void Taro.previewImage({ urls: d.photos.map((x) => x.url), current: p.url })}
                />
              ))}
              {d.attachments.map((a) => (
                <Text
                  key={a.fileID}
                  className='zc-n__link zc-n__meta public-attachment'
                  onClick={() => void Taro.setClipboardData({ data: a.url })}
                >{`附件：${a.name}（点击复制链接）`}</Text>
              ))}
              <Text className='zc-n__meta'>{`发布人：${d.authorName}`}</Text>
            </View>
            {d.inWindow && !n.sent ? (
              <View className='zc-n__form objection-form'>
                <Text>对公示内容有异议？（公示期内可提出）</Text>
                <FieldLabel text='异议内容' />
                <TextArea
                  className='objection-text-input'
                  placeholder='请写明异议内容（500 字以内）'
                  maxLength={500}
                  value={n.text}
                  onChange={n.setText}
                />
                <FieldLabel text='联系方式' />
                <Input
                  className='zc-n__field objection-contact-input'
                  placeholder='联系方式（选填，仅乡镇工作人员可见）'
                  maxlength={30}
                  value={n.contact}
                  onInput={(e) => n.setContact(e.detail.value)}
                />
                <View className='zc-n__row'>
                  <Text className='zc-n__chip objection-photo' onClick={() => void n.addPhoto()}>
                    {n.photo ? '已选照片，点击更换' : '＋照片（选填）'}
                  </Text>
                </View>
                <Button
                  type='primary'
                  block
                  className='objection-submit'
                  loading={n.busy}
                  disabled={n.busy || !n.text.trim()}
                  onClick={() => void n.submit()}
                >
                  提交异议
                </Button>
              </View>
            ) : null}
            {!d.inWindow ? <Text className='zc-n__muted'>公示期已结束</Text> : null}
            {n.message ? <Text className='zc-n__msg objection-message'>{n.message}</Text> : null}
          </>
        )}
      </AsyncGate>
    </View>
  )
}
