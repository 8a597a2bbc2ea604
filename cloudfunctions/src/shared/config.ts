/**
 * Every environment value the functions read, in one place. Set them in the function's environment
 * configuration in the WeChat console; the local cloud sets development values.
 */
export function dataKey(): string {
  const key = process.env.ZHUCUN_DATA_KEY
  if (!key || key.length < 16)
    throw new Error('ZHUCUN_DATA_KEY is not configured (at least 16 characters) in the function environment')
  return key
}
