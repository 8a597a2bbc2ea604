import type { z } from '../zod'
import type { ActionDef, FunctionDef } from './define'
import { rectifyApi } from './rectify'
import { orgApi } from './org'
import { presenceApi } from './presence'
import { importsApi } from './imports'
import { noticeApi } from './notice'
import { visitApi } from './visit'
import { reportApi } from './report'
import { filesApi } from './files'
import { feedbackApi } from './feedback'
import { taskApi } from './task'
import { monitorApi } from './monitor'

/** The one list of callable functions and their actions. A function folder exists for each key. */
export const API = {
  org: orgApi,
  presence: presenceApi,
  imports: importsApi,
  rectify: rectifyApi,
  notice: noticeApi,
  visit: visitApi,
  report: reportApi,
  files: filesApi,
  task: taskApi,
  feedback: feedbackApi,
  monitor: monitorApi,
} satisfies Record<string, FunctionDef>

export type Api = typeof API
export type FunctionName = keyof Api
export type ActionName<F extends FunctionName> = keyof Api[F] & string
type Def<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends ActionDef ? Api[F][A] : never
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<Def<F, A>['input']>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<Def<F, A>['output']>
/** Who may call the action, as declared: `'public'`, `'bound'` or the list of roles. */
export type ActionAccess<F extends FunctionName, A extends ActionName<F>> = Def<F, A>['access']

export const FUNCTION_NAMES = Object.keys(API) as FunctionName[]

export function getActionDef(fn: string, action: string): ActionDef | undefined {
  const def = (API as Record<string, FunctionDef>)[fn]
  if (!def || !Object.prototype.hasOwnProperty.call(def, action)) return undefined
  return def[action]
}

/** `{ function, action }` pairs, for tests that must cover every action. */
export function listActions(): Array<{ fn: FunctionName; action: string; def: ActionDef }> {
  return FUNCTION_NAMES.flatMap((fn) =>
    Object.entries(API[fn] as FunctionDef).map(([action, def]) => ({ fn, action, def })),
  )
}

/** The wire shape every function receives from a client. */
export interface CallEvent {
  action: string
  input?: unknown
}
