import { listActions } from '../../types/api'
import { defineAction } from '../../types/api/define'
import { IMPORT_KINDS, IMPORT_LAYOUTS } from '../../types/domain/import-layout'
import { z } from '../../types/zod'
import { collectedFields, type ActionEntry } from '../../types/compliance/collected-fields'
import { patternMatches, undeclaredUses, unusedPatterns, usesOf } from '../../types/compliance/field-match'
import { PERSONAL_INFO } from '../../types/compliance/personal-info'
import { WORK_FIELDS } from '../../types/compliance/work-fields'

const LAYOUTS = IMPORT_KINDS.map((k) => IMPORT_LAYOUTS[k])
const fields = collectedFields(listActions(), LAYOUTS)
const personal = PERSONAL_INFO.flatMap((d) => d.fields)
const work = WORK_FIELDS.flatMap((g) => g.fields)
const ALL = [...personal, ...work]

describe('the compliance declarations', () => {
  test('cover every field an action or an import sheet collects', () => {
    expect(undeclaredUses(fields, ALL)).toEqual([])
  })

  test('reach into nested inputs and import sheets, not only top-level keys', () => {
    const paths = fields.map((f) => f.path)
    expect(paths).toEqual(
      expect.arrayContaining([
        'photos.location.lat',
        'form.checks.medical.note',
        '导入.农户.户主身份证号',
        '导入.家庭成员.健康状况',
      ]),
    )
  })

  test('name no field that is no longer collected', () => {
    expect(unusedPatterns(fields, ALL)).toEqual([])
  })

  test('never call one collected field both personal and not personal', () => {
    const both = usesOf(fields).filter(
      (u) => personal.some((p) => patternMatches(p, u)) && work.some((p) => patternMatches(p, u)),
    )
    expect(both.map((u) => `${u.where}: ${u.path}`)).toEqual([])
  })

  test('fill in purpose, necessity, who sees it, retention and masking for each personal field', () => {
    const blank = PERSONAL_INFO.flatMap((d) =>
      (['label', 'subjects', 'purpose', 'necessity', 'visibleTo', 'retention', 'masking'] as const)
        .filter((k) => d[k].trim() === '')
        .map((k) => `${d.key}.${k}`),
    )
    expect(blank).toEqual([])
    expect(PERSONAL_INFO.filter((d) => d.stored.length === 0).map((d) => d.key)).toEqual([])
  })

  test('mark location, ID numbers and photos as sensitive personal information', () => {
    const sensitive = (path: string, where: string) =>
      PERSONAL_INFO.some((d) => d.sensitive && d.fields.some((p) => patternMatches(p, { path, where })))
    expect(sensitive('location.lat', 'presence.checkIn')).toBe(true)
    expect(sensitive('lat', 'presence.checkIn')).toBe(true)
    expect(sensitive('导入.人员.身份证号', 'imports.人员')).toBe(true)
    expect(sensitive('photoFileId', 'presence.checkIn')).toBe(true)
  })
})

describe('a new collected field without a declaration', () => {
  const withNewField: ActionEntry[] = [
    ...listActions(),
    {
      fn: 'presence',
      action: 'checkIn',
      def: defineAction({
        summary: '签到（加了一个新字段）',
        access: ['resident_cadre'],
        input: z.strictObject({
          villageId: z.string(),
          heartRate: z.number(),
          photos: z.array(z.object({ faceScan: z.string() })),
        }),
        output: z.object({}),
      }),
    },
  ]

  test('is listed by action and path, so the test names what to declare', () => {
    expect(undeclaredUses(collectedFields(withNewField, LAYOUTS), ALL)).toEqual([
      'presence.checkIn: heartRate',
      'presence.checkIn: photos.faceScan',
    ])
  })

  test('in a new import column is listed by its sheet and header', () => {
    const layouts = [
      ...LAYOUTS,
      {
        kind: 'people' as const,
        sheet: '人员',
        columns: [{ header: '微信号', required: false, note: '', example: '' }],
      },
    ]
    expect(undeclaredUses(collectedFields(listActions(), layouts), ALL)).toEqual([
      'imports.人员: 导入.人员.微信号',
    ])
  })
})
