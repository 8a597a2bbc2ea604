export default definePageConfig({ navigationBarTitleText: '挂号登记' })
