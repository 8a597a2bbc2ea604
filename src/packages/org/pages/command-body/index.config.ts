export default definePageConfig({ navigationBarTitleText: '指挥部 · 工作站 · 作战室' })
