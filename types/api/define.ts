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

export interface ActionDef<
  I extends z.ZodType = z.ZodType,
  O extends z.ZodType = z.ZodType,
  C extends Access = Access,
> {
  summary: string
  access: C
  input: I
  output: O
}

/** Keeps the literal `access`, so a handler of a signed-in action is typed with a person (shared/handler.ts). */
export function defineAction<I extends z.ZodType, O extends z.ZodType, const C extends Access>(
  def: ActionDef<I, O, C>,
): ActionDef<I, O, C> {
  return def
}

export type FunctionDef = Record<string, ActionDef>
