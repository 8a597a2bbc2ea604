export default definePageConfig({ navigationBarTitleText: '走访草稿与同步' })
