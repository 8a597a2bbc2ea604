export default definePageConfig({ navigationBarTitleText: '走访报告共享' })
