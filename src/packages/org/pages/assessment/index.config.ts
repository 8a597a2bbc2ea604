export default definePageConfig({ navigationBarTitleText: '干部与年度考核' })
