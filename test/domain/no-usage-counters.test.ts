import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from '../../types/zod'
import { API } from '../../types/api'

/**
 * 2024 减负 rules and the 2026 app rules: nothing may count log-ins, online time or reading as a
 * usage figure. No stored collection, index or action output carries such a field; this fails the
 * day one is added. (Per-催办 read receipts, seen only by their sender, are an answer to one message.)
 */
const FORBIDDEN =
  /login|logon|online|lastSeen|lastActive|studyTime|readingTime|readCount|openCount|sessionCount|usageMinutes/i

function keysOf(schema: unknown, out: Set<string>): void {
  if (Array.isArray(schema)) return schema.forEach((s) => keysOf(s, out))
  if (typeof schema !== 'object' || schema === null) return
  for (const [k, v] of Object.entries(schema)) {
    if (k === 'properties' && typeof v === 'object' && v !== null)
      for (const name of Object.keys(v)) out.add(name)
    keysOf(v, out)
  }
}

describe('no usage counters anywhere', () => {
  test('no action output names a log-in, online-time or reading counter', () => {
    const found: string[] = []
    for (const [fn, actions] of Object.entries(API)) {
      for (const [action, def] of Object.entries(actions)) {
        const keys = new Set<string>()
        keysOf(z.toJSONSchema(def.output, { unrepresentable: 'any', io: 'output' }), keys)
        for (const k of keys) if (FORBIDDEN.test(k)) found.push(`${fn}.${action}: ${k}`)
      }
    }
    expect(found).toEqual([])
  })

  test('no collection or index is a usage counter', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'database', 'collections.json'), 'utf8')
    const names = text.match(/"[A-Za-z_]+"/g) ?? []
    expect(names.filter((n) => FORBIDDEN.test(n))).toEqual([])
  })
})
