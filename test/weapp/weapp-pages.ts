/**
 * Every page of app.json, who opens it in the weapp run, and a phrase its first user must see. Ids
 * come from the committed demo seed (the county seed contains the demo county too).
 */
import type { OpenPage, WeappApp } from './harness/weapp-app'
import { waitForText, type PageSpec } from './harness/walk'
import { COMMAND_BODY_NAME, REVIEW_SESSION_TITLE, TASK_TITLE, type WalkRecords } from './walk-records'

const VILLAGE = 'u-411302100200'
const TOWNSHIP = 'u-411302100'
const COUNTY = 'u-411302'
const HOUSEHOLD = 'h-411302100200-001'
const VISIT = 'v-seed-h-411302100200-001-2026-10'

const ADMIN = 'demo-admin'
const SUPERVISOR = 'demo-supervisor'
const TOWNSHIP_LEADER = 'demo-township'
const SECRETARY = 'demo-secretary'
const PAIRING = 'demo-pairing'
const VILLAGER = ''

/** The identities whose views differ most: county, township, village cadre, and a villager. */
export const ROLES = [ADMIN, TOWNSHIP_LEADER, SECRETARY]

/** A whole county lists townships first: open 瓦店镇 and find its first village. */
async function openTownship(app: WeappApp, page: OpenPage): Promise<void> {
  if (!/个村/.test(app.text(page))) return
  await app.tap(page, '瓦店镇')
  if (!(await waitForText(app, page, '曹徐屯村', 5000)))
    throw new Error(`瓦店镇 did not list 曹徐屯村: ${app.text(page).slice(0, 200)}`)
}

const all = (first: string) => [first, ...ROLES.filter((r) => r !== first)]

