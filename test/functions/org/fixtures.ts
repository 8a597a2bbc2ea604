import { uploadCloudPath } from '../../../types/domain/upload'
import { uploadKey } from '../../../cloudfunctions/src/shared/uploads'
import { randomBytes } from 'node:crypto'
import { encrypt, keyedHash, maskIdNumber, maskPhone } from '../../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'
import type { RoleGrant } from '../../../types/domain/role'
import type { RunningCloud } from '../../helpers/local-cloud'

export const FIRST_VILLAGE = 'u-411302100200'
export const FIRST_TOWNSHIP = 'u-411302100'
export const COUNTY = 'u-411302'

export { ok, fail, type Ok, type Fail } from '../../helpers/envelope'

export function personIdOf(run: RunningCloud, openid: string): string {
  const [doc] = run.cloud.db.find('people', { openid }) as Array<{ _id: string }>
  return doc._id
}

/** A random valid mainland mobile number. */
export function randomPhone(): string {
  return `139${String(randomBytes(4).readUInt32BE() % 100000000).padStart(8, '0')}`
}

/**
 * Inserts a person straight into the database (the privileged seeding path), in 瓦店镇's first
 * village unless told otherwise, and returns their id and plain phone.
 */
export function addPerson(
  run: RunningCloud,
  opts: {
    name?: string
    openid?: string | null
    homeUnitId?: string
    roles?: RoleGrant[]
    idNumber?: string
  } = {},
): { id: string; phone: string; name: string } {
  const id = `p-test-${randomBytes(6).toString('hex')}`
  const phone = randomPhone()
  const name = opts.name ?? `测试${id.slice(-4)}`
  const home = opts.homeUnitId ?? FIRST_VILLAGE
  run.cloud.db.insertMany('people', [
    {
      _id: id,
      name,
      phoneMasked: maskPhone(phone),
      phoneHash: keyedHash(phone, DEV_DATA_KEY),
      phoneEnc: encrypt(phone, DEV_DATA_KEY),
      ...(opts.idNumber
        ? {
            idMasked: maskIdNumber(opts.idNumber),
            idHash: keyedHash(opts.idNumber, DEV_DATA_KEY),
            idEnc: encrypt(opts.idNumber, DEV_DATA_KEY),
          }
        : {}),
      roles: opts.roles ?? [{ role: 'resident_cadre', unitIds: [home], post: 'team_member' }],
      homeUnitId: home,
      openid: opts.openid ?? null,
      status: 'active',
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ])
  return { id, phone, name }
}

/**
 * Puts a file in the local store at a random path under imports/ and records it as `openid`'s import
 * upload (what files.registerUpload records), as the app's upload would; returns its fileID.
 */
export function uploadImport(
  run: RunningCloud,
  name: string,
  content: string | Buffer,
  openid = 'demo-admin',
): string {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  const ext = name.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx'
  const { fileID } = run.cloud.store.upload(
    uploadCloudPath('import', randomBytes(16).toString('hex'), ext),
    bytes,
    undefined,
    openid,
  )
  const at = new Date()
  run.cloud.db.insertMany('uploads', [
    {
      _id: uploadKey(fileID),
      fileID,
      purpose: 'import',
      openid,
      personId: null,
      uploaderName: '测试',
      uploadedAt: at,
      name,
      deviceAt: null,
      location: null,
      recordId: null,
      path: [],
      boundAt: null,
    },
  ])
  return fileID
}

export function freshOpenid(): string {
  return `o-test-${randomBytes(8).toString('hex')}`
}
