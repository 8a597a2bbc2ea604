import { startLocalCloud, type RunningCloud } from '../helpers/local-cloud'
import { launchPhoneBrowser, type PhoneBrowser } from '../helpers/browser'

/**
 * Every uploaded photo is at most 200 KB: a large camera photo (here a 4000×3000 JPEG of several MB)
 * is compressed on the phone before it is uploaded. The test prints the sizes it measured.
 */
const LIMIT = 200 * 1024
let cloud: RunningCloud
let browser: PhoneBrowser

beforeAll(async () => {
  cloud = await startLocalCloud()
  const village = cloud.cloud.db.find('org_units', { _id: 'u-411302100200' })[0] as {
    center: { coordinates: [number, number] }
  }
  browser = await launchPhoneBrowser({
    geolocation: {
      latitude: village.center.coordinates[1],
      longitude: village.center.coordinates[0],
      accuracy: 20,
    },
  })
})
afterAll(async () => {
  await browser?.close()
  await cloud?.stop()
})

/** A photo-like JPEG (gradients and grain) made by the browser itself, as big as a phone camera's. */
async function bigPhoto(): Promise<Buffer> {
  const dataUrl = await browser.page.evaluate(() => {
    const canvas = document.createElement('canvas')
    canvas.width = 4000
    canvas.height = 3000
    const ctx = canvas.getContext('2d')!
    const sky = ctx.createLinearGradient(0, 0, 0, 3000)
    sky.addColorStop(0, '#7fb2e5')
    sky.addColorStop(1, '#3d7a3a')
    ctx.fillStyle = sky
    ctx.fillRect(0, 0, 4000, 3000)
    for (let i = 0; i < 60000; i++) {
      ctx.fillStyle = `hsl(${(i * 37) % 360}, 40%, ${30 + (i % 50)}%)`
      ctx.fillRect((i * 7919) % 4000, (i * 104729) % 3000, 6, 6)
    }
    return canvas.toDataURL('image/jpeg', 0.97)
  })
  return Buffer.from(dataUrl.split(',')[1], 'base64')
}

test('a large camera photo is compressed to at most 200 KB before it is uploaded', async () => {
  const original = await bigPhoto()
  const { page } = browser
  await page.goto(`${cloud.url}/`)
  await page.evaluate(() => window.localStorage.setItem('zhucun.devOpenid', 'demo-secretary'))
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
  await page.locator('.zc-checkin__photo').waitFor({ timeout: 30_000 })
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.zc-checkin__photo').click(),
  ])
  await chooser.setFiles({ name: 'camera.jpg', mimeType: 'image/jpeg', buffer: original })
  const person = cloud.cloud.db.find('people', { openid: 'demo-secretary' })[0]
  let fileIds: string[] = []
  for (let i = 0; i < 60 && fileIds.length === 0; i++) {
    await page.waitForTimeout(500)
    fileIds = cloud.cloud.db
      .find('presence_checkins', { personId: person._id, photoFileId: { $type: 'string' } })
      .map((d) => String(d.photoFileId))
  }
  expect(fileIds.length).toBeGreaterThan(0)
  const sizes = fileIds.map((id) => cloud.cloud.store.size(id))
  console.log(
    `photo budget: camera original ${(original.length / 1024).toFixed(0)} KB → uploaded ${sizes.map((s) => `${(s / 1024).toFixed(1)} KB`).join(', ')} (limit 200 KB)`,
  )
  expect(original.length).toBeGreaterThan(LIMIT * 5)
  for (const size of sizes) expect(size).toBeLessThanOrEqual(LIMIT)
})

test('a HEIC photo the browser cannot read is refused in Chinese with what to do, and nothing is sent', async () => {
  const { page } = browser
  const person = cloud.cloud.db.find('people', { openid: 'demo-secretary' })[0]
  const before = cloud.cloud.db.find('presence_checkins', { personId: person._id }).length
  await page.goto(`${cloud.url}/#/pages/home/index`)
  await page.reload()
  await page.locator('.zc-checkin__photo').waitFor({ timeout: 30_000 })
  // An iPhone's HEIC: the ISO box header Chromium does not decode, as desktop Chromium behaves.
  const heic = Buffer.concat([
    Buffer.from([0, 0, 0, 0x18]),
    Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'),
    Buffer.alloc(4096, 7),
  ])
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.locator('.zc-checkin__photo').click(),
  ])
  expect(await chooser.element().getAttribute('accept')).toContain('.heic')
  await chooser.setFiles({ name: 'IMG_0001.HEIC', mimeType: 'image/heic', buffer: heic })
  await page.getByText('这张照片无法读取').first().waitFor({ timeout: 15_000 })
  expect(await page.getByText('兼容性最佳').count()).toBeGreaterThan(0)
  await page.waitForTimeout(1000)
  expect(cloud.cloud.db.find('presence_checkins', { personId: person._id })).toHaveLength(before)
})
