import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup, TextArea } from '@nutui/nutui-react-taro'
import { WARNING_DEPARTMENT } from '@contract/domain/monitoring'
import { Chips } from '@/components/monitor-chips'
import { useWarningImport } from '@/hooks/use-warning-import'
import '../../monitor.scss'

/** 部门筛查预警: paste the department's rows; they land as 待评议 in each household's village. */
export default function ImportPage() {
  const m = useWarningImport()
  const { rows, problems } = m.preview
  return (
    <View className='zc-page monitor-import'>
      <Text className='zc-m__intro'>
        从部门表格复制“身份证号、风险类型、说明”三列粘贴到下方（第一行可为表头）。按身份证号匹配本辖区农户，匹配到的进入所在村的待评议；未匹配的行列出，不保存身份证号。
      </Text>
      <View className='zc-m__form'>
        <Chips
          name='import-dept'
          keys={WARNING_DEPARTMENT.keys}
          labels={WARNING_DEPARTMENT.labels}
          chosen={[m.department]}
          onToggle={(k) => m.setDepartment(k)}
        />
        <TextArea
          className='import-text'
          placeholder='粘贴预警名单'
          maxLength={200000}
          value={m.text}
          onChange={m.setText}
        />
        <Text className='zc-m__meta import-preview'>{`可导入 ${rows.length} 行${problems.length ? `，${problems.length} 行无法读取` : ''}`}</Text>
        {problems.slice(0, 5).map((p) => (
          <Text key={p.line} className='zc-m__warn import-problem'>{`第 ${p.line} 行：${p.message}`}</Text>
        ))}
        <Button
          type='primary'
          block
          className='import-submit'
          disabled={m.busy || rows.length === 0 || problems.length > 0}
          onClick={() => void m.submit()}
        >
          导入
        </Button>
      </View>
      {m.message ? <Text className='zc-m__msg import-message'>{m.message}</Text> : null}
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
