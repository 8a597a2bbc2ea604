import ExcelJS from 'exceljs'
import { RECT_SOURCE_LABELS, RECT_STATE_LABELS } from '@contract/domain/rectification'
import { shanghaiDay } from '@contract/domain/rectification-clock'
import { maskSensitive } from '@contract/domain/sensitive-text'
import type { ExportRow } from './rectify-item-export'
import { asDate } from './rectify-items'
import { titledSheet, workbookBuffer } from './xlsx-sheet'

/** The customary ledger columns, in the order the organization department files them. */
export const LEDGER_COLUMNS = [
  '序号',
  '问题来源',
  '村',
  '问题描述',
  '整改措施',
  '责任单位',
  '责任人',
  '整改时限',
  '进展',
  '销号日期',
  '复核人',
  '佐证',
] as const
const WIDTHS = [6, 10, 16, 40, 40, 18, 10, 14, 50, 12, 10, 60]

/** 进展: the state, then the item's trail, one line each (ID and mobile numbers masked, as the ledger goes up). */
export function progressOf(item: Pick<ExportRow, 'state' | 'trail'>): string {
  return maskSensitive([`【${RECT_STATE_LABELS[item.state]}】`, ...item.trail].join('\n'))
}

/** 整改时限, naming the original deadline when it was extended. */
export function deadlineOf(item: Pick<ExportRow, 'deadline' | 'originalDeadline'>): string {
  return item.originalDeadline ? `${item.deadline}（原定 ${item.originalDeadline}，已延期）` : item.deadline
}

/** One sheet, one row per item; evidence cells list temporary links, before-photos first. */
export async function ledgerWorkbook(
  items: ExportRow[],
  urls: Map<string, string>,
  title: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '驻村工作台'
  const ws = titledSheet(
    wb,
    '整改台账',
    title,
    LEDGER_COLUMNS.map((header, i) => ({ header, width: WIDTHS[i] })),
  )
  items.forEach((item, index) => {
    const evidence = [
      ...item.beforePhotos.map((p, i) => `整改前${i + 1}：${urls.get(p.fileID) || p.fileID}`),
      ...item.afterPhotos.map(
        (p, i) =>
          `整改后${i + 1}${p.far ? '（距整改前照片超200米）' : ''}：${urls.get(p.fileID) || p.fileID}`,
      ),
      ...(item.afterFiles ?? []).map((f, i) => `佐证文件${i + 1}：${urls.get(f.fileID) || f.fileID}`),
      ...(item.siteConfirmation
        ? [
            `复核人现场确认（${item.siteConfirmation.byName}，${shanghaiDay(asDate(item.siteConfirmation.at))}）：${maskSensitive(item.siteConfirmation.text)}`,
          ]
        : []),
    ]
    const row = ws.addRow([
      index + 1,
      RECT_SOURCE_LABELS[item.source],
      `${item.townshipName}${item.villageName}`,
      maskSensitive(item.problem),
      maskSensitive(item.measures),
      item.responsibleUnit,
      item.responsibleName,
      deadlineOf(item),
      progressOf(item),
      item.closedAt ? shanghaiDay(asDate(item.closedAt)) : '',
      item.state === 'closed' ? (item.reviewerName ?? '') : '',
      evidence.join('\n'),
    ])
    row.alignment = { vertical: 'top', wrapText: true }
  })
  // Fast deflate: the sheet is mostly repeated text and the 5 s budget matters more than bytes.
  return workbookBuffer(wb)
}
