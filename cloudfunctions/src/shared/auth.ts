import type { Database } from './db-types'
import { AppError } from '@contract/errors'
import type { Access } from '@contract/api/define'
import type { Role } from '@contract/domain/role'
import type { Caller } from './context'
import { personByOpenid } from './people'

/** One read per invocation: the person bound to this OPENID, if any and not revoked. */
export async function loadCaller(db: Database, openid: string): Promise<Caller> {
  if (!openid) return { openid: '', person: null, roles: [] }
  const person = await personByOpenid(db, openid)
  return { openid, person, roles: person ? person.roles : [] }
}

export function hasRole(caller: Caller, roles: readonly Role[]): boolean {
  return caller.roles.some((g) => roles.includes(g.role))
}

/** The coarse gate of the contract; scope is checked by each handler. */
export function checkAccess(caller: Caller, access: Access): void {
  if (access === 'public') return
  if (!caller.person) throw new AppError('unauthenticated', '请先绑定身份后再使用此功能')
  if (access === 'bound') return
  if (!hasRole(caller, access)) throw new AppError('permission-denied', '您的角色无权执行此操作')
}

/** Unit ids covered by the caller's grants of the given roles (all roles when omitted). */
export function scopeUnitIds(caller: Caller, roles?: readonly Role[]): Set<string> {
  const ids = new Set<string>()
  for (const grant of caller.roles) {
    if (roles && !roles.includes(grant.role)) continue
    grant.unitIds.forEach((id) => ids.add(id))
  }
  return ids
}

/** A unit is in scope when any of its ancestors (or itself) is a scope unit. */
export function pathInScope(path: readonly string[], scope: Set<string>): boolean {
  return path.some((id) => scope.has(id))
}

export function requireInScope(path: readonly string[], scope: Set<string>): void {
  if (!pathInScope(path, scope)) throw new AppError('permission-denied', '该对象不在您的管辖范围内')
}
