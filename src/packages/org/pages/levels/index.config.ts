export default definePageConfig({ navigationBarTitleText: '指挥体系与挂职' })
