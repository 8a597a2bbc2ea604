import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLAUSES } from '../../types/compliance/clauses'
import { DEVICE_PERMISSIONS, FEEDBACK_CHANNEL, THIRD_PARTIES } from '../../types/compliance/app-facts'
import { PERSONAL_INFO } from '../../types/compliance/personal-info'
import { privacyGuide, privacyGuideMarkdown } from '../../types/compliance/privacy-guide'

const ROOT = join(__dirname, '..', '..')

describe('the 隐私保护指引', () => {
  const text = privacyGuide()
    .flatMap((s) => s.lines)
    .join('\n')

  test('names every personal-information declaration with its purpose, visibility and retention', () => {
    for (const d of PERSONAL_INFO) {
      expect(text).toContain(`${d.label}${d.sensitive ? '（敏感个人信息）' : ''}：${d.purpose}`)
      expect(text).toContain(`${d.label}：${d.visibleTo}`)
      expect(text).toContain(d.retention)
    }
  })

  test('names each device permission with what still works when it is refused', () => {
    for (const p of DEVICE_PERMISSIONS) expect(text).toContain(`拒绝授权：${p.ifRefused}`)
  })

  test('names the third parties and the 投诉建议 channel', () => {
    for (const t of THIRD_PARTIES) expect(text).toContain(t.provider)
    expect(text).toContain(FEEDBACK_CHANNEL.where)
  })

  test('in docs/privacy-guide.md is the one the declarations generate (npm run compliance:docs)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'privacy-guide.md'), 'utf8')).toBe(privacyGuideMarkdown())
  })
})

describe('the README compliance section', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Compliance (合规)'))

  test('exists and lists every clause of the governing documents', () => {
    expect(readme).toContain('## Compliance (合规)')
    const missing = CLAUSES.filter((c) => !section.includes(c.clause)).map((c) => c.clause)
    expect(missing).toEqual([])
  })
})
