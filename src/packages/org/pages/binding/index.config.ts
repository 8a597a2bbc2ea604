export default definePageConfig({ navigationBarTitleText: '绑定管理' })
