export default definePageConfig({ navigationBarTitleText: '登记申报与风险消除' })
