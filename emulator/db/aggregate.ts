// database.aggregateDocuments: stages arrive as [{stageKey:'$match', stageValue:'<EJSON>'}].
// mingo runs the pipeline; we feed it candidates through the index planner when the pipeline
// starts with $match, and implement $geoNear (which mingo lacks) as a first stage ourselves.
import { Aggregator } from 'mingo'
import type { CollectionTable } from './collection-table'
import { matchStored } from './doc-reader'
import { stringifyWire } from './wire-ejson'
import type { Engine, Handled } from './engine'
import { invalidParam, requestFailed } from './errors'
import { distanceMeters, nearSpec, resolvePath, toLngLat } from './geo'
import { mingoContext } from './matcher'
import type { Doc, Metrics } from './types'
import { collectionName, decode, type Params } from './wire-params'

function decodeStages(raw: unknown, now: number): Doc[] {
  if (!Array.isArray(raw)) throw invalidParam('stages must be an array')
  return raw.flatMap((s: unknown): Doc[] => {
    const st = s as { stageKey?: unknown; stageValue?: unknown }
    if (typeof st?.stageKey !== 'string') throw invalidParam('each stage needs a stageKey')
    const value = decode(st.stageValue, now)
    if (st.stageKey === '$count' && typeof value === 'string') {
      // MongoDB's documented equivalent; unlike mingo's $count it yields nothing for no input.
      return [{ $group: { _id: null, [value]: { $sum: 1 } } }, { $project: { _id: 0 } }]
    }
    return [{ [st.stageKey]: value }]
  })
}

function firstPointField(doc: Doc): string | undefined {
  for (const [k, v] of Object.entries(doc)) {
    if (v !== null && typeof v === 'object' && (v as Doc).type === 'Point' && toLngLat(v)) return k
  }
  return undefined
}

/** MongoDB's $geoNear: filter by `query` and distance, sort nearest first, add distanceField. */
function geoNear(table: CollectionTable, spec: Doc, metrics: Metrics): Doc[] {
  const near = nearSpec({
    $geometry: spec.near,
    $maxDistance: spec.maxDistance,
    $minDistance: spec.minDistance,
  })
  if (!near) throw invalidParam('$geoNear requires near: a GeoJSON Point')
  if (typeof spec.distanceField !== 'string') throw invalidParam('$geoNear requires distanceField')
  const query = (spec.query ?? {}) as Doc
  const multiplier = typeof spec.distanceMultiplier === 'number' ? spec.distanceMultiplier : 1
  const rows: Array<{ doc: Doc; d: number; loc: unknown }> = []
  for (const { doc } of matchStored(table, query, metrics)) {
    const field = typeof spec.key === 'string' ? spec.key : firstPointField(doc)
    const loc = field === undefined ? undefined : resolvePath(doc, field)
    const p = toLngLat(loc)
    if (!p) continue
    const d = distanceMeters(p, near.center)
    if (d >= near.min && d <= near.max) rows.push({ doc, d, loc })
  }
  rows.sort((a, b) => a.d - b.d)
  return rows.map(({ doc, d, loc }) => {
    const out: Doc = { ...doc, [spec.distanceField as string]: d * multiplier }
    if (typeof spec.includeLocs === 'string') out[spec.includeLocs] = loc
    return out
  })
}

export function aggregateDocuments(engine: Engine, p: Params, metrics: Metrics): Handled {
  const name = collectionName(p)
  const table = engine.table(name)
  const pipeline = decodeStages(p.stages, engine.now())
  let input: Doc[]
  const first = pipeline[0]
  if (first && '$geoNear' in first) {
    input = geoNear(table, first.$geoNear as Doc, metrics)
    pipeline.shift()
  } else if (first && '$match' in first) {
    input = matchStored(table, first.$match as Doc, metrics).map((r) => r.doc)
    pipeline.shift()
  } else {
    input = matchStored(table, {}, metrics).map((r) => r.doc)
  }
  if (pipeline.some((s) => '$geoNear' in s))
    throw requestFailed('$geoNear is only valid as the first stage of a pipeline')
  const collectionResolver = (other: string): Doc[] => {
    const t = engine.store.table(other)
    return t ? matchStored(t, {}, metrics).map((r) => r.doc) : []
  }
  const out =
    pipeline.length === 0
      ? input
      : (new Aggregator(pipeline, { context: mingoContext, collectionResolver }).run(input) as Doc[])
  metrics.returned += out.length
  return { collection: name, body: { data: { list: out.map(stringifyWire) } } }
}
