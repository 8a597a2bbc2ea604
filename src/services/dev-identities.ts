import { AppError } from '@contract/errors'
import { apiUrl } from './api-base'
import { fetchOrNetworkError, httpError } from './http-error'
import { supportsDevIdentity } from './identity'

/** One seeded person of the local cloud (GET /dev/identities), with labels ready to show. */
export interface DevIdentity {
  openid: string
  name: string
  roles: string[]
  scopeLabel: string
}

// Checked by hand rather than with zod: this page lives in a subpackage, and importing zod from
// there would make webpack keep every zod export in the main package (see config/index.ts).
function isDevIdentity(value: unknown): value is DevIdentity {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.openid === 'string' &&
    typeof v.name === 'string' &&
    typeof v.scopeLabel === 'string' &&
    Array.isArray(v.roles) &&
    v.roles.every((role) => typeof role === 'string')
  )
}

export async function listDevIdentities(): Promise<DevIdentity[]> {
  if (!supportsDevIdentity) throw new AppError('failed-precondition', '仅本地演示环境可切换身份')
  const res = await fetchOrNetworkError(apiUrl('/dev/identities'))
  if (res.status === 404) throw new AppError('failed-precondition', '当前服务不是本地演示环境，无法切换身份')
  if (!res.ok) throw await httpError(res)
  const body = (await res.json()) as { identities?: unknown }
  if (!Array.isArray(body.identities) || !body.identities.every(isDevIdentity)) {
    throw new AppError('internal', '身份列表格式不正确')
  }
  return body.identities
}
