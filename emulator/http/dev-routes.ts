import type { FastifyInstance } from 'fastify'
import { ROLE_LABELS, POST_LABELS, type RoleGrant } from '../../types/domain/role'
import type { LocalCloud } from '../local-cloud'
import { sendError } from './http-error'

interface PersonRow {
  name: string
  openid: string
  roles: RoleGrant[]
}

/** The demo people one can be in the H5 app. This route exists only in the local cloud. */
export function listDevIdentities(
  cloud: LocalCloud,
): Array<{ openid: string; name: string; roles: string[]; scopeLabel: string }> {
  const people = cloud.db.find(
    'people',
    { openid: { $type: 'string', $ne: '' }, status: 'active' },
    { sort: { openid: 1 }, limit: 300 },
  ) as unknown as PersonRow[]
  const unitIds = [...new Set(people.flatMap((p) => p.roles.flatMap((r) => r.unitIds)))]
  const units = new Map(
    cloud.db.find('org_units', { _id: { $in: unitIds } }).map((u) => [String(u._id), String(u.name)]),
  )
  return people.map((p) => ({
    openid: p.openid,
    name: p.name,
    roles: p.roles.map((r) =>
      r.post ? `${ROLE_LABELS[r.role]}·${POST_LABELS[r.post]}` : ROLE_LABELS[r.role],
    ),
    scopeLabel: [...new Set(p.roles.flatMap((r) => r.unitIds.map((id) => units.get(id) ?? id)))].join('、'),
  }))
}

export function registerDevRoutes(app: FastifyInstance, cloud: LocalCloud): void {
  app.get('/dev/identities', async () => ({ identities: listDevIdentities(cloud) }))
  // Plays the WeChat subscribe prompt: the user accepted these templates once each.
  app.post('/dev/subscribe', async (req, reply) => {
    const body = req.body as { openid?: unknown; templateIds?: unknown } | null
    const ids = body?.templateIds
    if (
      typeof body?.openid !== 'string' ||
      !Array.isArray(ids) ||
      ids.length === 0 ||
      ids.length > 3 ||
      !ids.every((t) => typeof t === 'string')
    ) {
      return sendError(reply, 400, 'invalid-argument', '需要 openid 与 1 至 3 个模板 ID')
    }
    cloud.outbox.grant(body.openid, ids as string[])
    return { ok: true }
  })
}
