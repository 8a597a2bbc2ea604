/** Reading action envelopes in function tests. */
export type Ok<T> = { ok: true; data: T }
export type Fail = { ok: false; error: { code: string; message: string; field?: string } }

/** Calls an action and returns its data, failing the test with the error when it was refused. */
export async function ok<T>(p: Promise<unknown>): Promise<T> {
  const res = (await p) as Ok<T> | Fail
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}: ${res.error.message}`)
  return res.data
}

/** Calls an action that must be refused and returns the error. */
export async function fail(p: Promise<unknown>): Promise<Fail['error']> {
  const res = (await p) as Ok<unknown> | Fail
  if (res.ok) throw new Error(`expected an error, got ok: ${JSON.stringify(res.data).slice(0, 200)}`)
  return res.error
}
