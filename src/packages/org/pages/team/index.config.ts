export default definePageConfig({ navigationBarTitleText: '工作队与任期' })
