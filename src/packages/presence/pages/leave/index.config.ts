export default definePageConfig({ navigationBarTitleText: '请销假' })
