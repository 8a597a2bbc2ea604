export default definePageConfig({ navigationBarTitleText: '催办' })
