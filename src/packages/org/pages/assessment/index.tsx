import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { AsyncGate } from '@/components/async-gate'
import { AssessmentCard } from '@/components/assessment-card'
import { useAssessment } from '@/hooks/use-assessment'
import { useWorkbench } from '@/hooks/use-workbench'
import './index.scss'

const lastMonth = () => {
  const d = new Date()
  d.setDate(0)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`
}

/**
 * A 派出单位's cadres for a year: each one's facts and 等次 (admins decide with a reason), the year's
 * leave, and the xlsx files the 派出单位 receives — the 年度考核 and last month's 驻村工作记实.
 */
export default function AssessmentPage() {
  const params = useRouter().params
  const dispatchUnitId = params.dispatchUnitId ?? ''
  const [year, setYear] = useState(Number(params.year) || new Date().getFullYear())
  const sheet = useAssessment(dispatchUnitId, year)
  const { state: bench } = useWorkbench()
  const admin = bench.status === 'ready' && bench.data.roles.some((r) => r.role === 'admin')
  return (
    <View className='zc-page assessment-page'>
      <View className='as-year'>
        <Button size='small' className='year-prev' onClick={() => setYear(year - 1)}>
          上一年
        </Button>
        <Text className='as-year__label'>{year} 年度</Text>
        <Button size='small' className='year-next' onClick={() => setYear(year + 1)}>
          下一年
        </Button>
      </View>
      <View className='as-exports'>
        <Button
          size='small'
          type='primary'
          className='export-assessment'
          loading={sheet.busy}
          onClick={() => void sheet.exportSheet()}
        >
          导出年度考核表
        </Button>
        <Button
          size='small'
          className='export-month'
          loading={sheet.busy}
          onClick={() => void sheet.exportMonth(lastMonth())}
        >
          导出上月驻村工作记实
        </Button>
      </View>
      {sheet.message ? <Text className='as-message'>{sheet.message}</Text> : null}
      <AsyncGate state={sheet.state} onRetry={() => void sheet.reload()}>
        {({ sheet: data, leaves }) => (
          <>
            <Text className='as-intro'>
              {data.unitName}：所派干部 {data.rows.length}{' '}
              人。表中只列全年事实，考核等次由县委组织部评定并写明理由，不打分、不排名。
            </Text>
            {data.rows.map((row) => (
              <AssessmentCard
                key={`${row.personId}-${year}-${row.decision?.decidedAt ?? ''}`}
                row={row}
                canDecide={admin}
                busy={sheet.busy}
                onDecide={(grade, reason) => sheet.decide(row.personId, grade, reason)}
              />
            ))}
            <CellGroup title={`${year} 年请假记录`}>
              {leaves.length === 0 ? <Cell className='leave-empty' title='本年度没有请假记录' /> : null}
              {leaves.map((l) => (
                <Cell
                  key={l.id}
                  className='dispatch-leave'
                  title={`${l.personName} · ${l.typeLabel} ${l.days} 天`}
                  description={`${l.village}，${l.startDay} 至 ${l.endDay}`}
                  extra={l.statusLabel}
                />
              ))}
            </CellGroup>
          </>
        )}
      </AsyncGate>
    </View>
  )
}
