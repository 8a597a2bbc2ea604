/** What an import did, in one sentence: how many records it wrote, or that it wrote none and why. */
export interface ImportCounts {
  label: string
  rows: number
  invalid: number
  create: number
  update: number
  unchanged: number
}

export function importOutcome(counts: readonly ImportCounts[]): { written: number; text: string } {
  const sum = (k: 'create' | 'update' | 'unchanged' | 'invalid') => counts.reduce((n, c) => n + c[k], 0)
  const created = sum('create')
  const updated = sum('update')
  const written = created + updated
  if (written > 0) return { written, text: `已写入 ${written} 条记录（新增 ${created}、更新 ${updated}）` }
  const unchanged = sum('unchanged')
  const invalid = sum('invalid')
  const why = [
    unchanged ? `${unchanged} 条与现有数据完全相同` : '',
    invalid ? `${invalid} 行有误已跳过` : '',
  ].filter(Boolean)
  return { written: 0, text: `未写入任何记录：${why.length ? why.join('，') : '文件中没有可导入的数据'}` }
}
