export default definePageConfig({ navigationBarTitleText: '帮扶明白卡' })
