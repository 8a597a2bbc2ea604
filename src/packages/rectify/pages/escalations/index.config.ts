export default definePageConfig({ navigationBarTitleText: '问责升级审批', enablePullDownRefresh: true })
