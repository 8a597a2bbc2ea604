export default definePageConfig({ navigationBarTitleText: '更正走访' })
