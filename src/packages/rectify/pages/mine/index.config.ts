export default definePageConfig({ navigationBarTitleText: '我的整改', enablePullDownRefresh: true })
