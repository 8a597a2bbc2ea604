export default definePageConfig({ navigationBarTitleText: '整改台账', enablePullDownRefresh: true })
