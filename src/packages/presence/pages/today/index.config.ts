export default definePageConfig({ navigationBarTitleText: '今日在岗' })
