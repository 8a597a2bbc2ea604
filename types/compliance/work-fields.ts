import type { WorkFieldGroup } from './declaration'

/**
 * Collected fields that are not personal information, each group with why not. A new field lands
 * here or in `personal-info.ts`; the declarations test fails until it does.
 */
export const WORK_FIELDS: readonly WorkFieldGroup[] = [
  {
    label: '记录编号与引用',
    why: '指向系统中已有记录（其个人信息已在对应条目申报），本身不含个人信息',
    fields: [
      'absenceId', 'absentIds', 'presentIds', 'actorId', 'escalationId', 'householdId', 'inboxId', 'itemId', 'leaveId',
      'noticeId', 'objectionId', 'personId', 'personIds', 'requestId', 'responsiblePersonId', 'targetId', 'targetType',
      'urgeId', 'visitId', 'unitId', 'villageId', 'townshipId', 'parentId', 'clientId', 'version', 'baseVersion',
      'formVersion', 'notice.listPublicNotices:villageCode', 'field', 'feedbackId',
    ],
  },
  {
    label: '组织机构信息',
    why: '乡镇、村的名称、编码、中心位置与标记，属于单位信息',
    fields: [
      '导入.组织.*', 'center', 'center.lat', 'center.lng', 'flags', 'flags.poor', 'flags.weak', 'radiusM',
      '导入.人员.所属单位编码', '导入.人员.角色', '导入.人员.岗位', '导入.人员.负责单位编码', 'responsibleUnit',
    ],
  },
  {
    label: '工作事项的类别、日期与状态',
    why: '描述工作事项（整改来源、期限、请假类型与起止日、审批结论、公示天数），不描述个人',
    fields: [
      'category', 'deadline', 'decision', 'approve', 'kind', 'type', 'startDay', 'endDay', 'day', 'days', 'source',
      'target', 'shared', 'accepted', 'topic', 'filter', 'purpose', 'validOnly', 'foundIn', 'kept',
    ],
  },
  {
    label: '县级设置',
    why: '县委组织部对全县的规则设置（见“设置”一节），不含个人信息',
    fields: [
      'requiredDays', 'checkInsPerDay', 'photoRequired', 'periodMonths', 'org.updateSettings:section', 'org.updateSettings:values',
      'org.updateSettings:values.checkInDays', 'org.updateSettings:values.householdYears', 'org.updateSettings:values.presenceDaily',
    ],
  },
  {
    label: '查询与分页条件',
    why: '只用于本次查询，不保存',
    fields: ['limit', 'offset', 'month', 'period', 'state', 'status', 'overdue', 'bound', 'box', 'as', 'q', 'unreadOnly', 'unvisitedOnly', 'initial'],
  },
  {
    label: '一次性凭证',
    why: '绑定码、明白卡码只作比对，以密钥哈希保存，不含个人信息',
    fields: ['org.bindWithCode:code', 'visit.getCard:code'],
  },
]
