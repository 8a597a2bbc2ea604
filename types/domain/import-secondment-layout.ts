import type { ImportColumn, ImportLayout } from './import-layout'

const col = (header: string, required: boolean, note: string, example: string): ImportColumn => ({
  header,
  required,
  note,
  example,
})

/**
 * The 挂职 sheet: cadres placed at a county or township for a term (商洛 十百千). The person is matched
 * by phone: already imported, or on the 人员 sheet of the same file (any level, e.g. a 市 cadre homed
 * at the 州/市). A 州/市 admin may name any county or township beneath it, a county admin its own.
 */
export const SECONDMENT_LAYOUT: ImportLayout = {
  kind: 'secondments',
  sheet: '挂职',
  columns: [
    col('姓名', true, '须与人员表或已导入人员一致', '李明'),
    col('手机号', true, '识别人员：已导入，或在本文件“人员”表中', '13800002345'),
    col('挂职单位编码', true, '区县或乡镇的编码（可在本文件“组织”表中新建）', '411302'),
    col('挂任职务', true, '不超过 30 字', '副县长'),
    col('期次', true, '不超过 20 字', '第一批十百千'),
    col('到任日期', true, 'YYYY-MM-DD（请把该列设为文本格式）', '2026-03-01'),
    col('计划期满日', true, 'YYYY-MM-DD，晚于到任日期，不超过 6 年', '2028-02-28'),
  ],
}
