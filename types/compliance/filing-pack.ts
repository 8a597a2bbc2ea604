import type { Access } from '../api/define'
import { ROLE_LABELS } from '../domain/role'
import { APP_KIND, APP_NAME, DEVICE_PERMISSIONS, FEEDBACK_CHANNEL, THIRD_PARTIES } from './app-facts'
import { CLAUSES } from './clauses'
import type { ActionEntry, CollectedField } from './collected-fields'
import { usesCoveredBy } from './field-match'
import { PERSONAL_INFO } from './personal-info'
import { WORK_FIELDS } from './work-fields'

/** A county setting in force, with the reason the county wrote for it. */
export interface SettingInForce {
  name: string
  value: string
  defaultValue: string
  reason: string
  changedAt: string
  changedBy: string
}

export interface FilingSheet {
  name: string
  title: string
  columns: Array<{ header: string; width: number }>
  rows: string[][]
}

export interface FilingFacts {
  county: string
  day: string
  actions: readonly ActionEntry[]
  fields: readonly CollectedField[]
  settings: readonly SettingInForce[]
}

const FN_LABELS: Record<string, string> = {
  org: '组织与人员',
  presence: '在村履职',
  imports: '名册导入',
  rectify: '整改台账',
  notice: '公示与通知',
  visit: '入户走访',
  report: '统计报表',
  files: '文件上传',
  feedback: '投诉建议',
}

export function whoUses(access: Access): string {
  if (access === 'public') return '所有微信用户（含未绑定的村民）'
  if (access === 'bound') return '所有已绑定的干部'
  return access.map((r) => ROLE_LABELS[r]).join('、')
}

const cols = (spec: Array<[string, number]>) => spec.map(([header, width]) => ({ header, width }))

/** The sheets of 备案材料, in filing order; every row comes from a declaration or the contract. */
export function filingSheets(facts: FilingFacts): FilingSheet[] {
  const titled = (name: string) => `${APP_NAME} 备案材料 · ${name}（${facts.county}，${facts.day}）`
  const covered = (patterns: readonly string[], part: 'path' | 'where') =>
    [...new Set(usesCoveredBy(facts.fields, patterns).map((u) => u[part]))].join('、')
  const fieldList = (patterns: readonly string[]) => covered(patterns, 'path')
  const whereList = (patterns: readonly string[]) => covered(patterns, 'where')
  return [
    {
      name: '基本信息',
      title: titled('基本信息'),
      columns: cols([
        ['项目', 18],
        ['内容', 90],
      ]),
      rows: [
        ['应用名称', APP_NAME],
        ['应用类型', APP_KIND],
        ['使用单位', facts.county],
        ['生成日期', facts.day],
        ['功能数', String(facts.actions.length)],
        ['个人信息类别数', String(PERSONAL_INFO.length)],
        [
          '敏感个人信息',
          PERSONAL_INFO.filter((d) => d.sensitive)
            .map((d) => d.label)
            .join('；'),
        ],
        ['设备权限', DEVICE_PERMISSIONS.map((p) => `${p.label}（${p.purpose}）`).join('；')],
        ['第三方', THIRD_PARTIES.map((t) => t.name).join('；') + '。此外无其他第三方'],
        ['投诉建议渠道', `${FEEDBACK_CHANNEL.name}：${FEEDBACK_CHANNEL.where}`],
      ],
    },
    {
      name: '功能清单',
      title: titled('功能清单'),
      columns: cols([
        ['模块', 12],
        ['功能', 50],
        ['使用者', 50],
        ['接口', 28],
      ]),
      rows: facts.actions.map((a) => [
        FN_LABELS[a.fn] ?? a.fn,
        a.def.summary,
        whoUses(a.def.access),
        `${a.fn}.${a.action}`,
      ]),
    },
    {
      name: '个人信息',
      title: titled('个人信息收集清单'),
      columns: cols([
        ['个人信息', 24],
        ['敏感', 6],
        ['信息主体', 18],
        ['收集目的', 36],
        ['必要性', 36],
        ['可见范围', 32],
        ['保存期限', 26],
        ['脱敏与保护', 32],
        ['存储位置', 22],
        ['字段', 40],
        ['收集功能', 40],
      ]),
      rows: PERSONAL_INFO.map((d) => [
        d.label,
        d.sensitive ? '是' : '否',
        d.subjects,
        d.purpose,
        d.necessity,
        d.visibleTo,
        d.retention,
        d.masking,
        d.stored.join('、'),
        fieldList(d.fields),
        whereList(d.fields),
      ]),
    },
    {
      name: '非个人信息字段',
      title: titled('其余收集字段（非个人信息）'),
      columns: cols([
        ['类别', 20],
        ['说明', 50],
        ['字段', 80],
      ]),
      rows: WORK_FIELDS.map((g) => [g.label, g.why, fieldList(g.fields)]),
    },
    {
      name: '设置',
      title: titled('现行县级设置及理由'),
      columns: cols([
        ['设置', 22],
        ['现行值', 14],
        ['默认值', 14],
        ['理由', 50],
        ['修改时间', 20],
        ['修改人', 12],
      ]),
      rows: facts.settings.map((s) => [s.name, s.value, s.defaultValue, s.reason, s.changedAt, s.changedBy]),
    },
    {
      name: '第三方',
      title: titled('第三方及共享情况'),
      columns: cols([
        ['名称', 36],
        ['提供方', 30],
        ['作用', 50],
        ['涉及信息', 40],
      ]),
      rows: [
        ...THIRD_PARTIES.map((t) => [t.name, t.provider, t.role, t.data]),
        ['其他第三方', '无', '不接入第三方统计、广告或其他 SDK', '无'],
      ],
    },
    {
      name: '投诉建议',
      title: titled('投诉建议渠道'),
      columns: cols([
        ['项目', 16],
        ['内容', 80],
      ]),
      rows: [
        ['名称', FEEDBACK_CHANNEL.name],
        ['入口', FEEDBACK_CHANNEL.where],
        ['受理人', FEEDBACK_CHANNEL.answeredBy],
        ['答复时限', FEEDBACK_CHANNEL.timeLimit],
        ['其他渠道', FEEDBACK_CHANNEL.outside],
      ],
    },
    {
      name: '合规对照',
      title: titled('合规对照'),
      columns: cols([
        ['文件', 36],
        ['条款', 30],
        ['落实方式', 70],
        ['依据位置', 40],
      ]),
      rows: CLAUSES.map((c) => [c.doc, c.clause, c.how, c.where]),
    },
  ]
}
