/** The data key of the local cloud only. A real environment sets its own in the function config. */
export const DEV_DATA_KEY = 'zhucun-local-development-key-not-for-production'
