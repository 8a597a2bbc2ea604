import type { TemplateKey } from '../notice-templates'

/** How one event reads: who is told, the words, and where the message leads. */
export interface EventRow<P> {
  template: TemplateKey
  /** The push's 状态 (phrase: at most 5 Chinese characters). */
  status: (p: P) => string
  to: (p: P) => string[]
  /** The record the message is about (the inbox's refId). */
  ref: (p: P) => string
  /** Pushes share a topic per person and day; by default each occurrence is its own topic. */
  topic?: (p: P) => string
  title: (p: P) => string
  body: (p: P) => string
  link: (p: P) => string
}

/** One row per event of a payload table: the compiler pairs each kind with its own payload. */
export type RowsOf<Payloads> = { [K in keyof Payloads]: EventRow<Payloads[K]> }

export const said = (name: string, comment: string) =>
  comment ? `${name}意见：${comment}` : `${name}未填写意见`
export const cut = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s)
