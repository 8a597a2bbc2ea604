import { decrypt } from '../../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../../emulator/seed/dev-key'
import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import { addPerson, fail, FIRST_VILLAGE, ok } from './fixtures'

let run: RunningCloud

beforeAll(async () => {
  run = await startLocalCloud({ http: false })
})
afterAll(() => run.stop())

const ID_NUMBER = '41130219800101001X'

function plainValuesOf(
  collection: string,
  query: Record<string, unknown>,
  field: 'phoneEnc' | 'idEnc',
): string[] {
  return (run.cloud.db.find(collection, query) as Array<Record<string, string | null | undefined>>).flatMap(
    (d) => (d[field] ? [decrypt(d[field] as string, DEV_DATA_KEY)] : []),
  )
}

describe('sensitive values', () => {
  test('people lists show phones as 138****5678 and never a full phone or ID number', async () => {
    addPerson(run, { idNumber: ID_NUMBER })
    const res = await ok<{ items: Array<{ phoneMasked: string }> }>(
      run.call('org', 'listPeople', { unitId: FIRST_VILLAGE, limit: 100 }, 'demo-supervisor'),
    )
    expect(res.items.length).toBeGreaterThan(3)
    res.items.forEach((p) => expect(p.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/))
    const text = JSON.stringify(res)
    for (const phone of plainValuesOf('people', { homeUnitId: FIRST_VILLAGE }, 'phoneEnc'))
      expect(text).not.toContain(phone)
    expect(text).not.toContain(ID_NUMBER)
    expect(text).not.toMatch(/Hash|Enc/)
  })

  test('household lists show ID numbers as 4113**********1234 and carry no hash or ciphertext', async () => {
    const res = await ok<{ items: Array<{ idMasked: string; phoneMasked: string }> }>(
      run.call('org', 'listHouseholds', { villageId: FIRST_VILLAGE }, 'demo-secretary'),
    )
    expect(res.items.length).toBeGreaterThan(0)
    res.items.forEach((h) => {
      expect(h.idMasked).toMatch(/^\d{4}\*{10}[\dX]{4}$/)
      expect(h.phoneMasked).toMatch(/^1\d{2}\*{4}\d{4}$/)
    })
    const text = JSON.stringify(res)
    for (const id of plainValuesOf('households', { villageId: FIRST_VILLAGE }, 'idEnc'))
      expect(text).not.toContain(id)
    expect(text).not.toMatch(/Hash|Enc/)
  })

  test('the database holds ciphertext and keyed hashes, never the plain values', () => {
    const [doc] = run.cloud.db.find('households', { villageId: FIRST_VILLAGE }) as Array<
      Record<string, unknown>
    >
    const id = decrypt(String(doc.idEnc), DEV_DATA_KEY)
    expect(JSON.stringify(doc)).not.toContain(id)
    expect(doc.idHash).toMatch(/^[0-9a-f]{64}$/)
  })

  test('the county admin may reveal a full phone number, and the reveal is written to the audit log', async () => {
    const person = addPerson(run, { name: '被查看者' })
    const res = await ok<{ value: string }>(
      run.call(
        'org',
        'revealSensitive',
        { targetType: 'person', targetId: person.id, field: 'phone' },
        'demo-admin',
      ),
    )
    expect(res.value).toBe(person.phone)
    const audit = await ok<{ items: Array<{ actorName: string; summary: string; action: string }> }>(
      run.call('org', 'listAudit', { targetId: person.id }, 'demo-admin'),
    )
    expect(audit.items[0]).toMatchObject({
      actorName: '组织部管理员',
      action: 'org.revealSensitive',
      summary: expect.stringContaining('完整手机号'),
    })
  })

  test("the county admin may reveal a household head's ID number", async () => {
    const [doc] = run.cloud.db.find('households', { villageId: FIRST_VILLAGE }) as Array<{
      _id: string
      idEnc: string
    }>
    const res = await ok<{ value: string }>(
      run.call(
        'org',
        'revealSensitive',
        { targetType: 'household', targetId: doc._id, field: 'idNumber' },
        'demo-admin',
      ),
    )
    expect(res.value).toBe(decrypt(doc.idEnc, DEV_DATA_KEY))
  })

  test('a supervisor cannot reveal anything', async () => {
    const person = addPerson(run)
    expect(
      (
        await fail(
          run.call(
            'org',
            'revealSensitive',
            { targetType: 'person', targetId: person.id, field: 'phone' },
            'demo-supervisor',
          ),
        )
      ).code,
    ).toBe('permission-denied')
  })

  test('revealing a value that was never recorded is not-found', async () => {
    const person = addPerson(run)
    expect(
      (
        await fail(
          run.call(
            'org',
            'revealSensitive',
            { targetType: 'person', targetId: person.id, field: 'idNumber' },
            'demo-admin',
          ),
        )
      ).code,
    ).toBe('not-found')
  })
})
