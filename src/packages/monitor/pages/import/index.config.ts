export default definePageConfig({ navigationBarTitleText: '导入部门预警名单' })
