import { Text, View } from '@tarojs/components'
import { Button, Cell, CellGroup } from '@nutui/nutui-react-taro'
import { ATTACH_STEPS, ATTACH_STEP_LABELS } from '@contract/domain/county-attach'
import type { AttachRun, PartState } from '@/hooks/use-county-attach'

const PART_LABELS: Record<PartState, string> = {
  waiting: '等待',
  running: '进行中',
  done: '已完成',
  failed: '中断',
}

/** The parts of one attach run, with the records each rewrote; a failed run offers to resume. */
export function AttachProgress({ run, onResume }: { run: AttachRun; onResume: () => void }) {
  const running = !run.finished && !run.error
  return (
    <CellGroup title={`「${run.countyName}」路径补全`} className='attach-progress'>
      {ATTACH_STEPS.map((s) => (
        <Cell
          key={s}
          className={`attach-progress__part attach-progress__part--${run.parts[s].state}`}
          title={ATTACH_STEP_LABELS[s]}
          description={`已补全 ${run.parts[s].fixed} 条`}
          extra={PART_LABELS[run.parts[s].state]}
        />
      ))}
      {run.finished ? (
        <Text className='attach-msg attach-progress__done'>已完成：其下全部单位与记录已归入州/市</Text>
      ) : null}
      {run.error ? (
        <View className='attach-progress__error'>
          <Text className='attach-msg attach-msg--error'>补全中断：{run.error}</Text>
          <Button type='primary' size='small' onClick={onResume}>
            继续补全
          </Button>
        </View>
      ) : null}
      {running ? <Text className='attach-msg'>正在补全，请勿关闭页面（关闭后可回来继续）</Text> : null}
    </CellGroup>
  )
}
