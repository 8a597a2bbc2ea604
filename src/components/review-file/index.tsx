import { Cell } from '@nutui/nutui-react-taro'

/** A recorded 述职 file: its name, opened in a new tab (browser) or the viewer (WeChat) on tap. */
export function ReviewFile(props: {
  file: { name: string; url: string }
  onOpen: (file: { name: string; url: string }) => void
}) {
  const { file, onOpen } = props
  return (
    <Cell
      className='review-entry-file'
      title={`述职材料：${file.name}`}
      extra={file.url ? '打开 ›' : '链接暂不可用'}
      clickable
      onClick={() => onOpen(file)}
    />
  )
}
