import { z } from 'zod'
import zhCN from 'zod/v4/locales/zh-CN.cjs'

// Mini-programs forbid `new Function`, which zod's JIT uses; Chinese messages serve the users directly.
z.config({ jitless: true, ...zhCN() })

export { z }
