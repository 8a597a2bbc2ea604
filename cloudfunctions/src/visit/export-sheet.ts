import ExcelJS from 'exceljs'
import { CHECK, HELP, HOUSE_CLASS, INCOME_SOURCE, RISK, SATISFACTION } from '@contract/domain/visit-form'
import { shanghaiClock, shanghaiDay } from '@contract/domain/presence-time'
import { maskSensitive } from '@contract/domain/sensitive-text'
import type { VisitDoc } from './docs'
import { titledSheet, workbookBuffer } from '../shared/xlsx-sheet'

export interface CoverageLine {
  township: string
  village: string
  household: string
  cadres: string
  visits: number
}

const join = <K extends string>(labels: Record<K, string>, keys: readonly K[]) =>
  keys.map((k) => labels[k]).join('、')

function visitRow(v: VisitDoc, i: number): Array<string | number> {
  const f = v.form
  // Free text leaves the village in this file: ID and mobile numbers in it are masked.
  const checks = CHECK.keys.map((k) => (f.checks[k].ok ? '是' : `否：${maskSensitive(f.checks[k].note)}`))
  const at = new Date(v.startedAt)
  return [
    i + 1,
    v.villageName,
    v.headName,
    `${shanghaiDay(at)} ${shanghaiClock(at)}`,
    v.authorName,
    ...checks,
    f.checks.housing.houseClass ? HOUSE_CLASS.labels[f.checks.housing.houseClass] : '',
    f.income.annualEstimate,
    join(INCOME_SOURCE.labels, f.income.sources),
    join(RISK.labels, f.risks),
    maskSensitive(f.problems),
    join(HELP.labels, f.help.measures),
    maskSensitive(f.help.text),
    SATISFACTION.labels[f.satisfaction],
    v.version,
    v.photos.length,
    v.syncedLate ? '是' : '',
  ]
}

/** Two sheets: 走访记录 (one row per visit, latest version) and 覆盖情况 (one row per household). */
export async function buildVisitWorkbook(
  title: string,
  visits: VisitDoc[],
  coverage: CoverageLine[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const headers = [
    '序号',
    '村',
    '户主',
    '走访时间',
    '走访人',
    ...CHECK.keys.map((k) => CHECK.labels[k]),
    '住房等级',
    '年收入估算（元）',
    '收入来源',
    '发现风险',
    '存在问题',
    '帮扶措施',
    '帮扶情况',
    '满意度',
    '版本',
    '照片数',
    '离线补传',
  ]
  const sheet = (name: string, cols: string[], rows: Array<Array<string | number>>) => {
    const ws = titledSheet(
      wb,
      name,
      `${title} ${name}`,
      cols.map((header) => ({ header, width: 14 })),
    )
    rows.forEach((r) => ws.addRow(r))
  }
  sheet('走访记录', headers, visits.map(visitRow))
  sheet(
    '覆盖情况',
    ['序号', '乡镇', '村', '户主', '帮扶责任人', '本周期走访次数', '是否已走访'],
    coverage.map((c, i) => [
      i + 1,
      c.township,
      c.village,
      c.household,
      c.cadres,
      c.visits,
      c.visits > 0 ? '是' : '否',
    ]),
  )
  return await workbookBuffer(wb)
}
