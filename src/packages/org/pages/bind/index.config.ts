export default definePageConfig({ navigationBarTitleText: '绑定身份' })
