import {
  fetchWorkbench,
  forgetWorkbench,
  type Workbench,
  type WorkbenchView,
} from '@/services/workbench-cache'
import { useAsync } from './use-async'

export type { Workbench }

// Home and 我的 both show the workbench: share one request per identity instead of one per tab.
let pending: Promise<WorkbenchView> | null = null

function loadWorkbench(fresh: boolean): Promise<WorkbenchView> {
  if (fresh || !pending) {
    const request = fetchWorkbench()
    pending = request
    request.catch(() => {
      if (pending === request) pending = null // a failure must not stick in the cache
    })
  }
  return pending
}

/** Forget the cached workbench, e.g. after the identity changed. */
export function invalidateWorkbench(): void {
  pending = null
  forgetWorkbench()
}

export function useWorkbench() {
  return useAsync(loadWorkbench)
}

type RoleView = Workbench['roles'][number]

/** "驻村干部 · 第一书记": the role, and the post when the role has one. */
export function roleText(role: RoleView): string {
  return role.postLabel ? `${role.label} · ${role.postLabel}` : role.label
}

/** Every role of a person on one line, e.g. "驻村干部 · 第一书记、帮扶责任人". */
export function rolesLine(roles: readonly RoleView[]): string {
  return roles.map(roleText).join('、') || '暂无角色'
}
