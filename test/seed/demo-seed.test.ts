import { generateSeed } from '../../emulator/seed/demo-county'
import { readSeedDir } from '../../emulator/seed/seed-files'
import { DEMO_SEED_DIR } from '../../emulator/seed/load-seed'
import { fromJsonLines, toJsonLines } from '../../emulator/seed/jsonl'
import { decrypt, keyedHash } from '../../cloudfunctions/src/shared/sensitive'
import { DEV_DATA_KEY } from '../../emulator/seed/dev-key'
import { ROLES } from '../../types/domain/role'

describe('the demo seed', () => {
  const committed = readSeedDir(DEMO_SEED_DIR)
  const generated = generateSeed('demo')

  test('the committed JSON Lines are what the generator makes (run `seed --write database/seed/demo` after changing it)', () => {
    expect(Object.keys(committed).sort()).toEqual(Object.keys(generated).sort())
    for (const name of Object.keys(generated))
      expect(committed[name]).toEqual(fromJsonLines(toJsonLines(generated[name])))
  })

  test('every role is held by someone who can sign in', () => {
    const people = committed.people as Array<{ openid: string | null; roles: Array<{ role: string }> }>
    for (const role of ROLES)
      expect(people.some((p) => p.openid && p.roles.some((r) => r.role === role))).toBe(true)
  })

  test('phones are stored masked, hashed with the key and encrypted, never plain', () => {
    const text = JSON.stringify(committed.people)
    expect(text).not.toMatch(/"1[3-9]\d{9}"/)
    for (const p of committed.people as Array<{ phoneEnc: string; phoneHash: string; phoneMasked: string }>) {
      const phone = decrypt(p.phoneEnc, DEV_DATA_KEY)
      expect(keyedHash(phone, DEV_DATA_KEY)).toBe(p.phoneHash)
      expect(p.phoneMasked).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    }
  })

  test('dates are written in the console import format', () => {
    const line = toJsonLines([{ at: new Date('2026-01-01T00:00:00.000Z') }])
    expect(line).toBe('{"at":{"$date":"2026-01-01T00:00:00.000Z"}}\n')
    expect(fromJsonLines(line)[0].at).toEqual(new Date('2026-01-01T00:00:00.000Z'))
  })
})
