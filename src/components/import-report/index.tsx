import { View, Text } from '@tarojs/components'
import { Cell, CellGroup } from '@nutui/nutui-react-taro'
import type { ImportReport } from '@/hooks/use-import'
import './index.scss'

/** Counts per kind, then every problem as 表 · 第 N 行 · 列: 原因. */
export function ImportReportView({ report }: { report: ImportReport }) {
  return (
    <View className='zc-report import-report'>
      <CellGroup title='数据概览'>
        {report.counts.length === 0 ? <Cell title='文件中没有可导入的数据' /> : null}
        {report.counts.map((c) => (
          <Cell
            key={c.kind}
            className={`report-count report-count--${c.kind}`}
            title={`${c.label}：${c.rows} 行`}
            description={`新增 ${c.create} · 更新 ${c.update} · 无变化 ${c.unchanged}${c.invalid ? ` · 有误 ${c.invalid} 行` : ''}`}
          />
        ))}
      </CellGroup>
      {report.issueCount > 0 ? (
        <CellGroup
          title={`发现 ${report.issueCount} 处问题${report.issueCount > report.issues.length ? `（显示前 ${report.issues.length} 处）` : ''}`}
        >
          {report.issues.map((i, n) => (
            <Cell
              key={`${i.sheet}-${i.row}-${i.column}-${n}`}
              className='report-issue'
              title={
                <Text className='zc-report__where'>{`${i.sheet} · 第 ${i.row} 行${i.column ? ` · ${i.column}` : ''}`}</Text>
              }
              description={i.reason}
            />
          ))}
        </CellGroup>
      ) : (
        <View className='zc-report__clean report-clean'>检查通过，没有发现问题</View>
      )}
    </View>
  )
}
