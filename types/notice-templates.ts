import { maskSensitive } from './domain/sensitive-text'

/**
 * The ONE place for WeChat subscribe-message templates: their ids (placeholders until the account's
 * real ids are pasted here) and how our notice fields map onto each template's keys. The app asks for
 * these ids in the subscribe prompt; the server sends with them.
 */
export type NoticeField = 'title' | 'body' | 'sender' | 'day' | 'status'

export interface TemplateDef {
  /** The template id from the WeChat console (公共模板库 → 我的模板). */
  id: string
  /** What the user sees in the prompt, for our screens. */
  label: string
  /** Template key (its type prefix decides the limits) → our field. */
  fields: Record<string, NoticeField>
}

export const NOTICE_TEMPLATES = {
  /** 工作提醒: timers (visits, presence) and rectification deadlines. */
  reminder: {
    id: 'TPL-REMINDER-PLACEHOLDER',
    label: '工作提醒',
    fields: { thing1: 'title', thing2: 'body', date3: 'day', phrase4: 'status' },
  },
  /** 督办通知: a supervisor's 催办. */
  urge: {
    id: 'TPL-URGE-PLACEHOLDER',
    label: '督办通知',
    fields: { thing1: 'title', thing2: 'body', name3: 'sender', date4: 'day' },
  },
  /** 公示异议: a villager objected to a notice. */
  objection: {
    id: 'TPL-OBJECTION-PLACEHOLDER',
    label: '公示异议提醒',
    fields: { thing1: 'title', thing2: 'body', date3: 'day' },
  },
} as const satisfies Record<string, TemplateDef>

export type TemplateKey = keyof typeof NOTICE_TEMPLATES
export const TEMPLATE_KEYS = Object.keys(NOTICE_TEMPLATES) as TemplateKey[]

export function templateKeyOfId(id: string): TemplateKey | undefined {
  return TEMPLATE_KEYS.find((k) => NOTICE_TEMPLATES[k].id === id)
}

/** Templates a cadre is asked to accept after a natural tap (WeChat shows at most 3 per prompt). */
export const CADRE_PROMPT: readonly TemplateKey[] = ['reminder', 'urge']
/** Township leaders also hear of villagers' objections. */
export const LEADER_PROMPT: readonly TemplateKey[] = ['reminder', 'urge', 'objection']

const ELLIPSIS = '…'
const chars = (v: string) => [...v]

function cutWithEllipsis(value: string, max: number): string {
  const c = chars(value)
  return c.length <= max ? value : c.slice(0, max - 1).join('') + ELLIPSIS
}

/** name and phrase admit only Chinese characters (an ellipsis would be refused): cut hard. */
function chineseOnly(value: string, max: number): string {
  return chars(value.replace(/[^\u4e00-\u9fa5·]/g, ''))
    .slice(0, max)
    .join('')
}

const FALLBACK: Record<string, string> = { thing: '无', name: '工作人员', phrase: '提醒' }

/**
 * A value cut to WeChat's limit for a template key (`thing1`, `name3`, …): thing ≤ 20 characters,
 * name ≤ 10 and phrase ≤ 5 Chinese characters, character_string ≤ 32 printable ASCII. Never throws:
 * a too-long value is shortened (with an ellipsis where the type allows one), an empty one replaced.
 */
export function cutTemplateValue(key: string, value: string): string {
  const type = key.replace(/\d+$/, '')
  const v = value.replace(/\s+/g, ' ').trim()
  let out: string
  switch (type) {
    case 'thing':
      out = cutWithEllipsis(v, 20)
      break
    case 'name':
      out = chineseOnly(v, 10)
      break
    case 'phrase':
      out = chineseOnly(v, 5)
      break
    case 'character_string':
      out = v.replace(/[^\x21-\x7e]/g, '').slice(0, 32)
      break
    case 'symbol':
      out = chars(v).slice(0, 5).join('')
      break
    case 'car_number':
      out = chars(v).slice(0, 8).join('')
      break
    default:
      out = v
  }
  return out || FALLBACK[type] || '-'
}

/**
 * `{ thing1: { value } … }` for a template, from our notice fields, every value within its limit.
 * The message leaves for WeChat and the lock screen: ID and mobile numbers are masked before cutting,
 * so a cut cannot split one past the detector.
 */
export function templateData(
  key: TemplateKey,
  values: Partial<Record<NoticeField, string>>,
): Record<string, { value: string }> {
  const data: Record<string, { value: string }> = {}
  for (const [field, ours] of Object.entries(NOTICE_TEMPLATES[key].fields))
    data[field] = { value: cutTemplateValue(field, maskSensitive(values[ours] ?? '')) }
  return data
}
