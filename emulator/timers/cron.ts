/** WeChat timer triggers use 7 fields: second minute hour day month weekday year. */
export interface ParsedTrigger {
  /** The first six fields, as croner reads them. */
  sixFields: string
  /** The year field; `*` or a list/range of years. */
  year: string
}

export function parseWechatCron(expr: string): ParsedTrigger {
  const fields = expr.trim().split(/\s+/)
  if (fields.length !== 7) throw new Error(`定时触发器的 cron 须为 7 段（秒 分 时 日 月 星期 年）：${expr}`)
  return { sixFields: fields.slice(0, 6).join(' '), year: fields[6] }
}

export function yearMatches(field: string, year: number): boolean {
  if (field === '*') return true
  return field.split(',').some((part) => {
    const [a, b] = part.split('-').map(Number)
    return b === undefined ? a === year : year >= a && year <= b
  })
}
