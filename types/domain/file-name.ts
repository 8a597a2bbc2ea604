/**
 * Names of generated files as people keep them: `<what>-<place>-<period>.<ext>`, for example
 * `整改台账-宛城区-2026-12.xlsx`. Characters a phone or a storage path might refuse become nothing.
 */
export function downloadName(
  what: string,
  place: string,
  period: string,
  ext: 'xlsx' | 'docx' | 'csv' = 'xlsx',
): string {
  const clean = (s: string) => s.replace(/[^\w\u4e00-\u9fa5-]/g, '').slice(0, 40)
  return `${[what, place, period].map(clean).filter(Boolean).join('-')}.${ext}`
}

/**
 * A 州/市's whole scope as people write it in a file name: 南阳市 → 南阳市全市, 黔南州 → 黔南州全州,
 * 阿里地区 → 阿里地区全地区; any other name stays as it is.
 */
export function wholeScopeName(name: string): string {
  const suffix = ['地区', '州', '市', '盟'].find((s) => name.endsWith(s))
  return suffix ? `${name}全${suffix}` : name
}
