import { randomInt } from 'node:crypto'
import { BIND_CODE_ALPHABET, formatBindCode, normalizeBindCode } from '@contract/domain/binding'

/**
 * 自主申报验证码: 8 characters of the bind-code alphabet (read aloud and typed on a phone), valid for 7
 * days, one household, one use. The code stands in for an SMS the local cloud cannot send.
 */
export const APPLY_CODE_DAYS = 7
export const APPLY_ATTEMPTS_PER_HOUR = 10

export function newApplyCode(): string {
  let code = ''
  for (let i = 0; i < 8; i++) code += BIND_CODE_ALPHABET[randomInt(BIND_CODE_ALPHABET.length)]
  return code
}

export const applyCodeKey = (code: string) => `monitor-apply:${normalizeBindCode(code)}`
export const showApplyCode = formatBindCode
