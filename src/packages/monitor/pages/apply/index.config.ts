export default definePageConfig({ navigationBarTitleText: '防返贫监测申报' })
