export default definePageConfig({ navigationBarTitleText: '防返贫监测看板', enablePullDownRefresh: true })
