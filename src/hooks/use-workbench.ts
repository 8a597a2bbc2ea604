import {
  fetchWorkbench,
  forgetWorkbench,
  type Workbench,
  type WorkbenchView,
} from '@/services/workbench-cache'
import { getDevOpenid, supportsDevIdentity } from '@/services/identity'
import { useAsync } from './use-async'
import { WORKBENCH_TABS } from '../../config/early-call-names'

export type { Workbench }

// Home and 我的 both show the workbench: share one request per identity instead of one per tab.
let pending: Promise<WorkbenchView> | null = null
// The request made at launch goes to the first page that asks, even when it failed: no second try then.
let launched: Promise<WorkbenchView> | null = null

function loadWorkbench(fresh: boolean): Promise<WorkbenchView> {
  const first = launched
  launched = null
  if (first && !fresh) return first
  if (fresh || !pending) {
    const request = fetchWorkbench()
    pending = request
    request.catch(() => {
      if (pending === request) pending = null // a failure must not stick in the cache
    })
  }
  return pending
}

/** The tabs that show the workbench (app.config.ts). */

/**
 * Opened on a tab that shows the workbench by someone already signed in: ask for it at launch, while
 * the page's own code still downloads and starts, instead of after its first render (a slow link's
 * round trips off the first load, docs/bench/first-load.md). The page then takes this request.
 */
export function requestWorkbenchAtLaunch(launchPath: string): void {
  if (!WORKBENCH_TABS.includes(launchPath.replace(/^\//, ''))) return
  // The browser build without a chosen demo identity shows its sign-in prompt instead.
  if (supportsDevIdentity && !getDevOpenid()) return
  launched = loadWorkbench(false)
}

/** Forget the cached workbench, e.g. after the identity changed. */
export function invalidateWorkbench(): void {
  pending = null
  launched = null
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
