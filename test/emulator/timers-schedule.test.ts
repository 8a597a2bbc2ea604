import { join } from 'node:path'
import { LocalCloud } from '../../emulator/local-cloud'

describe('timer triggers while the local cloud runs', () => {
  test('a function config.json trigger fires on its schedule with a Timer event', async () => {
    const cloud = LocalCloud.create({
      functionsDir: join(__dirname, '..', 'fixtures', 'functions'),
      timers: true,
    })
    try {
      await new Promise((r) => setTimeout(r, 3500))
      const fired = cloud.invoker.records.filter((r) => r.fn === 'tick')
      expect(fired.length).toBeGreaterThanOrEqual(2)
      expect(cloud.timers.list().find((t) => t.fn === 'tick')).toMatchObject({
        name: 'every-second',
        lastOutcome: 'ok',
      })
    } finally {
      cloud.close()
    }
  })
})
