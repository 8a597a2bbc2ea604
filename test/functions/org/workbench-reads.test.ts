import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'

let run: RunningCloud
beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

describe('the workbench reads only the counters of its own places', () => {
  test('a first secretary’s workbench examines its village’s counters, not every village’s of the database', async () => {
    const villages = run.cloud.db.count('stats_village')
    expect(villages).toBeGreaterThan(4)
    const before = run.cloud.invoker.records.length
    const res = await run.call('org', 'getWorkbench', {}, 'demo-secretary')
    expect(res).toMatchObject({ ok: true })
    const [record] = run.cloud.invoker.records.slice(before)
    // Its own unit, its unread count, its village's counters and its policy: a handful, whatever the size.
    expect(record.docsExamined).toBeLessThan(villages)
  })
})
