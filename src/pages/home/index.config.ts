export default definePageConfig({
  navigationBarTitleText: '驻村工作台',
  enablePullDownRefresh: true,
  backgroundColor: '#c8161d',
  backgroundTextStyle: 'light',
})
