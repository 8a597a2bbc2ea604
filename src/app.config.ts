export default defineAppConfig({
  // Tab pages stay in the main package; everything else goes to subpackages to keep it small.
  pages: ['pages/home/index', 'pages/me/index'],
  subPackages: [
    {
      // Local-cloud only: choose a demo identity (the browser has no WeChat login).
      root: 'packages/dev',
      pages: ['pages/sign-in/index'],
    },
    {
      // Org tree, people, binding, imports and the audit log.
      root: 'packages/org',
      pages: [
        'pages/bind/index',
        'pages/tree/index',
        'pages/people/index',
        'pages/imports/index',
        'pages/binding/index',
        'pages/audit/index',
        'pages/settings/index',
        'pages/team/index',
        'pages/postings/index',
        'pages/roster/index',
        'pages/dispatch/index',
        'pages/assessment/index',
        'pages/attach/index',
        'pages/levels/index',
        'pages/command-body/index',
      ],
    },
    {
      // 在村履职: calendar, leave, work log, offline queue, supervisor views.
      root: 'packages/presence',
      pages: [
        'pages/calendar/index',
        'pages/leave/index',
        'pages/approve/index',
        'pages/work-log/index',
        'pages/queue/index',
        'pages/today/index',
        'pages/spot-check/index',
        'pages/reviews/index',
        'pages/review-session/index',
      ],
    },
    {
      // 整改台账: register, my items, the ledger with export, an item's detail and timeline, 问责升级审批.
      root: 'packages/rectify',
      pages: [
        'pages/register/index',
        'pages/mine/index',
        'pages/ledger/index',
        'pages/detail/index',
        'pages/escalations/index',
      ],
    },
    {
      // 通知公示: inbox, 催办 with receipts, 公示 for cadres, and the villagers' pages (no binding).
      root: 'packages/notice',
      pages: [
        'pages/inbox/index',
        'pages/urge/index',
        'pages/urge-receipts/index',
        'pages/manage/index',
        'pages/edit/index',
        'pages/objections/index',
        'pages/villager/index',
        'pages/public-detail/index',
      ],
    },
    {
      // 入户走访: households, the offline visit form, drafts and sync, corrections, coverage, 明白卡, shared reports.
      root: 'packages/visit',
      pages: [
        'pages/households/index',
        'pages/household/index',
        'pages/form/index',
        'pages/drafts/index',
        'pages/visit/index',
        'pages/correct/index',
        'pages/coverage/index',
        'pages/card/index',
        'pages/shared/index',
      ],
    },
    {
      // 投诉建议: anyone writes and reads their own; the organization department answers.
      root: 'packages/feedback',
      pages: ['pages/mine/index', 'pages/inbox/index'],
    },
    {
      // 防返贫监测: cases per scope with their steps, taking an application at the village, the warning-list
      // import, and the villagers' application page (no binding).
      root: 'packages/monitor',
      pages: [
        'pages/cases/index',
        'pages/case/index',
        'pages/start/index',
        'pages/apply/index',
        'pages/import/index',
      ],
    },
    {
      // 统计看板: dashboards per scope with charts and drill-down, the monthly bundle export.
      root: 'packages/report',
      pages: ['pages/dashboard/index', 'pages/cadres/index', 'pages/monitoring/index'],
    },
    {
      root: 'packages/task',
      pages: ['pages/list/index', 'pages/assign/index', 'pages/detail/index', 'pages/weekly/index'],
    },
    {
      // 合规: the 隐私保护指引 (everyone) and the 备案材料 page (county admins).
      root: 'packages/compliance',
      pages: ['pages/privacy/index', 'pages/filing/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '驻村工作台',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#7a7e83',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '工作台',
        iconPath: 'assets/tab-home.png',
        selectedIconPath: 'assets/tab-home-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tab-me.png',
        selectedIconPath: 'assets/tab-me-active.png',
      },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于判断是否在村内签到' },
  },
  requiredPrivateInfos: ['getLocation', 'chooseLocation'],
  // WeChat's privacy consent (getPrivacySetting / agreePrivacyAuthorization), see src/services/privacy.ts.
  __usePrivacyCheck__: true,
  lazyCodeLoading: 'requiredComponents',
})
