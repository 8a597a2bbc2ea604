/**
 * The check-in through the weapp bundle: a village cadre taps 在村签到 at the village; the subscribe
 * prompt and the location request must come inside that tap (WeChat shows the prompt only there), the
 * check-in reaches the local cloud through `wx.cloud.callFunction`, and the server's verdict renders.
 */
import type { LocalCloud } from '../../emulator/local-cloud'
import { wgs84ToGcj02 } from '../../types/domain/presence-geo'
import type { WeappApp } from './harness/weapp-app'
import { waitForText } from './harness/walk'

const VILLAGE = 'u-411302100200'

export function checkInJourney(cloud: LocalCloud): {
  name: string
  run: (open: (openid: string) => Promise<WeappApp>) => Promise<void>
} {
  return {
    name: 'check-in with its subscribe prompt and location inside the tap',
    run: async (open) => {
      const village = cloud.db.find('org_units', { _id: VILLAGE })[0] as {
        center: { coordinates: [number, number] }
      }
      const [lng, lat] = village.center.coordinates
      const person = cloud.db.find('people', { openid: 'demo-secretary' })[0] as { _id: string }
      const before = cloud.db.count('presence_checkins', { personId: person._id })
      const app = await open('demo-secretary')
      // 100 m north of the village office, in WeChat's gcj02 datum (the cloud stores WGS84).
      const fix = wgs84ToGcj02({ lat: lat + 100 / 111195, lng })
      app.location = { latitude: fix.lat, longitude: fix.lng, accuracy: 20 }
      const home = await app.open('pages/home/index')
      if (!(await waitForText(app, home, '在村签到', 5000)))
        throw new Error(`the home page never showed 在村签到: ${app.text(home).slice(0, 200)}`)
      await app.tap(home, 'check-in-button')
      if (!(await waitForText(app, home, '已计入在村', 5000)))
        throw new Error(`no verdict after the tap; the page shows: ${app.text(home).slice(0, 600)}`)
      const prompt = app.calls.find((c) => c.api === 'requestSubscribeMessage')
      if (!prompt?.inTap) throw new Error('the subscribe prompt was not requested inside the tap')
      const located = app.calls.find((c) => c.api === 'getLocation')
      if (!located?.inTap) throw new Error('the location was not requested inside the tap')
      const sent = app.calls
        .filter((c) => c.api === 'cloud.callFunction')
        .map((c) => c.args as { name: string; data: { action: string } })
      if (!sent.some((c) => c.name === 'presence' && c.data.action === 'checkIn'))
        throw new Error('no presence.checkIn went through wx.cloud.callFunction')
      const after = cloud.db.count('presence_checkins', { personId: person._id })
      if (after !== before + 1)
        throw new Error(`expected one new check-in in the cloud, found ${after - before}`)
      app.close(home)
    },
  }
}
