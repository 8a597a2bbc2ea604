export default definePageConfig({ navigationBarTitleText: '农户详情' })
