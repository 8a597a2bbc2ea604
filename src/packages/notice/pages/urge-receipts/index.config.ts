export default definePageConfig({ navigationBarTitleText: '催办回执' })
