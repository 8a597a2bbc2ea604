// Stands in for zod's index of ~70 locales, which its `z` namespace re-exports and webpack cannot drop:
// the app speaks Chinese (with zod's built-in English as the fallback), so only those two ship.
export { default as en } from 'zod/v4/locales/en.js'
export { default as zhCN } from 'zod/v4/locales/zh-CN.js'
