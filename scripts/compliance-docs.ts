import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { privacyGuideMarkdown } from '../types/compliance/privacy-guide'

// Writes the 隐私保护指引 from the declarations in types/compliance/: paste it into the mini-program
// console (设置 → 服务内容声明 → 用户隐私保护指引). A test fails when this file is stale.
const target = join(__dirname, '..', 'docs', 'privacy-guide.md')
writeFileSync(target, privacyGuideMarkdown())
console.log(`wrote ${target}`)
