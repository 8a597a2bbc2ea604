import type { DevicePermission, FeedbackChannel, ThirdParty } from './declaration'

export const APP_NAME = '驻村工作台'
export const APP_KIND = '微信小程序（政务移动互联网应用程序，供县乡村干部使用）'

/** The device permissions asked through WeChat's privacy-consent flow (`src/services/privacy.ts`). */
export const DEVICE_PERMISSIONS: readonly DevicePermission[] = [
  {
    key: 'location',
    label: '位置信息',
    apis: ['getLocation', 'chooseLocation'],
    purpose: '在村签到时判断是否在村内；走访起止、整改与照片标注地点；管理员设置村党群服务中心位置',
    ifRefused: '不能签到和标注地点；查看、走访记录、整改、公示、通知等其余功能照常使用',
  },
  {
    key: 'camera',
    label: '摄像头',
    apis: ['chooseMedia', 'chooseImage'],
    purpose: '县里要求签到照片时现场拍照；走访、整改前后拍照',
    ifRefused: '不能拍照；不要求照片的功能照常使用',
  },
  {
    key: 'album',
    label: '相册（仅读取所选照片）',
    apis: ['chooseImage'],
    purpose: '发布公示时选择扫描件；村民提出异议时选择照片',
    ifRefused: '不能从相册选图；其余功能照常使用',
  },
]

export const THIRD_PARTIES: readonly ThirdParty[] = [
  {
    name: '微信（小程序运行、用户标识、订阅消息）',
    provider: '深圳市腾讯计算机系统有限公司',
    role: '小程序运行平台：提供登录标识（OpenID）、定位与相机接口、订阅消息推送',
    data: 'OpenID；推送的消息标题与时间（号码已脱敏）',
  },
  {
    name: '微信云开发 CloudBase（云函数、云数据库、云存储）',
    provider: '腾讯云计算（北京）有限责任公司',
    role: '数据存储与计算，数据存放在本县开通的云开发环境，不与其他主体共享',
    data: '本表“个人信息”一节所列全部数据',
  },
]

/**
 * The 投诉建议 channel (another slice builds the `feedback` function): the lead adjusts this entry to
 * match it, and the filing pack and the privacy guide follow.
 */
export const FEEDBACK_CHANNEL: FeedbackChannel = {
  name: '投诉建议',
  where: '干部在“我的 → 投诉建议”，村民在本村公示页的“投诉建议”（只凭微信身份，不要求实名），可附照片',
  answeredBy: '发送人所在区县（或州、市）的党委组织部（本程序的主办单位）',
  timeLimit: '15 个工作日内答复，答复在“我的投诉建议”中查看',
  outside: '也可向县委网信办、县 12345 政务服务便民热线反映',
}

/**
 * Bumped when the 隐私保护指引 changes in substance: the browser build asks again (WeChat asks again
 * by itself when the declared collection types change).
 */
export const PRIVACY_GUIDE_VERSION = '2026-12'
export const PRIVACY_CONSENT_KEY = 'zhucun.privacyAgreed'
