// CloudBase-style failures. The SDK never sees exceptions from the requester: LocalDatabase.send
// turns a WireError into `{ code, message, requestId }`, which wx-server-sdk maps to an errCode
// through its TCB_ERR_CODE table (e.g. DATABASE_COLLECTION_NOT_EXIST -> -502005).

export const ErrorCodes = {
  COLLECTION_NOT_EXIST: 'DATABASE_COLLECTION_NOT_EXIST',
  COLLECTION_ALREADY_EXIST: 'DATABASE_COLLECTION_ALREADY_EXIST',
  REQUEST_FAILED: 'DATABASE_REQUEST_FAILED',
  INVALID_PARAM: 'INVALID_PARAM',
  TRANSACTION_CONFLICT: 'DATABASE_TRANSACTION_CONFLICT',
  TRANSACTION_FAIL: 'DATABASE_TRANSACTION_FAIL',
  // No duplicate-key code exists in the SDK's tables; this one falls back to SYS_ERR (-501001)
  // in wx-server-sdk, and the message carries Mongo's E11000 text like the real service.
  DUPLICATE_WRITE: 'DATABASE_DUPLICATE_WRITE',
} as const

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes]

export class WireError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'WireError'
  }
}

export function collectionNotExist(name: string): WireError {
  // Text of the real service for -502005 (ResourceNotFound), so logs look familiar.
  return new WireError(
    ErrorCodes.COLLECTION_NOT_EXIST,
    `[ResourceNotFound] Db or Table not exist: ${name}. Please check your request, but if the problem cannot be solved, contact us.`,
  )
}

export function requestFailed(message: string): WireError {
  return new WireError(ErrorCodes.REQUEST_FAILED, message)
}

export function invalidParam(message: string): WireError {
  return new WireError(ErrorCodes.INVALID_PARAM, message)
}

export function duplicateKey(collection: string, index: string, key: string): WireError {
  return new WireError(
    ErrorCodes.DUPLICATE_WRITE,
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${key}`,
  )
}
