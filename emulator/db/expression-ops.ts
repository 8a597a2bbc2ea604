// Aggregation expressions where mingo differs from MongoDB (and so from CloudBase), registered
// ahead of mingo's own in matcher.ts. Found by tcb-admin-node's integration tests (see
// test/emulator/cloudbase-parity/aggregation.test.ts).
import * as path from 'path'
import type { Options } from 'mingo/types/core'
import { requestFailed } from './errors'

type ExpressionOp = (obj: unknown, expr: unknown, options: Options) => unknown

// mingo's core and date helpers have no typings reachable with moduleResolution "node" (mingo 6.x layout).
const mingoDir = path.dirname(require.resolve('mingo'))
const core = require(path.join(mingoDir, 'core.js')) as {
  computeValue(obj: unknown, expr: unknown, operator: string | null, options: Options): unknown
}
const dates = require(path.join(mingoDir, 'operators', 'expression', 'date', '_internal.js')) as {
  computeDate(obj: unknown, expr: unknown, options: Options): Date
}

const args = (obj: unknown, expr: unknown, options: Options): unknown[] => {
  const v = core.computeValue(obj, expr, null, options)
  return Array.isArray(v) ? v : [v]
}
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v)

/**
 * Week of the year, 0-53: weeks start on Sunday and days before the year's first Sunday are in
 * week 0 (strftime's %U). mingo's was one too high for most dates.
 */
const $week: ExpressionOp = (obj, expr, options) => {
  const d = dates.computeDate(obj, expr, options)
  const startOfYear = Date.UTC(d.getUTCFullYear(), 0, 1)
  const dayOfYear = Math.floor((d.getTime() - startOfYear) / 864e5) // 0-based
  return Math.floor((dayOfYear + 6 - d.getUTCDay()) / 7)
}

/** Code point index of a substring within [start, end) code points, -1 when absent. mingo lacks it. */
const $indexOfCP: ExpressionOp = (obj, expr, options) => {
  const [str, sub, start, end] = args(obj, expr, options)
  if (str === null || str === undefined) return null
  if (typeof str !== 'string' || typeof sub !== 'string')
    throw requestFailed('$indexOfCP requires a string and a substring')
  if (
    (start !== undefined && !(isInt(start) && start >= 0)) ||
    (end !== undefined && !(isInt(end) && end >= 0))
  ) {
    throw requestFailed('$indexOfCP start and end must be non-negative integers')
  }
  const cps = Array.from(str)
  const needle = Array.from(sub)
  const from = start ?? 0
  const to = Math.min(end ?? cps.length, cps.length)
  for (let i = from; i + needle.length <= to; i++) {
    if (needle.every((c, j) => cps[i + j] === c)) return i
  }
  return -1
}

const isContinuation = (buf: Buffer, i: number): boolean => i < buf.length && (buf[i] & 0xc0) === 0x80

/** Substring by UTF-8 bytes; a negative count takes the rest of the string, as in MongoDB. */
const $substrBytes: ExpressionOp = (obj, expr, options) => {
  const [s, index, count] = args(obj, expr, options)
  if (s === null || s === undefined) return ''
  if (!isInt(index) || index < 0 || !isInt(count)) throw requestFailed('$substrBytes: invalid arguments')
  const buf = Buffer.from(String(s), 'utf8')
  if (index >= buf.length) return ''
  const end = count < 0 ? buf.length : Math.min(buf.length, index + count)
  if (isContinuation(buf, index))
    throw requestFailed('$substrBytes: Invalid range, starting index is a UTF-8 continuation byte.')
  if (isContinuation(buf, end))
    throw requestFailed('$substrBytes: Invalid range, ending index is in the middle of a UTF-8 character.')
  return buf.subarray(index, end).toString('utf8')
}

export const expressionOps = { $week, $indexOfCP, $substrBytes }
