export default definePageConfig({ navigationBarTitleText: '在村日历' })
