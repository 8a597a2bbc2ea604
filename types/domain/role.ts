import { z } from '../zod'

/** Every role carries a scope: the org units (county, townships or villages) it covers. */
export const ROLES = [
  'admin',
  'supervisor',
  'township_leader',
  'resident_cadre',
  'village_cadre',
  'pairing_cadre',
  'dispatch_contact',
] as const
export const roleSchema = z.enum(ROLES)
export type Role = z.infer<typeof roleSchema>

export const ROLE_LABELS: Record<Role, string> = {
  admin: '组织部管理员',
  supervisor: '督查组',
  township_leader: '乡镇领导',
  resident_cadre: '驻村干部',
  village_cadre: '村干部',
  pairing_cadre: '帮扶责任人',
  dispatch_contact: '派出单位联系人',
}

export const POSTS = [
  'first_secretary',
  'team_member',
  'branch_secretary',
  'village_director',
  'committee_member',
  'liaison',
] as const
export const postSchema = z.enum(POSTS)
export type Post = z.infer<typeof postSchema>

export const POST_LABELS: Record<Post, string> = {
  first_secretary: '第一书记',
  team_member: '工作队员',
  branch_secretary: '村党支部书记',
  village_director: '村委会主任',
  committee_member: '村两委成员',
  liaison: '包村干部',
}

export const roleGrantSchema = z.object({
  role: roleSchema,
  /**
   * Org unit ids the role covers; for pairing cadres, the village of their households. A 派出单位
   * contact's grant names their dispatch unit instead: no org path ever contains it, so every
   * org-scoped check refuses them and only the dispatch-unit actions let them through.
   */
  unitIds: z.array(z.string().min(1).max(64)).min(1).max(50),
  post: postSchema.optional(),
})
export type RoleGrant = z.infer<typeof roleGrantSchema>

/** Roles that oversee others in a scope (they see, remind and review, but do not record presence). */
export const SUPERVISING_ROLES: readonly Role[] = ['admin', 'supervisor', 'township_leader']
/** Roles whose members work in a village and record their presence there. */
export const VILLAGE_ROLES: readonly Role[] = ['resident_cadre', 'village_cadre', 'pairing_cadre']
