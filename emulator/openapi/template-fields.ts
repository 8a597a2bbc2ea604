/**
 * WeChat's subscribe-message field rules, keyed by the type prefix of a template key
 * (`thing1`, `time2`, …). A value that breaks them makes WeChat answer errcode 47003.
 */
const RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  number: (v) => v.length <= 32 && /^[\d.]+$/.test(v),
  letter: (v) => v.length <= 32 && /^[A-Za-z]+$/.test(v),
  symbol: (v) => [...v].length <= 5,
  character_string: (v) => v.length <= 32 && /^[\x21-\x7e]+$/.test(v),
  time: (v) => /\d{1,2}:\d{2}/.test(v) && [...v].length <= 30,
  date: (v) => /^(\d{4}[年-]\d{1,2}[月-]\d{1,2}日?)( \d{1,2}:\d{2}(:\d{2})?)?$/.test(v),
  amount: (v) => /^[¥$]?\d+(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => v.length <= 17 && /^[\d+\-() ]+$/.test(v),
  car_number: (v) => [...v].length <= 8,
  name: (v) =>
    ([...v].length <= 10 && /^[\u4e00-\u9fa5·]+$/.test(v)) || (v.length <= 20 && /^[A-Za-z .]+$/.test(v)),
  phrase: (v) => [...v].length <= 5 && /^[\u4e00-\u9fa5]+$/.test(v),
}

export function fieldType(key: string): string {
  return key.replace(/\d+$/, '')
}

/** The first problem with a template's data, or null when WeChat would accept it. */
export function checkTemplateData(data: unknown): string | null {
  if (typeof data !== 'object' || data === null) return 'data 必须是对象'
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const rule = RULES[fieldType(key)]
    if (!rule) return `data.${key}: 未知的字段类型`
    const value = (entry as { value?: unknown } | null)?.value
    if (typeof value !== 'string' || value.length === 0) return `data.${key}.value 为空`
    if (!rule(value)) return `data.${key}.value 不符合 ${fieldType(key)} 类型的要求：${value}`
  }
  return null
}
