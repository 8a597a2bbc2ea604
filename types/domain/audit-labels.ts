/**
 * Words for the audit log: every action that writes an audit line (`<function>.<action>`) and every
 * kind of target, as a county admin reads them. The log stores keys; people see only these labels.
 */
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'imports.runImport': '数据导入',
  'notice.convertObjection': '异议转整改',
  'notice.publishNotice': '发布公示',
  'notice.replyObjection': '答复异议',
  'notice.sendUrge': '发送催办',
  'notice.submitObjection': '提出异议',
  'notice.withdrawNotice': '撤回公示',
  'org.bindWithCode': '绑定码绑定',
  'org.decideBindRequest': '审核绑定申请',
  'org.issueBindCode': '生成绑定码',
  'org.requestBinding': '申请绑定',
  'org.revealSensitive': '查看完整号码',
  'org.revokePerson': '停用人员',
  'org.unbindPerson': '解除绑定',
  'org.updateVillage': '修改村设置',
  'presence.checkIn': '在村签到',
  'presence.confirmAbsence': '确认抽查缺勤',
  'presence.decideLeave': '审批请假',
  'presence.exportMonth': '导出驻村工作记实',
  'presence.recordSpotCheck': '记录抽查',
  'presence.requestLeave': '申请请假',
  'presence.returnFromLeave': '销假',
  'presence.saveWorkLog': '填写工作日志',
  'presence.setPolicy': '修改在村要求',
  'rectify.register': '整改挂号',
  'rectify.dispatch': '整改派发',
  'rectify.sign': '整改签收',
  'rectify.start': '开始整改',
  'rectify.applyClose': '申请销号',
  'rectify.startReview': '开始复核',
  'rectify.close': '整改销号',
  'rectify.reject': '驳回销号',
  'rectify.requestExtension': '申请延期',
  'rectify.approveExtension': '批准延期',
  'rectify.rejectExtension': '不批准延期',
  'rectify.dispute': '提出异议',
  'rectify.reassign': '改派责任人',
  'rectify.withdraw': '撤销事项',
  'rectify.exportLedger': '导出整改台账',
  'rectify.approveEscalation': '批准问责建议',
  'rectify.dismissEscalation': '不予处理问责建议',
  'rectify.daily': '每日整改计时',
  'report.exportBundle': '导出月度材料',
  'visit.correctVisit': '更正走访',
  'visit.exportVisits': '导出走访记录',
  'visit.issueCard': '生成明白卡查询码',
  'visit.linkFollowUp': '走访问题转整改',
  'visit.reviewVisit': '审阅走访',
  'visit.setPolicy': '修改走访要求',
  'visit.shareVisit': '共享走访报告',
  'visit.submitVisit': '提交走访',
}

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  escalation: '问责建议',
  household: '农户',
  household_card: '明白卡',
  import: '导入记录',
  notice_objection: '公示异议',
  notice_urge: '催办',
  org_unit: '单位',
  person: '人员',
  presence_absence: '抽查缺勤',
  presence_checkin: '签到',
  presence_export: '驻村工作记实文件',
  presence_leave: '请假',
  presence_policy: '在村要求',
  presence_spot_check: '抽查',
  public_notice: '公示',
  rectify_export: '整改台账文件',
  rectify_item: '整改事项',
  report_export: '月度材料文件',
  visit: '走访',
  visit_export: '走访记录文件',
  visit_policy: '走访要求',
  work_log: '工作日志',
}

/** Never a key on screen: an action missing from the table reads 其他操作. */
export function auditActionLabel(fn: string, action: string): string {
  return AUDIT_ACTION_LABELS[`${fn}.${action}`] ?? '其他操作'
}

export function auditTargetLabel(targetType: string): string {
  return AUDIT_TARGET_LABELS[targetType] ?? '其他对象'
}
