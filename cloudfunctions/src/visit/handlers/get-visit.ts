import { AppError } from '@contract/errors'
import type { Handler } from '../../shared/handler'
import { requireSee, reviewParties, standingOn } from '../access'
import { isOwnCase } from '../../shared/self-decision'
import { tempUrls } from '../file-urls'
import { getVisitDoc, versionsOf } from '../repo-visits'
import { toVisitSummary } from '../views'

const iso = (d: Date) => new Date(d).toISOString()

export const getVisit: Handler<'visit', 'getVisit'> = async (input, ctx) => {
  const visit = await getVisitDoc(ctx.db, input.visitId)
  if (!visit) throw new AppError('not-found', '未找到该走访记录')
  const s = standingOn(ctx.caller, visit.path, visit.pairingCadreIds)
  requireSee(s, visit.authorId)
  const [versions, urls] = await Promise.all([
    versionsOf(ctx.db, visit._id),
    tempUrls(visit.photos.map((p) => p.fileID)),
  ])
  const author = visit.authorId === s.me
  return {
    ...toVisitSummary(visit),
    formVersion: visit.formVersion,
    form: visit.form,
    endedAt: iso(visit.endedAt),
    receivedAt: iso(visit.receivedAt),
    startLocation: visit.startLocation,
    endLocation: visit.endLocation,
    photoList: visit.photos.map((p) => ({ index: p.index, fileID: p.fileID, url: urls.get(p.fileID) ?? '' })),
    versions: versions.map((v) => ({
      version: v.version,
      at: iso(v.at),
      byName: v.byName,
      reason: v.reason,
      form: v.form,
    })),
    reviews: visit.reviews.map((r) => ({
      at: iso(r.at),
      byName: r.byName,
      kind: r.kind,
      comment: r.comment,
    })),
    followUps: visit.followUps.map((f) => ({ risk: f.risk, itemId: f.itemId, at: iso(f.at) })),
    monitorCaseId: visit.monitorCaseId ?? null,
    may: {
      correct: author || s.team,
      review: s.overseer && !isOwnCase(ctx.caller, reviewParties(visit)),
      share: s.team || s.overseer,
    },
  }
}
