/** The data key of the local cloud only. A real environment sets its own in the function config. */
export const DEV_DATA_KEY = 'zhucun-local-development-key-not-for-production'

import { createHash } from 'node:crypto'
import { encrypt } from '../../cloudfunctions/src/shared/sensitive'

/** Encrypt with the dev key and an iv derived from the value: deterministic, for committed seeds only. */
export function seedEncrypt(value: string): string {
  return encrypt(
    value,
    DEV_DATA_KEY,
    createHash('sha256').update(`seed-iv|${value}`).digest().subarray(0, 12),
  )
}
