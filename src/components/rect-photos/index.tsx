import { View, Text, Image } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PhotoView } from '@contract/api/rectify-schemas'
import './index.scss'

function when(iso: string): string {
  return new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ')
}

function place(loc: NonNullable<PhotoView['location']>): string {
  return `${loc.lat.toFixed(5)}, ${loc.lng.toFixed(5)}（±${Math.round(loc.accuracy)}米）`
}

/** The server's own record (upload time, uploader, receipt) above what the phone claimed, for the reviewer to compare. */
function Photo({ photo, after }: { photo: PhotoView; after: boolean }) {
  const preview = () =>
    photo.url ? void Taro.previewImage({ urls: [photo.url], current: photo.url }) : undefined
  return (
    <View
      className={`zc-rect-photo ${after ? 'rect-after-photo' : 'rect-before-photo'} ${photo.far ? 'zc-rect-photo--far rect-photo-far' : ''}`}
    >
      {photo.url ? (
        <Image className='zc-rect-photo__img' src={photo.url} mode='aspectFill' onClick={preview} />
      ) : (
        <View className='zc-rect-photo__none'>照片不可用</View>
      )}
      <Text className='zc-rect-photo__meta rect-photo-server'>
        服务器：
        {photo.uploadedAt
          ? `上传 ${when(photo.uploadedAt)}${photo.uploaderName ? `（${photo.uploaderName}）` : ''} · `
          : ''}
        收到 {when(photo.at)}
      </Text>
      <Text className='zc-rect-photo__meta rect-photo-claimed'>
        手机：{photo.deviceAt ? `拍摄 ${when(photo.deviceAt)}` : '未报拍摄时间'} ·{' '}
        {photo.location ? `位置 ${place(photo.location)}` : '无定位'}
      </Text>
      {after && photo.nearestM !== null ? (
        <Text className={`zc-rect-photo__meta ${photo.far ? 'zc-rect-photo__warn' : ''}`}>
          距整改前照片 {photo.nearestM} 米{photo.far ? '（超过200米，请核实）' : ''}
        </Text>
      ) : null}
    </View>
  )
}

/** 整改前 and 整改后 side by side, so the reviewer compares them at a glance. */
export function RectPhotos({ before, after }: { before: PhotoView[]; after: PhotoView[] }) {
  return (
    <View className='zc-rect-photos rect-photos'>
      <View className='zc-rect-photos__col'>
        <Text className='zc-rect-photos__title'>整改前</Text>
        {before.map((p) => (
          <Photo key={p.fileID} photo={p} after={false} />
        ))}
      </View>
      <View className='zc-rect-photos__col'>
        <Text className='zc-rect-photos__title'>整改后</Text>
        {after.length === 0 ? (
          <Text className='zc-rect-photo__meta'>尚未上传</Text>
        ) : (
          after.map((p) => <Photo key={p.fileID} photo={p} after />)
        )}
      </View>
    </View>
  )
}
