export default definePageConfig({ navigationBarTitleText: '本县设置' })
