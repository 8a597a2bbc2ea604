/** Local cloud URL for a path; relative (same origin) unless TARO_APP_API_BASE was set at build time. */
export function apiUrl(path: string): string {
  const base = (process.env.TARO_APP_API_BASE ?? '').replace(/\/+$/, '')
  return `${base}${path}`
}
