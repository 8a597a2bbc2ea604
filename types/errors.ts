/** The closed vocabulary of errors every action may return. */
export const ERROR_CODES = [
  'invalid-argument',
  'unauthenticated',
  'permission-denied',
  'not-found',
  'failed-precondition',
  'conflict',
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorBody {
  code: ErrorCode
  /** Chinese, shown to the user as is. */
  message: string
  /** Dot path of the offending input field, for invalid-argument. */
  field?: string
  /** Set for internal errors so a log line can be found. */
  requestId?: string
}

/** An error that crosses the wire as `{ ok: false, error }`. */
export class AppError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  readonly requestId?: string

  constructor(code: ErrorCode, message: string, extra: { field?: string; requestId?: string } = {}) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.field = extra.field
    this.requestId = extra.requestId
  }

  toBody(): ErrorBody {
    const body: ErrorBody = { code: this.code, message: this.message }
    if (this.field !== undefined) body.field = this.field
    if (this.requestId !== undefined) body.requestId = this.requestId
    return body
  }
}

export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: string }).name === 'AppError' &&
      ERROR_CODES.includes((value as { code: ErrorCode }).code))
  )
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value)
}

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/** Plain-language defaults, used when a handler does not say more. */
export const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  'invalid-argument': '输入有误',
  unauthenticated: '请先绑定身份',
  'permission-denied': '没有权限执行此操作',
  'not-found': '未找到',
  'failed-precondition': '当前状态不允许此操作',
  conflict: '数据已被他人修改，请刷新后重试',
  internal: '服务暂时出错，请稍后重试',
}
