import { z } from '../zod'
import { defineAction } from './define'
import { countItemSchema, emptyInput } from './common'
import { roleSchema, postSchema } from '../domain/role'
import { orgLevelSchema } from '../domain/org-unit'
import { orgTreeActions } from './org-tree'
import { orgBindingActions } from './org-binding'
import { orgAuditActions } from './org-audit'
import { orgVillageActions } from './org-village'
import { orgSettingsActions } from './org-settings'
import { orgLevelActions } from './org-levels'
import { orgPostingActions } from './org-postings'
import { orgRosterActions } from './org-roster'
import { orgDispatchActions } from './org-dispatch'
import { orgSecondmentActions } from './org-secondments'
import { orgCommandBodyActions } from './org-command-bodies'
import { policyViewSchema } from './presence-views'
import { orgProfileActions } from './org-profile'
import { cardPhoneViewSchema } from '../domain/card-phone'

const roleViewSchema = z.object({
  role: roleSchema,
  label: z.string(),
  post: postSchema.optional(),
  postLabel: z.string().optional(),
  units: z.array(z.object({ id: z.string(), name: z.string(), level: orgLevelSchema })),
})

export const workbenchSchema = z.object({
  person: z.object({
    id: z.string(),
    name: z.string(),
    phoneMasked: z.string(),
    /** The number shown on the 明白卡 of the households this person serves. */
    cardPhone: cardPhoneViewSchema,
  }),
  roles: z.array(roleViewSchema),
  /** One line saying where this person works, e.g. "卧龙镇 · 王营村" or "全区". */
  scopeLabel: z.string(),
  counts: z.array(countItemSchema),
  /** Unread inbox records: the home tab's badge, sent along so opening the app is one call. */
  unread: z.number().int().min(0),
  /** The county's presence rules for the village team's check-in card; null for other roles. */
  checkInPolicy: policyViewSchema.nullable(),
})
export type Workbench = z.infer<typeof workbenchSchema>

export const orgApi = {
  ...orgLevelActions,
  getWorkbench: defineAction({
    summary: '我的工作台：身份、角色、范围与待办计数',
    access: 'bound',
    input: emptyInput,
    output: workbenchSchema,
  }),
  ...orgTreeActions,
  ...orgBindingActions,
  ...orgAuditActions,
  ...orgVillageActions,
  ...orgSettingsActions,
  ...orgProfileActions,
  ...orgPostingActions,
  ...orgRosterActions,
  ...orgDispatchActions,
  ...orgSecondmentActions,
  ...orgCommandBodyActions,
}
