import { z } from '../zod'
import type { OrgLevel } from './org-unit'

/**
 * Command bodies per level (黔南 "两部一室一战"): 州/县 脱贫攻坚指挥部, 乡镇 工作站, 村 作战室. One body per
 * unit, with leaders (指挥长, 站长, the village's 负责人) and members who may be people of any level,
 * 挂职 cadres included. A membership that ends is kept as history.
 */
export const COMMAND_LEVELS = ['prefecture', 'county', 'township', 'village'] as const
export const commandLevelSchema = z.enum(COMMAND_LEVELS)
export type CommandLevel = z.infer<typeof commandLevelSchema>

export const COMMAND_KIND_LABELS: Record<CommandLevel, string> = {
  prefecture: '州/市指挥部',
  county: '县级指挥部',
  township: '乡镇工作站',
  village: '村级作战室',
}

/** How often each level reports up (黔南: 州 every half year, 县 every quarter, 乡 every month). */
export const COMMAND_REPORT_CADENCE: Record<CommandLevel, string> = {
  prefecture: '每半年向上报告',
  county: '每季度向州/市报告',
  township: '每月向县报告',
  village: '每月向乡镇报告',
}

export function isCommandLevel(level: OrgLevel): level is CommandLevel {
  return (COMMAND_LEVELS as readonly string[]).includes(level)
}

export const COMMAND_ROLES = ['leader', 'member'] as const
export const commandRoleSchema = z.enum(COMMAND_ROLES)
export type CommandRole = z.infer<typeof commandRoleSchema>

const LEADER_LABELS: Record<CommandLevel, string> = {
  prefecture: '指挥长',
  county: '指挥长',
  township: '站长',
  village: '负责人',
}
export function commandRoleLabel(level: CommandLevel, role: CommandRole): string {
  return role === 'leader' ? LEADER_LABELS[level] : '成员'
}

/** 黔南's 州 指挥部 has 30 members; room for twice that, and a bounded history in one record. */
export const MAX_ACTIVE_MEMBERS = 60
export const MAX_MEMBERSHIPS = 400

export const membershipSchema = z.object({
  personId: z.string(),
  personName: z.string(),
  role: commandRoleSchema,
  roleLabel: z.string(),
  /** 职务 in the body, e.g. 双指挥长, 副指挥长, 办公室主任. */
  title: z.string().nullable(),
  fromDay: z.string(),
  untilDay: z.string().nullable(),
  /** The person's active 挂职 here when they joined (the reason a non-local cadre may sit in it). */
  viaSecondment: z.boolean(),
})
export type Membership = z.infer<typeof membershipSchema>

export const commandBodySchema = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  unitLevel: commandLevelSchema,
  kindLabel: z.string(),
  cadence: z.string(),
  name: z.string(),
  leaders: z.array(membershipSchema),
  members: z.array(membershipSchema),
  /** Ended memberships, newest end first. */
  history: z.array(membershipSchema),
})
export type CommandBody = z.infer<typeof commandBodySchema>
