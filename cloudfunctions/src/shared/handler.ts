import type { z } from '@contract/zod'
import type { Api, ActionAccess, ActionName, ActionOutput, FunctionName } from '@contract/api'
import type { HandlerContext, SignedInContext } from './context'

/** An action's input as its handler receives it: parsed, defaults filled in. */
export type InputOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends { input: z.ZodType }
  ? z.output<Api[F][A]['input']>
  : never

/** A public action may be called by anyone; every other action only by a bound person. */
export type ContextOf<F extends FunctionName, A extends ActionName<F>> =
  'public' extends ActionAccess<F, A> ? HandlerContext : SignedInContext

/** A handler typed by the contract: parsed input in, the action's declared output out. */
export type Handler<F extends FunctionName, A extends ActionName<F>> = (
  input: InputOf<F, A>,
  ctx: ContextOf<F, A>,
) => Promise<ActionOutput<F, A>>

/** Every action of a function must have a handler; the compiler says which one is missing. */
export type Routes<F extends FunctionName> = { [A in ActionName<F>]: Handler<F, A> }
