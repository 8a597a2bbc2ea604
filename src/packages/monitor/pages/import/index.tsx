import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, Loading } from '@nutui/nutui-react-taro'
import { WARNING_DEPARTMENT } from '@contract/domain/monitoring'
import { Chips } from '@/components/monitor-chips'
import { useWarningImport } from '@/hooks/use-warning-import'
import '../../monitor.scss'

/** 部门筛查预警: the department's xlsx; matched households land as 待评议 in their own villages. */
export default function ImportPage() {
  const m = useWarningImport()
  const wrote = m.outcome ? m.outcome.created > 0 : false
  return (
    <View className='zc-page monitor-import'>
      <Text className='zc-m__intro'>
        选择部门，上传部门的预警名单（xlsx，列为“身份证号、姓名、风险类型、说明”，可先下载模板）。按户主身份证号匹配本辖区农户，匹配到的进入所在村的待评议；未匹配的行列出，不保存身份证号。任何一行无法读取时整个文件不导入。
      </Text>
      <View className='zc-m__form'>
        <Chips
          name='import-dept'
          keys={WARNING_DEPARTMENT.keys}
          labels={WARNING_DEPARTMENT.labels}
          chosen={[m.department]}
          onToggle={(k) => m.setDepartment(k)}
        />
        <Button block className='import-template' disabled={m.busy} onClick={() => void m.downloadTemplate()}>
          下载模板
        </Button>
        <Button
          type='primary'
          block
          className='import-pick'
          disabled={m.busy}
          onClick={() => void m.pickAndImport()}
        >
          选择 xlsx 文件并导入
        </Button>
      </View>
      {m.fileName ? <Text className='zc-m__meta import-file'>文件：{m.fileName}</Text> : null}
      {m.busy ? <Loading type='circular'>正在上传并导入…</Loading> : null}
      {m.message ? (
        <Text className={`zc-m__msg import-message ${m.outcome && !wrote ? 'import-message--none' : ''}`}>
          {m.message}
        </Text>
      ) : null}
      {m.outcome && m.outcome.unmatched.length > 0 ? (
        <CellGroup title='未匹配的行'>
          {m.outcome.unmatched.map((u) => (
            <Cell
              key={u.line}
              className='import-unmatched'
              title={`第 ${u.line} 行 ${u.idMasked}`}
              description={u.reason}
            />
          ))}
        </CellGroup>
      ) : null}
    </View>
  )
}
