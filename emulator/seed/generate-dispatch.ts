import { keyedHash, maskPhone } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY, seedEncrypt } from './dev-key'
import type { SeedDoc } from './jsonl'

const CREATED = new Date('2026-01-05T01:00:00.000Z')
const UNIT_ID = 'du-demo-transport'
const CONTACT_ID = 'p-dispatch-contact'
const CONTACT_PHONE = '13937700001'

/**
 * One 派出单位 registered by the county, with its contact as a person who can sign in (demo-dispatch):
 * the contact's role is scoped to the unit, so the demo shows what a 派出单位 sees. No cadre is assigned
 * to it in the seed; an admin assigns one from 人员 in the demo.
 */
export function generateDispatch(countyId: string): { dispatch_units: SeedDoc[]; people: SeedDoc[] } {
  const phone = {
    masked: maskPhone(CONTACT_PHONE),
    hash: keyedHash(CONTACT_PHONE, DEV_DATA_KEY),
    enc: seedEncrypt(CONTACT_PHONE),
  }
  return {
    dispatch_units: [
      {
        _id: UNIT_ID,
        ownerUnitId: countyId,
        name: '南阳市交通运输局',
        kind: 'city',
        contactName: '派出单位联系人',
        contactPhoneMasked: phone.masked,
        contactPhoneHash: phone.hash,
        contactPhoneEnc: phone.enc,
        contactPersonId: CONTACT_ID,
        status: 'active',
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
    people: [
      {
        _id: CONTACT_ID,
        name: '派出单位联系人',
        phoneMasked: phone.masked,
        phoneHash: phone.hash,
        phoneEnc: phone.enc,
        roles: [{ role: 'dispatch_contact', unitIds: [UNIT_ID] }],
        homeUnitId: countyId,
        openid: 'demo-dispatch',
        status: 'active',
        createdAt: CREATED,
        updatedAt: CREATED,
      },
    ],
  }
}
