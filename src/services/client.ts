import type { ActionInput, ActionName, ActionOutput, FunctionName } from '@contract/api'
import { parseOrThrow } from '@contract/api/validate'
import { AppError, isErrorCode, type ErrorBody } from '@contract/errors'
import { loadActionDef } from './action-tables'
import { transport } from './transport'

/** Reads an envelope defensively: the wire is untyped, a malformed answer must not pass as data. */
function unwrap(result: unknown): unknown {
  if (typeof result !== 'object' || result === null || typeof (result as { ok?: unknown }).ok !== 'boolean') {
    throw new AppError('internal', '服务返回格式不正确')
  }
  const envelope = result as { ok: boolean; data?: unknown; error?: Partial<ErrorBody> }
  if (envelope.ok) return envelope.data
  const error = envelope.error ?? {}
  const code = isErrorCode(error.code) ? error.code : 'internal'
  const message =
    typeof error.message === 'string' && error.message ? error.message : '服务暂时出错，请稍后重试'
  throw new AppError(code, message, { field: error.field, requestId: error.requestId })
}

/**
 * Calls one action of a cloud function. The input is parsed with the same schema the function uses, so
 * a mistake is reported on the phone, naming the field, without a round trip. The function's schemas
 * are loaded on its first call (action-tables.ts), not with the app.
 *
 * @example const workbench = await call('org', 'getWorkbench', {})
 * @throws AppError (server or validation errors) or NetworkError (cloud unreachable)
 */
export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  input: ActionInput<F, A>,
): Promise<ActionOutput<F, A>> {
  const def = await loadActionDef(fn, action)
  if (!def) throw new AppError('not-found', `未知操作：${fn}.${action}`)
  const parsed: unknown = parseOrThrow(def.input, input)
  const result = await transport.callFunction(fn, { action, input: parsed })
  // The function validated its output with the contract schema before answering; re-parsing here would
  // cost time on every call for data that only the server produces.
  return unwrap(result) as ActionOutput<F, A>
}

/** Uploads a local file to cloud storage and resolves with its fileID (store fileIDs, not URLs). */
export function uploadFile(cloudPath: string, filePath: string): Promise<string> {
  return transport.uploadFile(cloudPath, filePath)
}
