import { z } from '../zod'
import { defineAction } from './define'
import { IMPORT_KINDS } from '../domain/import-layout'

/** Files to import live under imports/ in cloud storage; xlsx or csv, told by the extension. */
export const importFileIdSchema = z
  .string()
  .max(512)
  .regex(/^cloud:\/\/[^/]+\/imports\/[\w\-./\u4e00-\u9fa5]+\.(xlsx|csv)$/i, '请先上传 xlsx 或 csv 文件')

export const importIssueSchema = z.object({
  sheet: z.string(),
  /** Spreadsheet row number as the user sees it (the header is row 1); 0 for the whole sheet. */
  row: z.number(),
  column: z.string(),
  reason: z.string(),
})
export type ImportIssue = z.infer<typeof importIssueSchema>

export const importCountSchema = z.object({
  kind: z.enum(IMPORT_KINDS),
  label: z.string(),
  rows: z.number(),
  invalid: z.number(),
  create: z.number(),
  update: z.number(),
  unchanged: z.number(),
})

export const importReportSchema = z.object({
  counts: z.array(importCountSchema),
  /** The first 500 issues; issueCount says how many there are. */
  issues: z.array(importIssueSchema),
  issueCount: z.number(),
  clean: z.boolean(),
})
export type ImportReport = z.infer<typeof importReportSchema>

export const importsApi = {
  getImportTemplate: defineAction({
    summary: '生成导入模板（xlsx），返回文件 ID 与临时下载地址',
    access: ['admin'],
    input: z.strictObject({}),
    output: z.object({ fileID: z.string(), tempUrl: z.string(), fileName: z.string() }),
  }),
  validateImport: defineAction({
    summary: '检查导入文件：列出每一处错误（行、列、原因），不写入',
    access: ['admin'],
    input: z.strictObject({ fileID: importFileIdSchema }),
    output: importReportSchema,
  }),
  runImport: defineAction({
    summary: '导入：文件无误时全部导入；validOnly 时只导入无误的行。重复导入不产生变化',
    access: ['admin'],
    input: z.strictObject({ fileID: importFileIdSchema, validOnly: z.boolean().default(false) }),
    output: z.object({
      report: importReportSchema,
      imported: z.boolean(),
      /** The name the file had on the admin's phone, as they chose it. */
      fileName: z.string(),
      written: z.number(),
      /** 已写入 N 条记录…, or 未写入任何记录 and why. */
      outcome: z.string(),
    }),
  }),
}
