export default definePageConfig({ navigationBarTitleText: '派出单位' })
