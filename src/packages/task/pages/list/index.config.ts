export default definePageConfig({ navigationBarTitleText: '调度任务' })
