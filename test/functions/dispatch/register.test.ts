import { startLocalCloud, type RunningCloud } from '../../helpers/local-cloud'
import type { DispatchUnitRow } from '../../../types/domain/dispatch-unit'
import { addPerson, freshOpenid } from '../org/fixtures'
import { bindContact, contactPerson, fail, NOW, ok, registerUnit } from './helpers'

let run: RunningCloud

beforeEach(async () => {
  run = await startLocalCloud({ http: false, now: NOW })
})
afterEach(() => run.stop())

const list = (openid = 'demo-admin', includeArchived = false) =>
  ok<{ items: DispatchUnitRow[] }>(run.call('org', 'listDispatchUnits', { includeArchived }, openid))

describe('org.registerDispatchUnit', () => {
  test('a county admin registers a 派出单位: the contact phone is stored masked, hashed and encrypted, never plain', async () => {
    const { id, phone } = await registerUnit(run, {
      name: '省农业农村厅',
      kind: 'provincial',
      contactName: '李联络',
    })
    const [doc] = run.cloud.db.find('dispatch_units', { _id: id })
    expect(doc).toMatchObject({
      ownerUnitId: 'u-411302',
      name: '省农业农村厅',
      contactName: '李联络',
      contactPhoneMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      contactPersonId: null,
      status: 'active',
    })
    expect(JSON.stringify(doc)).not.toContain(phone)
    const { items } = await list()
    expect(items.find((u) => u.id === id)).toMatchObject({
      kindLabel: '省直单位',
      contactBound: false,
      cadres: 0,
    })
  })

  test('the contact becomes a person of the county whose only grant names the 派出单位', async () => {
    const { id } = await registerUnit(run)
    expect(contactPerson(run, id)).toMatchObject({
      homeUnitId: 'u-411302',
      roles: [{ role: 'dispatch_contact', unitIds: [id] }],
    })
  })

  test('when the contact binds, the 派出单位 points at them (contactPersonId) and their workbench names it', async () => {
    const { id } = await registerUnit(run, { name: '市财政局' })
    const openid = await bindContact(run, id)
    const person = contactPerson(run, id)
    expect(run.cloud.db.find('dispatch_units', { _id: id })[0]).toMatchObject({
      contactPersonId: person?._id,
    })
    const bench = await ok<{ scopeLabel: string; roles: Array<{ label: string }> }>(
      run.call('org', 'getWorkbench', {}, openid),
    )
    expect(bench.scopeLabel).toBe('市财政局')
    expect(bench.roles.map((r) => r.label)).toEqual(['派出单位联系人'])
  })

  test('an already bound person named as contact is linked at once and keeps their other roles', async () => {
    const staff = addPerson(run, {
      homeUnitId: 'u-411302',
      openid: freshOpenid(),
      roles: [{ role: 'supervisor', unitIds: ['u-411302'] }],
    })
    const { id } = await registerUnit(run, { contactPhone: staff.phone })
    expect(run.cloud.db.find('dispatch_units', { _id: id })[0]).toMatchObject({ contactPersonId: staff.id })
    expect(run.cloud.db.find('people', { _id: staff.id })[0]).toMatchObject({
      roles: [
        { role: 'supervisor', unitIds: ['u-411302'] },
        { role: 'dispatch_contact', unitIds: [id] },
      ],
    })
  })

  test.each([
    [
      { name: '省', kind: 'provincial', contactName: '李联络', contactPhone: '13800001234' },
      '单位名称至少 2 个字',
    ],
    [
      { name: '省农业农村厅', kind: 'provincial', contactName: '李联络', contactPhone: '1380000' },
      '联系人手机号应为 11 位手机号',
    ],
    [{ name: '省农业农村厅', kind: 'ministry', contactName: '李联络', contactPhone: '13800001234' }, ''],
    [
      { name: '省农业农村厅', kind: 'provincial', contactName: '', contactPhone: '13800001234' },
      '联系人姓名至少 2 个字',
    ],
  ])('bad input %j is refused in Chinese and changes nothing', async (input, message) => {
    const before = run.cloud.db.snapshot()
    const err = await fail(run.callRaw('org', 'registerDispatchUnit', input, 'demo-admin'))
    expect(err.code).toBe('invalid-argument')
    expect(err.message).toMatch(/[\u4e00-\u9fa5]/)
    if (message) expect(err.message).toContain(message)
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('the same name twice in a county is a conflict and changes nothing', async () => {
    await registerUnit(run, { name: '县发改委' })
    const before = run.cloud.db.snapshot()
    const err = await fail(
      run.call(
        'org',
        'registerDispatchUnit',
        { name: '县发改委', kind: 'county', contactName: '王某', contactPhone: '13900001111' },
        'demo-admin',
      ),
    )
    expect(err).toMatchObject({ code: 'conflict', message: '派出单位「县发改委」已登记' })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test.each(['demo-supervisor', 'demo-township', 'demo-secretary'])(
    '%s may not register one',
    async (openid) => {
      const before = run.cloud.db.snapshot()
      const err = await fail(
        run.call(
          'org',
          'registerDispatchUnit',
          { name: '县发改委', kind: 'county', contactName: '王某', contactPhone: '13900001111' },
          openid,
        ),
      )
      expect(err.code).toBe('permission-denied')
      expect(run.cloud.db.snapshot()).toEqual(before)
    },
  )
})

describe('org.updateDispatchUnit and org.archiveDispatchUnit', () => {
  test('a new contact phone moves the contact role: the former contact, left with no role, is revoked', async () => {
    const { id } = await registerUnit(run, { name: '省教育厅' })
    const former = contactPerson(run, id)
    await ok(
      run.call(
        'org',
        'updateDispatchUnit',
        {
          dispatchUnitId: id,
          name: '省教育厅',
          kind: 'provincial',
          contactName: '赵新',
          contactPhone: '13700007777',
        },
        'demo-admin',
      ),
    )
    expect(run.cloud.db.find('people', { _id: former?._id })[0]).toMatchObject({
      status: 'revoked',
      roles: [],
    })
    expect(contactPerson(run, id)).toMatchObject({ name: '赵新', phoneMasked: '137****7777' })
    expect(run.cloud.db.find('dispatch_units', { _id: id })[0]).toMatchObject({
      contactName: '赵新',
      contactPhoneMasked: '137****7777',
      contactPersonId: null,
    })
  })

  test('an archived 派出单位 leaves the default list, cannot be edited, and takes no new cadres', async () => {
    const { id } = await registerUnit(run)
    await ok(run.call('org', 'archiveDispatchUnit', { dispatchUnitId: id }, 'demo-admin'))
    expect((await list()).items.map((u) => u.id)).not.toContain(id)
    expect((await list('demo-admin', true)).items.find((u) => u.id === id)).toMatchObject({
      status: 'archived',
    })
    const cadre = addPerson(run)
    const before = run.cloud.db.snapshot()
    expect(
      await fail(
        run.call('org', 'assignDispatchUnit', { personId: cadre.id, dispatchUnitId: id }, 'demo-admin'),
      ),
    ).toMatchObject({
      code: 'failed-precondition',
    })
    expect(
      await fail(run.call('org', 'archiveDispatchUnit', { dispatchUnitId: id }, 'demo-admin')),
    ).toMatchObject({
      code: 'failed-precondition',
      message: '该派出单位已归档',
    })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })

  test('every change is in the audit log with its Chinese label', async () => {
    const { id } = await registerUnit(run, { name: '市卫健委' })
    await ok(run.call('org', 'archiveDispatchUnit', { dispatchUnitId: id }, 'demo-admin'))
    const lines = run.cloud.db.find('audit_log', { targetId: id }) as Array<{
      action: string
      summary: string
    }>
    expect(lines.map((l) => l.action).sort()).toEqual(['archiveDispatchUnit', 'registerDispatchUnit'])
    expect(lines.map((l) => l.summary).join('\n')).toContain('登记派出单位「市卫健委」')
  })
})

describe('org.assignDispatchUnit', () => {
  test('sets a resident cadre’s 派出单位, and null makes them a local cadre again', async () => {
    const { id } = await registerUnit(run)
    const cadre = addPerson(run)
    await ok(run.call('org', 'assignDispatchUnit', { personId: cadre.id, dispatchUnitId: id }, 'demo-admin'))
    expect(run.cloud.db.find('people', { _id: cadre.id })[0]).toMatchObject({ dispatchUnitId: id })
    expect((await list()).items.find((u) => u.id === id)?.cadres).toBe(1)
    await ok(
      run.call('org', 'assignDispatchUnit', { personId: cadre.id, dispatchUnitId: null }, 'demo-admin'),
    )
    expect(run.cloud.db.find('people', { _id: cadre.id })[0]).toMatchObject({ dispatchUnitId: null })
  })

  test('a village cadre is not sent by a 派出单位, and a 派出单位 of another county cannot be chosen', async () => {
    const { id } = await registerUnit(run)
    const local = addPerson(run, { roles: [{ role: 'village_cadre', unitIds: ['u-411302100200'] }] })
    run.cloud.db.insertMany('dispatch_units', [
      {
        _id: 'du-foreign',
        ownerUnitId: 'u-990000',
        name: '外县单位',
        kind: 'county',
        contactName: '外',
        contactPhoneMasked: '',
        contactPhoneHash: '',
        contactPhoneEnc: '',
        contactPersonId: null,
        status: 'active',
        createdAt: new Date(NOW),
        updatedAt: new Date(NOW),
      },
    ])
    run.cloud.db.insertMany('org_units', [
      {
        _id: 'u-990000',
        code: '990000',
        name: '外县',
        level: 'county',
        parentId: null,
        path: ['u-990000'],
        createdAt: new Date(NOW),
        updatedAt: new Date(NOW),
      },
    ])
    const cadre = addPerson(run)
    const before = run.cloud.db.snapshot()
    expect(
      await fail(
        run.call('org', 'assignDispatchUnit', { personId: local.id, dispatchUnitId: id }, 'demo-admin'),
      ),
    ).toMatchObject({
      code: 'failed-precondition',
      message: '只有驻村干部需要设置派出单位',
    })
    expect(
      await fail(
        run.call(
          'org',
          'assignDispatchUnit',
          { personId: cadre.id, dispatchUnitId: 'du-foreign' },
          'demo-admin',
        ),
      ),
    ).toMatchObject({
      code: 'permission-denied',
    })
    expect(
      await fail(
        run.call(
          'org',
          'assignDispatchUnit',
          { personId: cadre.id, dispatchUnitId: 'du-missing' },
          'demo-admin',
        ),
      ),
    ).toMatchObject({
      code: 'not-found',
      message: '派出单位不存在',
    })
    expect(run.cloud.db.snapshot()).toEqual(before)
  })
})
