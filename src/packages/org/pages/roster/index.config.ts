export default definePageConfig({ navigationBarTitleText: '排查' })
