import type { z } from '../zod'
import type { Role } from '../domain/role'

/**
 * Who may call an action at all. Scope (which village, which township) is checked by the handler
 * on top of this.
 * - `public`: anyone, also villagers who never bound an identity.
 * - `bound`: any bound cadre, whatever their roles.
 * - a list of roles: a bound person holding at least one of them.
 */
export type Access = 'public' | 'bound' | readonly Role[]

export interface ActionDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string
  access: Access
  input: I
  output: O
}

export function defineAction<I extends z.ZodType, O extends z.ZodType>(def: ActionDef<I, O>): ActionDef<I, O> {
  return def
}

export type FunctionDef = Record<string, ActionDef>
