export default definePageConfig({ navigationBarTitleText: '监测事项' })
