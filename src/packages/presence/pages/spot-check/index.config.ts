export default definePageConfig({ navigationBarTitleText: '暗访记录' })
