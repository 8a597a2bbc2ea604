import { z } from '../zod'
import { AppError } from '../errors'

/** Dot path of a zod issue, `members.0.age` style; empty for the root. */
export function issuePath(issue: { path: ReadonlyArray<PropertyKey> }): string {
  return issue.path.map((p) => String(p)).join('.')
}

/**
 * Parse with a contract schema, turning the first issue into an invalid-argument AppError that names
 * the field. The same function runs on the phone and in the cloud function.
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  // An unknown key has the object as its path; name the key itself.
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : []
  const field = [issuePath(issue), ...keys.slice(0, 1)].filter(Boolean).join('.')
  const message = field ? `${field}: ${issue.message}` : issue.message
  throw new AppError('invalid-argument', message, field ? { field } : {})
}
