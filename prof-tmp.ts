import { prefecturePlans } from './emulator/seed/prefecture'
import { generateOrg } from './emulator/seed/generate-org'
import { generatePresenceHistory } from './emulator/seed/generate-presence-history'
import { generateHouseholds } from './emulator/seed/generate-households'
import { addVisits } from './emulator/seed/generate-visits'
import { addRectifyHistory } from './emulator/seed/generate-rectify-history'
import { recountStats } from './emulator/seed/recount-stats'
import { generatePostings } from './emulator/seed/generate-postings'
const plan = prefecturePlans(2)[1]
let t = Date.now()
const lap = (l: string) => { console.log(l, Date.now() - t); t = Date.now() }
const org = generateOrg(plan.org, 1, plan.county); lap('org')
const pres = generatePresenceHistory(org, '2026-11-19', []); lap('presence')
const hh = generateHouseholds(org, 70); lap('households')
const po = generatePostings(org); lap('postings')
let set: any = { org_units: org.units, people: org.people, ...pres, ...hh, ...po }
set = addRectifyHistory(org, set); lap('rectify')
set = addVisits(org, set, ['2025-11','2025-12','2026-01','2026-02','2026-03','2026-04','2026-05','2026-06','2026-07','2026-08','2026-09'], 1, false); lap('visits')
recountStats(set, new Date()); lap('recount')
