import { Cell } from '@nutui/nutui-react-taro'
import type { PostingView } from '@contract/api/org-postings'

/** One posting: who, which role, the term, and how it ended (facts only). */
export function PostingCard({
  p,
  showVillage = false,
  onClick,
}: {
  p: PostingView
  showVillage?: boolean
  onClick?: () => void
}) {
  const term = `${p.batch} · ${p.startDay} 至 ${p.endedDay ?? p.plannedEndDay}${p.endedDay ? '' : '（计划）'}`
  const ended = p.endLabel
    ? `${p.endLabel}${p.successorName ? `，接任：${p.successorName}` : ''}${p.endNote ? `；${p.endNote}` : ''}`
    : null
  return (
    <Cell
      className={`posting-card posting-card--${p.status}`}
      title={`${showVillage ? `${p.villageName} · ` : ''}${p.personName}（${p.teamRoleLabel}）`}
      description={[term, ended, p.pastPlannedEnd ? '已超出计划期满' : null].filter(Boolean).join('\n')}
      extra={onClick ? '›' : undefined}
      clickable={Boolean(onClick)}
      onClick={onClick}
    />
  )
}
