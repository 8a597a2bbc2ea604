// Names the index.html script (early-call-script.ts) and the app (src/services/early-call.ts) share.
// Here, not in src/: Taro loads the build config with a transpiler that reads only this folder.

export const DEV_OPENID_KEY = 'zhucun.devOpenid'
export const EARLY_CALL_GLOBAL = '__zhucunEarlyCall'
/** The only call started early: the first page's, by a signed-in (demo) identity. */
export const EARLY_CALL_FN = 'org'
export const EARLY_CALL_ACTION = 'getWorkbench'
/** Tabs whose page shows the workbench (src/hooks/use-workbench.ts asks for it at launch on these). */
export const WORKBENCH_TABS = ['pages/home/index', 'pages/me/index']
