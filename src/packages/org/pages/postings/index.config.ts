export default definePageConfig({ navigationBarTitleText: '任职经历' })
