/** One requirement of a governing document and how the product meets it, with where to check. */
export interface Clause {
  id: string
  doc: string
  clause: string
  how: string
  where: string
}

const GOV_APP = '《政务移动互联网应用程序规范化管理办法》（国办函〔2026〕12号）'
const RELIEF = '《整治形式主义为基层减负若干规定》（2024）'
const PIPL = '《中华人民共和国个人信息保护法》'

/** The filing pack's 合规对照 sheet and the README's Compliance section list these, in this order. */
export const CLAUSES: readonly Clause[] = [
  {
    id: 'filing',
    doc: GOV_APP,
    clause: '上线前备案',
    how: '备案材料由代码中的申报自动生成：功能与使用者、个人信息逐项、县级设置及理由、第三方、投诉建议渠道；组织部管理员在“备案材料”页下载',
    where: 'types/compliance/；report.exportFilingPack；我的 → 备案材料',
  },
  {
    id: 'feedback',
    doc: GOV_APP,
    clause: '设置投诉建议功能',
    how: '小程序内“投诉建议”入口，写明受理人与答复时限，并列入备案材料与隐私保护指引',
    where: 'types/compliance/app-facts.ts FEEDBACK_CHANNEL',
  },
  {
    id: 'no-forced-checkin',
    doc: GOV_APP,
    clause: '不得强制打卡签到（安全生产、应急处置除外）',
    how: '签到只是驻村干部记录“今天在村”的方式：不设固定时刻、默认每天一次、照片可选；县里提高要求须写明理由并向每位干部展示，现行设置与理由列入备案材料',
    where: 'presence.setPolicy；shared/presence-policy.ts',
  },
  {
    id: 'no-ranking',
    doc: GOV_APP,
    clause: '不得积分排名',
    how: '没有积分；干部名单按姓名排序，看板只比较单位的工作结果（覆盖率、整改），不对个人排名',
    where: 'report.listVillageCadres；report.getDashboard',
  },
  {
    id: 'no-online-time',
    doc: GOV_APP,
    clause: '不得统计在线时长',
    how: '不记录登录次数、停留时长或活跃度，数据库中没有此类字段（个人信息申报逐项可查）',
    where: 'types/compliance/personal-info.ts',
  },
  {
    id: 'no-forced-photos',
    doc: GOV_APP,
    clause: '不得强制上传非必要的工作照片、视频、轨迹',
    how: '签到照片默认不要求（要求须写理由）；不收集视频；位置只在本人操作时取一次，不记录行踪轨迹',
    where: 'types/domain/presence.ts DEFAULT_POLICY；src/services/location.ts',
  },
  {
    id: 'no-usage-assessment',
    doc: GOV_APP,
    clause: '不得以使用数据作为日常考核、督查依据',
    how: '报表与导出只含工作事实（在村天数、走访覆盖、整改台账），不含使用次数、点击量等使用数据',
    where: 'report.exportBundle；cloudfunctions/src/report/sheets.ts',
  },
  {
    id: 'relief-checkin',
    doc: RELIEF,
    clause: '不得强制打卡、拍照留痕',
    how: '同上：默认每天一次、照片可选，提高要求须写理由并公开；留痕不替代实绩，月度材料只统计结果',
    where: 'presence.setPolicy；report.exportBundle',
  },
  {
    id: 'relief-one-app',
    doc: RELIEF,
    clause: '整合政务应用，不重复填报',
    how: '在村、走访、整改、公示、报表在一个小程序内，一次填写多处使用；月度材料由记录自动生成',
    where: 'report.exportBundle',
  },
  {
    id: 'pipl-notice',
    doc: PIPL,
    clause: '第十三、十四、十七条 告知同意',
    how: '隐私保护指引由同一份申报生成（“我的 → 隐私”与 docs/privacy-guide.md），首次使用位置、相机、相册前经微信隐私授权弹窗同意',
    where: 'types/compliance/privacy-guide.ts；src/components/privacy-consent',
  },
  {
    id: 'pipl-sensitive',
    doc: PIPL,
    clause: '第二十八、二十九条 敏感个人信息单独同意',
    how: '行踪（位置）、身份证号、健康状况、照片标为敏感个人信息并写明必要性；拒绝授权时除定位外的功能照常可用',
    where: 'types/compliance/personal-info.ts；src/services/privacy.ts',
  },
  {
    id: 'pipl-minimum',
    doc: PIPL,
    clause: '第六条 最小必要',
    how: '每个收集字段都有申报（目的、必要性），测试发现未申报字段即失败',
    where: 'test/compliance/declarations.test.ts',
  },
  {
    id: 'pipl-security',
    doc: PIPL,
    clause: '第五十一条 安全措施',
    how: '手机号、身份证号密钥哈希比对、加密保存、脱敏显示；查看原文留痕；文件只对有权者签发临时链接',
    where: 'cloudfunctions/src/shared/sensitive.ts；README Security',
  },
  {
    id: 'pipl-retention',
    doc: PIPL,
    clause: '第十九、四十七条 保存期限与删除',
    how: '每项个人信息申报保存期限，列入备案材料与隐私保护指引',
    where: 'types/compliance/personal-info.ts retention',
  },
]
