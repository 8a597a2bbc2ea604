import { DEFAULT_PRESENCE_RADIUS_M, RADIUS_RANGE_TEXT } from './org-unit'
import { SECONDMENT_LAYOUT } from './import-secondment-layout'
import { DISPATCH_UNIT_KIND_LABELS, DISPATCH_UNIT_KINDS } from './dispatch-unit'

/**
 * The spreadsheet layout of a county import, one sheet (or one csv file) per kind. The template
 * action, the parser and the README all read this list, so they cannot drift apart. A sheet is
 * recognised by its header row, whatever the sheet or file is called.
 */
export const IMPORT_KINDS = ['units', 'dispatch', 'people', 'households', 'members', 'secondments'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export interface ImportColumn {
  header: string
  required: boolean
  note: string
  example: string
}

export interface ImportLayout {
  kind: ImportKind
  sheet: string
  columns: ImportColumn[]
}

const col = (header: string, required: boolean, note: string, example: string): ImportColumn => ({
  header,
  required,
  note,
  example,
})

export const IMPORT_LAYOUTS: Record<ImportKind, ImportLayout> = {
  units: {
    kind: 'units',
    sheet: '组织',
    columns: [
      col(
        '层级',
        true,
        '区县（仅州/市管理员）/ 乡镇 / 村 / 村民小组（上级须已导入或在本表中，行序不限）',
        '村',
      ),
      col('编码', true, '单位编码（村用 12 位行政区划代码），全县唯一', '411302100207'),
      col('名称', true, '不超过 30 字', '李庄村'),
      col('上级编码', true, '区县填州/市编码，乡镇填县编码，村填乡镇编码，小组填村编码', '411302100'),
      col('纬度', false, '村必填：党群服务中心纬度（WGS84）', '32.981234'),
      col('经度', false, '村必填：党群服务中心经度（WGS84）', '112.551234'),
      col('签到半径(米)', false, `村可填，${RADIUS_RANGE_TEXT}，默认 ${DEFAULT_PRESENCE_RADIUS_M}`, '500'),
      col('贫困村', false, '是 / 否，默认否', '是'),
      col('软弱涣散村', false, '是 / 否，默认否', '否'),
    ],
  },
  dispatch: {
    kind: 'dispatch',
    sheet: '派出单位',
    columns: [
      col('派出单位名称', true, '2–60 字，本县唯一；同名的已登记单位按本行更新', '省农业农村厅'),
      col(
        '单位类别',
        true,
        DISPATCH_UNIT_KINDS.map((k) => DISPATCH_UNIT_KIND_LABELS[k]).join(' / '),
        '省直单位',
      ),
      col('联系人姓名', true, '派出单位指定的联系人，2–20 字', '赵敏'),
      col(
        '联系人手机号',
        true,
        '11 位手机号；联系人凭此手机号绑定，接收本单位干部的请假、考核与召回消息',
        '13700001234',
      ),
    ],
  },
  people: {
    kind: 'people',
    sheet: '人员',
    columns: [
      col('姓名', true, '不超过 20 字', '张伟'),
      col('手机号', true, '11 位手机号，用于识别同一人；一人多角色写多行', '13800001234'),
      col('身份证号', false, '18 位，可不填', ''),
      col('所属单位编码', true, '本人所在的县、乡镇或村', '411302100207'),
      col('角色', true, '组织部管理员 / 督查组 / 乡镇领导 / 驻村干部 / 村干部 / 帮扶责任人', '驻村干部'),
      col(
        '岗位',
        false,
        '第一书记 / 工作队员 / 村党支部书记 / 村委会主任 / 村两委成员 / 包村干部',
        '第一书记',
      ),
      col('负责单位编码', false, '角色的范围，多个用顿号或逗号分隔；不填则为所属单位', '411302100207'),
      col(
        '派出单位',
        false,
        '驻村干部的派出单位名称，须已登记或在本文件“派出单位”表中；不填则不改',
        '省农业农村厅',
      ),
    ],
  },
  households: {
    kind: 'households',
    sheet: '农户',
    columns: [
      col('户主姓名', true, '不超过 20 字', '王秀英'),
      col('户主身份证号', true, '18 位，全县唯一，用于识别同一户', '411302195503120020'),
      col('联系电话', false, '11 位手机号', '13900005678'),
      col('村编码', true, '农户所在村', '411302100207'),
      col('村民小组编码', false, '须属于该村', '41130210020701'),
      col('农户类型', true, '脱贫户 / 监测对象 / 一般农户（2021 年起没有未脱贫户）', '脱贫户'),
      col('监测对象类型', false, '监测对象必填：脱贫不稳定户 / 边缘易致贫户 / 突发严重困难户', ''),
      col(
        '主要致贫原因',
        false,
        '脱贫户和脱贫不稳定户必填，其他不填：因病 因残 因学 因灾 缺土地 缺水 缺技术 缺劳动力 缺资金 交通落后 自身动力不足',
        '因病',
      ),
      col('帮扶责任人手机号', false, '多个用顿号或逗号分隔，须为已登记人员', '13800001234'),
    ],
  },
  members: {
    kind: 'members',
    sheet: '家庭成员',
    columns: [
      col('户主身份证号', true, '成员所属的户；导入的成员替换该户原有成员', '411302195503120020'),
      col('与户主关系', true, '户主 配偶 子女 父母 孙辈 兄弟姐妹 儿媳/女婿 其他', '户主'),
      col('性别', true, '男 / 女', '女'),
      col('年龄', true, '0–120', '70'),
      col('文化程度', true, '学龄前 文盲或半文盲 小学 初中 高中/中专 大专及以上', '小学'),
      col('在校情况', true, '非在校生 学前教育 义务教育在校 高中/中职在校 大专及以上在校 辍学', '非在校生'),
      col('健康状况', true, '健康 长期慢性病 患有大病 残疾', '长期慢性病'),
      col(
        '劳动能力',
        true,
        '普通劳动力 技能劳动力 弱劳动力或半劳动力 丧失劳动力 无劳动力',
        '弱劳动力或半劳动力',
      ),
      col('务工状况', true, '务农 乡镇内务工 县内务工 省内县外务工 省外务工 未就业 不适用', '务农'),
    ],
  },
  secondments: SECONDMENT_LAYOUT,
}

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  units: '组织',
  dispatch: '派出单位',
  people: '人员',
  households: '农户',
  members: '家庭成员',
  secondments: '挂职',
}

/** The layout whose required headers all appear in this header row, if exactly one does. */
export function detectLayout(headers: readonly string[]): ImportLayout | undefined {
  const present = new Set(headers.map((h) => h.trim()))
  const matches = IMPORT_KINDS.map((k) => IMPORT_LAYOUTS[k]).filter((l) =>
    l.columns.every((c) => !c.required || present.has(c.header)),
  )
  // 农户 and 家庭成员 both have 户主身份证号; the one with more matching headers is meant.
  matches.sort(
    (a, b) =>
      b.columns.filter((c) => present.has(c.header)).length -
      a.columns.filter((c) => present.has(c.header)).length,
  )
  return matches[0]
}

/** Cells listing several values: 、 ， , ； ; or spaces between them. */
export function splitList(cell: string): string[] {
  return cell
    .split(/[、，,；;\s]+/)
    .map((s) => s.trim())
    .filter(Boolean)
}

export const MAX_IMPORT_ROWS = 20000
