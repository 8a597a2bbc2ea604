import { APP_NAME, DEVICE_PERMISSIONS, FEEDBACK_CHANNEL, THIRD_PARTIES } from './app-facts'
import { PERSONAL_INFO } from './personal-info'

export interface GuideSection {
  title: string
  lines: string[]
}

/**
 * The 隐私保护指引, built from the same declarations as the filing pack: the app's 我的 → 隐私 page
 * shows these sections and `npm run compliance:docs` writes them to docs/privacy-guide.md.
 */
export function privacyGuide(): GuideSection[] {
  return [
    {
      title: '一、我们收集哪些信息、为什么收集',
      lines: PERSONAL_INFO.map(
        (d) => `${d.label}${d.sensitive ? '（敏感个人信息）' : ''}：${d.purpose}。必要性：${d.necessity}。`,
      ),
    },
    {
      title: '二、需要您授权的设备权限',
      lines: DEVICE_PERMISSIONS.map((p) => `${p.label}：${p.purpose}。拒绝授权：${p.ifRefused}。`),
    },
    {
      title: '三、谁能看到',
      lines: PERSONAL_INFO.map((d) => `${d.label}：${d.visibleTo}。`),
    },
    {
      title: '四、保存多久、如何保护',
      lines: PERSONAL_INFO.map((d) => `${d.label}：保存期限 ${d.retention}；保护措施 ${d.masking}。`),
    },
    {
      title: '五、第三方',
      lines: [
        ...THIRD_PARTIES.map((t) => `${t.name}（${t.provider}）：${t.role}；涉及：${t.data}。`),
        '除上述平台外，本程序不向任何第三方提供、共享或委托处理您的个人信息，也不接入第三方统计或广告服务。',
      ],
    },
    {
      title: '六、您的权利与投诉建议',
      lines: [
        '您可以在“我的”中查看本人的信息与记录；需要更正或删除时，请通过投诉建议提出。',
        `${FEEDBACK_CHANNEL.name}：${FEEDBACK_CHANNEL.where}；由${FEEDBACK_CHANNEL.answeredBy}受理，${FEEDBACK_CHANNEL.timeLimit}。${FEEDBACK_CHANNEL.outside}。`,
        '撤回授权：在微信“设置 → 隐私”或小程序右上角“… → 设置”中关闭位置、相机、相册权限；撤回不影响撤回前的处理。',
      ],
    },
  ]
}

export function privacyGuideMarkdown(): string {
  const body = privacyGuide()
    .map((s) => [`## ${s.title}`, '', ...s.lines.map((l) => `- ${l}`)].join('\n'))
    .join('\n\n')
  return `# ${APP_NAME}隐私保护指引\n\n<!-- 由 types/compliance/ 的申报生成（npm run compliance:docs），请勿手改。 -->\n\n${body}\n`
}
