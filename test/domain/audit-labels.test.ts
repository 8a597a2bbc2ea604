import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import {
  AUDIT_ACTION_LABELS,
  AUDIT_TARGET_LABELS,
  auditActionLabel,
  auditTargetLabel,
} from '../../types/domain/audit-labels'
import { listActions } from '../../types/api'

const SRC = resolve(__dirname, '..', '..', 'cloudfunctions', 'src')
const camel = (file: string) =>
  file.replace(/\.ts$/, '').replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())
/** Handlers that write audit lines, directly or through the rectify step and escalation helpers. */
const WRITES = /writeAudit\(|\bstep\b.*from '\.\.\/transition'|\bdecide\b.*from '\.\.\/escalation-views'/

function auditingActions(): string[] {
  return readdirSync(SRC).flatMap((fn) => {
    let files: string[]
    try {
      files = readdirSync(join(SRC, fn, 'handlers'))
    } catch {
      return []
    }
    return files
      .filter((f) => WRITES.test(readFileSync(join(SRC, fn, 'handlers', f), 'utf8')))
      .map((f) => `${fn}.${camel(f)}`)
  })
}

function auditTargetTypes(): string[] {
  const types = new Set<string>()
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name))
      else
        for (const m of readFileSync(join(dir, e.name), 'utf8').matchAll(
          /writeAudit\(\s*ctx,\s*'([a-z_]+)'/g,
        ))
          types.add(m[1])
    }
  }
  walk(SRC)
  return [...types]
}

describe('the audit log speaks Chinese', () => {
  test('every action that writes an audit line has a Chinese label', () => {
    const actions = auditingActions()
    expect(actions.length).toBeGreaterThan(30)
    expect(actions.filter((a) => !AUDIT_ACTION_LABELS[a])).toEqual([])
  })

  test('every labelled action exists in the contract, and every label is Chinese', () => {
    const known = new Set([...listActions().map((a) => `${a.fn}.${a.action}`), 'rectify.daily'])
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((k) => !known.has(k))).toEqual([])
    expect(
      Object.values({ ...AUDIT_ACTION_LABELS, ...AUDIT_TARGET_LABELS }).filter(
        (l) => !/^[\u4e00-\u9fa5]+$/.test(l),
      ),
    ).toEqual([])
  })

  test('every kind of audited target has a Chinese label', () => {
    const types = auditTargetTypes()
    expect(types.length).toBeGreaterThan(15)
    expect(types.filter((t) => !AUDIT_TARGET_LABELS[t])).toEqual([])
    // revealSensitive audits the person or household it reveals.
    expect(auditTargetLabel('household')).toBe('农户')
  })

  test('an unknown key reads as 其他, never as the key', () => {
    expect(auditActionLabel('org', 'somethingNew')).toBe('其他操作')
    expect(auditTargetLabel('new_thing')).toBe('其他对象')
  })
})
