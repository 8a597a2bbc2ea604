export default definePageConfig({ navigationBarTitleText: '区县归入州/市' })
