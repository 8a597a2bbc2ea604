export default definePageConfig({ navigationBarTitleText: '备案材料' })
