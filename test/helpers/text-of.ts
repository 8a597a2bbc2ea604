import type { Locator } from 'playwright-core'

const TIMEOUT = 30_000
const STEP = 100

/**
 * The element's text, asserted the way a person reads it: once it has settled. An element often
 * renders before its data arrives (「本村公示」 before 「曹徐屯村公示」), so a single read races the
 * page; these retry until the text matches or 30 s pass, then fail with the last text seen.
 */
export function textOf(locator: Locator, timeout = TIMEOUT) {
  const settle = async (ok: (text: string) => boolean, assert: (text: string) => void) => {
    const deadline = Date.now() + timeout
    let text = ''
    for (;;) {
      const left = deadline - Date.now()
      text = (await locator.textContent({ timeout: Math.max(left, 1) })) ?? ''
      if (ok(text) || Date.now() >= deadline) break
      await new Promise((r) => setTimeout(r, STEP))
    }
    assert(text)
  }
  return {
    toContain: (want: string) =>
      settle(
        (t) => t.includes(want),
        (t) => expect(t).toContain(want),
      ),
    toBe: (want: string) =>
      settle(
        (t) => t === want,
        (t) => expect(t).toBe(want),
      ),
    toMatch: (want: RegExp | string) =>
      settle(
        (t) => (typeof want === 'string' ? t.includes(want) : want.test(t)),
        (t) => expect(t).toMatch(want),
      ),
  }
}
