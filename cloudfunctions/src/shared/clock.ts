/**
 * Server time. The local cloud may pin the clock per invocation (`ZHUCUN_NOW`, an ISO instant) so
 * timer jobs and deadlines can be tested; deployed functions never have it set.
 */
export function serverNow(): Date {
  const pinned = process.env.ZHUCUN_NOW
  if (pinned) {
    const t = Date.parse(pinned)
    if (!Number.isNaN(t)) return new Date(t)
  }
  return new Date()
}
