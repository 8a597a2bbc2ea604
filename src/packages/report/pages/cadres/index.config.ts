export default definePageConfig({ navigationBarTitleText: '驻村干部在村情况' })
