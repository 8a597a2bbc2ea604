import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { Button, TextArea } from '@nutui/nutui-react-taro'
import {
  ASSESSMENT_GRADES,
  ASSESSMENT_GRADE_LABELS,
  leaveSummary,
  type AssessmentGrade,
  type AssessmentRow,
} from '@contract/domain/assessment'
import { FieldLabel } from '@/components/field-label'
import './index.scss'

interface Props {
  row: AssessmentRow
  /** County admins decide; everyone else reads. */
  canDecide: boolean
  busy: boolean
  onDecide: (grade: AssessmentGrade, reason: string) => Promise<boolean>
}

/** One cadre's year as facts, beside the 等次 a person decided (never a score). */
export function AssessmentCard({ row, canDecide, busy, onDecide }: Props) {
  const f = row.facts
  const [grade, setGrade] = useState<AssessmentGrade | null>(row.decision?.grade ?? null)
  const [reason, setReason] = useState(row.decision?.reason ?? '')
  return (
    <View className='as-card'>
      <Text className='as-name'>
        {row.name} · {row.village} · {row.post}
      </Text>
      <View className='as-facts'>
        <Text>在村 {f.presentDays} 天</Text>
        <Text>请假：{leaveSummary(f) || '无'}</Text>
        <Text>
          走访 {f.visits} 次，到户 {f.coverage.visited}/{f.coverage.total}
        </Text>
        <Text>整改销号 {f.itemsClosed} 项</Text>
        <Text>核实保留的提示 {f.signsConfirmed} 天</Text>
        <Text>述职评议：{f.review || '暂无记录'}</Text>
      </View>
      {row.decision ? (
        <Text className='as-decision'>
          考核等次：{row.decision.gradeLabel}（{row.decision.decidedByName} 于{' '}
          {row.decision.decidedAt.slice(0, 10)} 评定）理由：{row.decision.reason}
        </Text>
      ) : (
        <Text className='as-decision as-decision--none'>尚未评定</Text>
      )}
      {canDecide ? (
        <View className='as-decide'>
          <FieldLabel text='考核等次' />
          <View className='as-grades'>
            {ASSESSMENT_GRADES.map((g) => (
              <Button
                key={g}
                size='small'
                className={`as-grade as-grade--${g}`}
                type={g === grade ? 'primary' : 'default'}
                onClick={() => setGrade(g)}
              >
                {ASSESSMENT_GRADE_LABELS[g]}
              </Button>
            ))}
          </View>
          <FieldLabel text='评定理由' />
          <TextArea
            className='as-reason'
            value={reason}
            maxLength={500}
            onChange={(v: string) => setReason(v)}
          />
          <Button
            className='as-save'
            type='primary'
            size='small'
            loading={busy}
            disabled={!grade}
            onClick={() => grade && void onDecide(grade, reason)}
          >
            {row.decision ? '改为此等次' : '评定'}
          </Button>
        </View>
      ) : null}
    </View>
  )
}
