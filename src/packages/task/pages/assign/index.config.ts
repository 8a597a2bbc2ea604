export default definePageConfig({ navigationBarTitleText: '下达调度任务' })