export function weappPages(ids: WalkRecords): PageSpec[] {
  return [
    { route: 'pages/home/index', as: all(SECRETARY), text: '在村签到' },
    { route: 'pages/me/index', as: all(ADMIN), text: '角色与负责范围' },
    { route: 'packages/dev/pages/sign-in/index', as: [ADMIN], text: '仅本地演示环境可切换身份' },
    { route: 'packages/org/pages/bind/index', as: [VILLAGER, ADMIN], text: '输入绑定码' },
    { route: 'packages/org/pages/tree/index', as: all(ADMIN), text: '我的管辖范围' },
    { route: 'packages/org/pages/people/index', as: all(ADMIN), query: { unitId: VILLAGE }, text: '尹东德' },
    { route: 'packages/org/pages/imports/index', as: [ADMIN], text: '选择文件并检查' },
    { route: 'packages/org/pages/binding/index', as: [ADMIN], text: '生成绑定码' },
    { route: 'packages/org/pages/audit/index', as: [ADMIN], text: '' },
    { route: 'packages/org/pages/settings/index', as: [ADMIN], text: '每日在村记录提醒' },
    // Pages of this round's issues: rendered here in the WeChat sandbox (no error, setData budget); their
    // content is checked by the browser journeys (term, postings, prefecture, attach, levels, task).
    { route: 'packages/org/pages/team/index', as: [ADMIN], query: { villageId: VILLAGE }, text: '' },
    { route: 'packages/org/pages/postings/index', as: [ADMIN], text: '' },
    { route: 'packages/org/pages/roster/index', as: [ADMIN], text: '' },
    { route: 'packages/org/pages/dispatch/index', as: [ADMIN], text: '' },
    {
      route: 'packages/org/pages/assessment/index',
      as: [ADMIN],
      query: { dispatchUnitId: 'du-demo-transport', year: '2026' },
      text: '',
    },
    { route: 'packages/org/pages/attach/index', as: [ADMIN], text: '' },
    { route: 'packages/org/pages/levels/index', as: [ADMIN], query: { unitId: COUNTY }, text: '' },
    { route: 'packages/presence/pages/reviews/index', as: [ADMIN], query: { unitId: COUNTY }, text: '' },
    {
      route: 'packages/org/pages/command-body/index',
      as: [ADMIN, TOWNSHIP_LEADER],
      query: { bodyId: ids.commandBodyId },
      text: COMMAND_BODY_NAME,
    },
    {
      route: 'packages/presence/pages/review-session/index',
      as: [TOWNSHIP_LEADER, ADMIN],
      query: { id: ids.reviewSessionId },
      text: REVIEW_SESSION_TITLE,
    },
    { route: 'packages/feedback/pages/mine/index', as: [SECRETARY], text: '' },
    { route: 'packages/feedback/pages/inbox/index', as: [ADMIN], text: '' },
    { route: 'packages/task/pages/list/index', as: [ADMIN], text: '' },
    { route: 'packages/task/pages/assign/index', as: [ADMIN], text: '' },
    { route: 'packages/task/pages/weekly/index', as: [ADMIN], text: '' },
    {
      route: 'packages/task/pages/detail/index',
      as: [ADMIN, TOWNSHIP_LEADER],
      query: { id: ids.taskId },
      text: TASK_TITLE,
    },
    { route: 'packages/presence/pages/calendar/index', as: all(SECRETARY), text: '在村' },
    { route: 'packages/presence/pages/leave/index', as: all(SECRETARY), text: '提交请假' },
    { route: 'packages/presence/pages/approve/index', as: all(TOWNSHIP_LEADER), text: '待我审批' },
    { route: 'packages/presence/pages/work-log/index', as: all(SECRETARY), text: '工作日志' },
    { route: 'packages/presence/pages/queue/index', as: [SECRETARY], text: '待同步（0）' },
    { route: 'packages/presence/pages/today/index', as: all(ADMIN), text: '瓦店镇', then: openTownship },
    {
      route: 'packages/presence/pages/today/index',
      as: [SUPERVISOR],
      query: { villageId: VILLAGE },
      text: '尹东德',
    },
    {
      route: 'packages/presence/pages/spot-check/index',
      as: [SUPERVISOR],
      query: { villageId: VILLAGE },
      text: '提交暗访记录',
    },
    { route: 'packages/rectify/pages/register/index', as: [TOWNSHIP_LEADER, ADMIN], text: '问题来源' },
    { route: 'packages/rectify/pages/mine/index', as: all(SECRETARY), text: '我负责的' },
    { route: 'packages/rectify/pages/ledger/index', as: all(ADMIN), text: '党群服务中心值班表未公示' },
    {
      route: 'packages/rectify/pages/detail/index',
      as: all(TOWNSHIP_LEADER),
      query: { id: 'rect-seed-a' },
      text: '党群服务中心值班表未公示',
    },
    { route: 'packages/rectify/pages/escalations/index', as: [ADMIN, TOWNSHIP_LEADER], text: '12 个月内' },
    { route: 'packages/notice/pages/inbox/index', as: all(TOWNSHIP_LEADER), text: '公示收到异议' },
    { route: 'packages/notice/pages/urge/index', as: [TOWNSHIP_LEADER, ADMIN], text: '预览收件人' },
    {
      route: 'packages/notice/pages/urge-receipts/index',
      as: [TOWNSHIP_LEADER],
      query: { id: ids.urgeId },
      text: '尹东德',
    },
    { route: 'packages/notice/pages/manage/index', as: [TOWNSHIP_LEADER, ADMIN], text: '低保对象拟定名单' },
    { route: 'packages/notice/pages/edit/index', as: [TOWNSHIP_LEADER], text: '公示期' },
    { route: 'packages/notice/pages/objections/index', as: [TOWNSHIP_LEADER, ADMIN], text: '不符合低保条件' },
    { route: 'packages/notice/pages/villager/index', as: [VILLAGER], text: '瓦店镇', then: openTownship },
    {
      route: 'packages/notice/pages/villager/index',
      as: [VILLAGER],
      query: { v: '411302100200' },
      text: '低保对象拟定名单',
    },
    {
      route: 'packages/notice/pages/public-detail/index',
      as: [VILLAGER, ADMIN],
      query: { id: 'ntc-demo-dibao' },
      text: '低保对象拟定名单',
    },
    { route: 'packages/visit/pages/households/index', as: all(PAIRING), text: '何永桂' },
    {
      route: 'packages/visit/pages/household/index',
      as: [PAIRING, SECRETARY],
      query: { id: HOUSEHOLD },
      text: '何永桂',
    },
    {
      route: 'packages/visit/pages/form/index',
      as: [PAIRING],
      query: { householdId: HOUSEHOLD },
      text: '何永桂',
    },
    { route: 'packages/visit/pages/drafts/index', as: [PAIRING], text: '立即同步' },
    { route: 'packages/visit/pages/visit/index', as: [PAIRING, ADMIN], query: { id: VISIT }, text: '何永桂' },
    { route: 'packages/visit/pages/correct/index', as: [PAIRING], query: { id: VISIT }, text: '何永桂' },
    {
      route: 'packages/visit/pages/coverage/index',
      as: all(ADMIN),
      query: { unitId: COUNTY },
      text: '按乡镇',
    },
    {
      route: 'packages/visit/pages/card/index',
      as: [VILLAGER, SECRETARY],
      query: { code: 'WDZMBKA234' },
      text: '帮扶明白卡',
    },
    { route: 'packages/visit/pages/shared/index', as: all(ADMIN), text: '没有更多了' },
    { route: 'packages/monitor/pages/cases/index', as: all(SECRETARY), text: '识别纳入与风险消除' },
    {
      route: 'packages/monitor/pages/case/index',
      as: all(SECRETARY),
      query: { id: ids.caseId },
      text: '村级民主评议',
    },
    { route: 'packages/monitor/pages/start/index', as: [SECRETARY, PAIRING], text: '何永桂' },
    {
      route: 'packages/monitor/pages/apply/index',
      as: [VILLAGER],
      query: { v: '411302100200' },
      text: '提交申报',
    },
    { route: 'packages/monitor/pages/import/index', as: [ADMIN, TOWNSHIP_LEADER], text: '匹配本辖区农户' },
    { route: 'packages/report/pages/dashboard/index', as: all(ADMIN), text: '走访覆盖' },
    {
      route: 'packages/report/pages/cadres/index',
      as: [TOWNSHIP_LEADER, ADMIN],
      query: { villageId: VILLAGE },
      text: '尹东德',
    },
    {
      route: 'packages/report/pages/dashboard/index',
      as: [TOWNSHIP_LEADER],
      query: { unitId: TOWNSHIP },
      text: '瓦店镇',
    },
    { route: 'packages/report/pages/monitoring/index', as: all(ADMIN), text: '防返贫动态监测' },
    {
      route: 'packages/report/pages/monitoring/index',
      as: [SECRETARY, TOWNSHIP_LEADER],
      query: { unitId: VILLAGE },
      text: '本村',
    },
    {
      route: 'packages/compliance/pages/privacy/index',
      as: [VILLAGER, SECRETARY],
      text: '需要您授权的设备权限',
    },
    { route: 'packages/compliance/pages/filing/index', as: [ADMIN], text: '下载备案材料' },
  ]
}
