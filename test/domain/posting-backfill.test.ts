import fc from 'fast-check'
import { backfillPostings, type BackfillPerson } from '../../types/domain/posting-backfill'
import { isLongAbsence, needsFirstSecretary } from '../../types/domain/roster-review'

const VILLAGES = ['v1', 'v2', 'v3']

const personArb = fc.record({
  village: fc.constantFrom(...VILLAGES, 'elsewhere'),
  post: fc.constantFrom('first_secretary' as const, 'team_member' as const),
  resident: fc.boolean(),
})

function roster(
  specs: Array<{ village: string; post: 'first_secretary' | 'team_member'; resident: boolean }>,
) {
  return specs.map((s, i): BackfillPerson => ({
    _id: `p${String(i).padStart(3, '0')}`,
    name: `干部${i}`,
    roles: [
      s.resident
        ? { role: 'resident_cadre', unitIds: [s.village], post: s.post }
        : { role: 'pairing_cadre', unitIds: [s.village] },
    ],
  }))
}

describe('the backfill from the roster', () => {
  test('posts every 驻村干部 of a known village once, never someone already posted, and leads each village with at most one 第一书记', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { maxLength: 30 }),
        fc.array(fc.nat(29), { maxLength: 5 }),
        (specs, postedIdx) => {
          const people = roster(specs)
          const posted = new Set(postedIdx.map((i) => `p${String(i).padStart(3, '0')}`))
          const led = new Set(['v3'])
          const out = backfillPostings(people, new Set(VILLAGES), posted, led)
          const expected = people.filter(
            (p, i) => specs[i].resident && VILLAGES.includes(specs[i].village) && !posted.has(p._id),
          )
          expect(out.map((o) => o.personId).sort()).toEqual(expected.map((p) => p._id).sort())
          for (const v of VILLAGES) {
            const leaders = out.filter((o) => o.villageId === v && o.teamRole === 'leader')
            expect(leaders.length).toBeLessThanOrEqual(v === 'v3' ? 0 : 1)
            const secretaries = expected.filter(
              (p) => p.roles[0].unitIds[0] === v && p.roles[0].post === 'first_secretary',
            )
            if (v !== 'v3' && secretaries.length > 0)
              expect(leaders.map((l) => l.personId)).toEqual([secretaries[0]._id])
          }
        },
      ),
    )
  })
})

describe('the 排查 rules', () => {
  test('two confirmed absences within 90 days are a long absence; one, or older ones, are not', () => {
    expect(isLongAbsence(['2026-10-10', '2026-11-05'], '2026-11-20')).toBe(true)
    expect(isLongAbsence(['2026-11-05'], '2026-11-20')).toBe(false)
    expect(isLongAbsence(['2026-08-01', '2026-11-05'], '2026-11-20')).toBe(false)
  })

  test('a 脱贫村 or a 软弱涣散村 needs a 第一书记; other villages do not', () => {
    expect(needsFirstSecretary({ poor: true, weak: false })).toBe(true)
    expect(needsFirstSecretary({ poor: false, weak: true })).toBe(true)
    expect(needsFirstSecretary({ poor: false, weak: false })).toBe(false)
    expect(needsFirstSecretary(undefined)).toBe(false)
  })
})
