// The smoke set run on every runtime CloudBase offers: each function's main actions, as the demo
// people would make them, in an order where later calls use what earlier ones made.
import { randomBytes, randomUUID } from 'node:crypto'
import type { LocalCloud } from '../../emulator/local-cloud'
import { uploadCloudPath } from '../../types/domain/upload'
import { blankForm } from '../../types/domain/visit-form'
import { JPEG } from '../helpers/uploads'
import { csv, idNumberFor, rowsOf } from '../functions/imports/files'

/** 09:00 on Friday 2026-11-20 in Shanghai: a working day inside every demo window. */
export const SMOKE_NOW = '2026-11-20T01:00:00.000Z'
const VILLAGE = 'u-411302100200'

export interface SmokeCall {
  name: string
  fn: string
  action: string
  openid: string
  input: (cloud: LocalCloud, last: Map<string, unknown>) => unknown
}

type Call = (fn: string, action: string, input: unknown, openid: string) => Promise<unknown>

function personId(cloud: LocalCloud, openid: string): string {
  return String(cloud.db.find('people', { openid })[0]._id)
}

function villagePoint(cloud: LocalCloud): { lat: number; lng: number } {
  const [doc] = cloud.db.find('org_units', { _id: VILLAGE }) as Array<{
    center: { coordinates: [number, number] }
  }>
  return { lng: doc.center.coordinates[0], lat: doc.center.coordinates[1] }
}

const item = (last: Map<string, unknown>, key: string) => last.get(key) as { id: string; version: number }

export const SMOKE_CALLS: SmokeCall[] = [
  { name: 'workbench', fn: 'org', action: 'getWorkbench', openid: 'demo-secretary', input: () => ({}) },
  {
    name: 'check-in',
    fn: 'presence',
    action: 'checkIn',
    openid: 'demo-secretary',
    input: (cloud) => ({
      clientId: randomUUID(),
      ...villagePoint(cloud),
      accuracy: 20,
      coordType: 'wgs84',
      capturedAt: SMOKE_NOW,
      deviceId: 'smoke-device',
    }),
  },
  {
    name: 'visit submit',
    fn: 'visit',
    action: 'submitVisit',
    openid: 'demo-pairing',
    input: () => ({
      clientId: randomUUID(),
      householdId: 'h-411302100200-001',
      formVersion: 1,
      form: { ...blankForm(), income: { annualEstimate: 24000, sources: ['wages'] } },
      startedAt: '2026-11-20T00:30:00.000Z',
      endedAt: '2026-11-20T00:50:00.000Z',
      startLocation: { lat: 32.99, lng: 112.56, accuracy: 20 },
      endLocation: null,
      photoCount: 0,
    }),
  },
  {
    // As the phone does: the photo goes to a random path, then the files function records the upload.
    name: 'before-photo upload',
    fn: 'files',
    action: 'registerUpload',
    openid: 'demo-supervisor',
    input: (cloud, last) => {
      const { fileID } = cloud.store.upload(
        uploadCloudPath('rectify-before', randomBytes(16).toString('hex'), 'jpg'),
        JPEG,
        undefined,
        'demo-supervisor',
      )
      last.set('before-photo', fileID)
      return { fileID, purpose: 'rectify-before' }
    },
  },
  {
    name: 'rectify register',
    fn: 'rectify',
    action: 'register',
    openid: 'demo-supervisor',
    input: (cloud, last) => ({
      source: 'inspection',
      category: 'presence',
      villageId: VILLAGE,
      problem: '第一书记本月在村天数不足',
      target: '补足在村天数并说明情况',
      measures: '制定驻村计划，每周报告',
      responsibleUnit: '驻村工作队',
      responsiblePersonId: personId(cloud, 'demo-secretary'),
      deadline: '2026-12-31',
      beforePhotos: [
        { fileID: String(last.get('before-photo')), location: { lat: 33.0, lng: 112.5, accuracy: 10 } },
      ],
    }),
  },
  {
    name: 'rectify dispatch',
    fn: 'rectify',
    action: 'dispatch',
    openid: 'demo-supervisor',
    input: (_c, last) => ({
      itemId: item(last, 'rectify register').id,
      version: item(last, 'rectify register').version,
    }),
  },
  {
    name: 'rectify sign',
    fn: 'rectify',
    action: 'sign',
    openid: 'demo-secretary',
    input: (_c, last) => ({
      itemId: item(last, 'rectify dispatch').id,
      version: item(last, 'rectify dispatch').version,
    }),
  },
  {
    name: 'rectify item',
    fn: 'rectify',
    action: 'getItem',
    openid: 'demo-secretary',
    input: (_c, last) => ({ itemId: item(last, 'rectify sign').id }),
  },
  {
    name: 'notice publish',
    fn: 'notice',
    action: 'publishNotice',
    openid: 'demo-village',
    input: () => ({
      unitId: VILLAGE,
      title: '2026年度脱贫户退出名单公示',
      body: '拟退出 2 户，公示期内可提出异议。',
      category: 'monitor_inclusion',
    }),
  },
  { name: 'notice inbox', fn: 'notice', action: 'listInbox', openid: 'demo-secretary', input: () => ({}) },
  { name: 'report dashboard', fn: 'report', action: 'getDashboard', openid: 'demo-admin', input: () => ({}) },
  {
    name: 'import template',
    fn: 'imports',
    action: 'getImportTemplate',
    openid: 'demo-admin',
    input: () => ({}),
  },
  {
    name: 'import upload',
    fn: 'files',
    action: 'registerUpload',
    openid: 'demo-admin',
    input: (cloud, last) => {
      const rows = [1, 2].map((n) => ({
        户主姓名: `冒烟户${n}`,
        户主身份证号: idNumberFor(900 + n),
        村编码: '411302100200',
        主要致贫原因: '因病',
        农户类型: '脱贫户',
      }))
      const bytes = Buffer.from(csv(rowsOf('households', rows)), 'utf8')
      const { fileID } = cloud.store.upload(
        uploadCloudPath('import', randomBytes(16).toString('hex'), 'csv'),
        bytes,
        undefined,
        'demo-admin',
      )
      last.set('import-file', fileID)
      return { fileID, purpose: 'import', name: '冒烟农户.csv' }
    },
  },
  {
    name: 'import run',
    fn: 'imports',
    action: 'runImport',
    openid: 'demo-admin',
    input: (_c, last) => ({ fileID: String(last.get('import-file')) }),
  },
]

export interface SmokeResult {
  name: string
  ok: boolean
  detail: string
}

/** Runs the smoke set through `call`; each result says whether the envelope came back ok. */
export async function runSmoke(cloud: LocalCloud, call: Call): Promise<SmokeResult[]> {
  const last = new Map<string, unknown>()
  const out: SmokeResult[] = []
  for (const c of SMOKE_CALLS) {
    try {
      const res = (await call(c.fn, c.action, c.input(cloud, last), c.openid)) as {
        ok?: boolean
        data?: unknown
        error?: { code: string; message: string }
      }
      if (res?.ok) last.set(c.name, res.data)
      out.push({
        name: `${c.fn}.${c.action} (${c.name})`,
        ok: res?.ok === true,
        detail: res?.ok ? 'ok' : `${res?.error?.code}: ${res?.error?.message}`,
      })
    } catch (err) {
      out.push({ name: `${c.fn}.${c.action} (${c.name})`, ok: false, detail: String(err) })
    }
  }
  return out
}
