import { seedEncrypt } from './dev-key'
import type { HouseholdMember, PovertyCause, RegisteredStatus } from '../../types/domain/household'
import { needsMainCause, POVERTY_CAUSE } from '../../types/domain/household'
import type { HouseholdKind, MonitorType } from '../../types/domain/monitoring'
import { idCheckChar } from '../../types/domain/id-number'
import type { RoleGrant } from '../../types/domain/role'
import { keyedHash, maskIdNumber, maskPhone } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from './dev-key'
import type { GeneratedOrg } from './generate-org'
import type { SeedDoc } from './jsonl'
import { mobile, personName } from './names'
import { Prng } from './prng'

const CREATED = new Date('2026-01-06T01:00:00.000Z')
const SEED_YEAR = 2026

/** A valid 18-character ID number of a county (宛城区, 411302, unless told) for someone born in `year`. */
export function fakeIdNumber(rng: Prng, year: number, countyCode = '411302'): string {
  const body = `${countyCode}${year}${String(rng.int(1, 12)).padStart(2, '0')}${String(rng.int(1, 28)).padStart(2, '0')}${String(rng.int(0, 999)).padStart(3, '0')}`
  return body + idCheckChar(body)
}

/**
 * A 2026 county: most households are 脱贫户, about 8 % 监测对象 (half 脱贫不稳定户, the rest 边缘易致贫户 or
 * 突发严重困难户), and a few 一般农户 on the record because they were monitored once and the risk was
 * cleared. No 未脱贫. `roll` is one uniform draw, so the demo data stays stable.
 */
export function seedKind(roll: number): { kind: HouseholdKind; monitorType: MonitorType | null } {
  if (roll < 0.04) return { kind: 'monitored', monitorType: 'unstable' }
  if (roll < 0.065) return { kind: 'monitored', monitorType: 'edge' }
  if (roll < 0.08) return { kind: 'monitored', monitorType: 'sudden' }
  if (roll < 0.12) return { kind: 'ordinary', monitorType: null }
  return { kind: 'lifted', monitorType: null }
}

function member(rng: Prng, relation: HouseholdMember['relation'], age: number): HouseholdMember {
  const child = age < 18
  return {
    relation,
    sex: rng.chance(0.5) ? 'male' : 'female',
    age,
    education:
      age < 6
        ? 'preschool'
        : child
          ? 'primary'
          : rng.pick(['illiterate', 'primary', 'junior', 'senior'] as const),
    schoolStatus: age < 6 ? 'preschool' : child ? 'compulsory' : 'not_student',
    health: rng.pick(['healthy', 'healthy', 'chronic', 'serious', 'disabled'] as const),
    labourAbility: child
      ? 'none'
      : age > 65
        ? 'weak'
        : rng.pick(['normal', 'normal', 'skilled', 'weak'] as const),
    workStatus: child
      ? 'not_applicable'
      : age > 65
        ? 'farming'
        : rng.pick(['farming', 'in_county', 'in_province', 'out_province'] as const),
  }
}

function pairingCadresOf(org: GeneratedOrg, villageId: string): SeedDoc[] {
  return org.people.filter((p) =>
    (p.roles as RoleGrant[]).some((g) => g.role === 'pairing_cadre' && g.unitIds.includes(villageId)),
  )
}

/**
 * A few 建档立卡户 per village, paired with the village's pairing cadres. In the first village
 * demo-pairing holds most of them and shares one with demo-multi, so "only my households" shows.
 */
export function generateHouseholds(
  org: GeneratedOrg,
  perVillage: number,
  seed = 20261123,
): { households: SeedDoc[] } {
  const rng = new Prng(seed)
  const usedIds = new Set<string>()
  const households: SeedDoc[] = []
  const groups = (villageId: string) =>
    org.units.filter((u) => u.parentId === villageId && u.level === 'group').map((u) => String(u._id))
  const paths = new Map(org.units.map((u) => [String(u._id), u.path as string[]]))
  const openidOf = (p: SeedDoc | undefined) => (p ? String(p.openid ?? '') : '')
  org.villages.forEach((village, vIndex) => {
    const cadres = pairingCadresOf(org, village.id)
    const pairing = cadres.find((p) => openidOf(p) === 'demo-pairing')
    const multi = cadres.find((p) => openidOf(p) === 'demo-multi')
    const others = cadres.filter((p) => p !== pairing && p !== multi)
    for (let h = 0; h < perVillage; h++) {
      const headAge = rng.int(30, 85)
      // ID numbers are a natural key (unique index): draw again on the rare collision.
      let idNumber = fakeIdNumber(rng, SEED_YEAR - headAge, org.county.code)
      while (usedIds.has(idNumber)) idNumber = fakeIdNumber(rng, SEED_YEAR - headAge, org.county.code)
      usedIds.add(idNumber)
      const phone = mobile(rng)
      const members = [member(rng, 'head', headAge)]
      if (rng.chance(0.7)) members.push(member(rng, 'spouse', Math.max(20, headAge + rng.int(-5, 5))))
      for (let c = rng.int(0, 3); c > 0; c--)
        members.push(member(rng, 'child', Math.max(0, headAge - rng.int(20, 35))))
      let paired: SeedDoc[]
      if (vIndex === 0 && pairing)
        paired =
          h === perVillage - 1 && others[0] ? [others[0]] : h === 2 && multi ? [pairing, multi] : [pairing]
      else paired = cadres.length ? [cadres[h % cadres.length]] : []
      const groupIds = groups(village.id)
      // Drawn in the order of the old literal (name, cause, status roll), so the demo names stay the same.
      const headName = personName(rng)
      const cause = rng.pick(POVERTY_CAUSE.keys) as PovertyCause
      const drawn = seedKind(rng.next())
      // The household demo-pairing and demo-multi share is a 边缘易致贫户 under monitoring (an 一般农户 at
      // risk), so both demo cadres have a household due this month.
      const shared = vIndex === 0 && pairing !== undefined && h === 2 && multi !== undefined
      const { kind, monitorType } = shared
        ? { kind: 'monitored' as const, monitorType: 'edge' as const }
        : drawn
      const registered = needsMainCause(kind, monitorType)
      const registeredStatus: RegisteredStatus | null = registered ? 'lifted' : null
      households.push({
        _id: `h-${village.id.slice(2)}-${String(h + 1).padStart(3, '0')}`,
        headName,
        idMasked: maskIdNumber(idNumber),
        idHash: keyedHash(idNumber, DEV_DATA_KEY),
        idEnc: seedEncrypt(idNumber),
        phoneMasked: maskPhone(phone),
        phoneHash: keyedHash(phone, DEV_DATA_KEY),
        phoneEnc: seedEncrypt(phone),
        villageId: village.id,
        groupId: groupIds.length ? groupIds[h % groupIds.length] : null,
        unitPath: paths.get(village.id) ?? [],
        members,
        kind,
        monitorType,
        mainCause: registered ? cause : null,
        registeredStatus,
        pairingCadreIds: paired.map((p) => String(p._id)),
        createdAt: CREATED,
        updatedAt: CREATED,
      })
    }
  })
  return { households }
}
