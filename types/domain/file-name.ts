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
