import type { RunningCloud } from '../../helpers/local-cloud'

export interface Told {
  personId: string
  kind: string
  title: string
  body: string
  link: string
}

/**
 * Runs `act` and returns the inbox records it added (everyone's), so a test can say who was told
 * and that nobody else was.
 */
export async function toldBy(run: RunningCloud, act: () => Promise<unknown>): Promise<Told[]> {
  const before = new Set(run.cloud.db.find('inbox', {}).map((r) => String(r._id)))
  await act()
  return run.cloud.db
    .find('inbox', {})
    .filter((r) => !before.has(String(r._id)))
    .map((r) => ({
      personId: String(r.personId),
      kind: String(r.kind),
      title: String(r.title),
      body: String(r.body),
      link: String(r.link),
    }))
}
