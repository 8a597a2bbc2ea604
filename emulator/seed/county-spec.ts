import { TOWNSHIPS } from './names'

/**
 * Which county a seed generator builds: its code and name, where its villages lie, the units above
 * it, and a tag that keeps its person ids and fixed demo openids apart from every other county's.
 * 宛城区 (no tag, nothing above) is the demo and county seed, unchanged; the prefecture seed builds
 * 南阳市's 13 counties from such specs.
 */
export interface CountySpec {
  /** The 6-digit division code; units are `u-<code>…`. */
  code: string
  name: string
  /** Villages scatter around this point (wgs84). */
  origin: { lat: number; lng: number }
  /** Ancestor unit ids (the prefecture), outermost first; empty for a county on its own. */
  above: string[]
  /** Inserted into person ids (`p<tag>00001`) and appended to fixed openids; '' for 宛城区. */
  tag: string
  /** Township stems (镇/乡 included); 宛城区's own list when absent. */
  townships?: readonly string[]
}

export const WANCHENG: CountySpec = {
  code: '411302',
  name: '宛城区',
  origin: { lat: 32.99, lng: 112.56 },
  above: [],
  tag: '',
}

/** A fixed demo openid (demo-admin, …) as it is spelled in this county: suffixed outside 宛城区. */
export function openidIn(county: CountySpec, openid: string): string {
  return county.tag ? `${openid}-${county.code}` : openid
}

export function townshipName(county: CountySpec, index: number): string {
  const names = county.townships ?? TOWNSHIPS
  return names[index % names.length]
}
