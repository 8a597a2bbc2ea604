export default defineAppConfig({
  // Tab pages stay in the main package; everything else goes to subpackages to keep it small.
  pages: ['pages/home/index', 'pages/me/index'],
  subPackages: [
    {
      // Local-cloud only: choose a demo identity (the browser has no WeChat login).
      root: 'packages/dev',
      pages: ['pages/sign-in/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#f5f6f7',
    navigationBarBackgroundColor: '#c8161d',
    navigationBarTitleText: '驻村工作台',
    navigationBarTextStyle: 'white',
  },
  tabBar: {
    color: '#7a7e83',
    selectedColor: '#c8161d',
    backgroundColor: '#ffffff',
    borderStyle: 'white',
    list: [
      { pagePath: 'pages/home/index', text: '工作台', iconPath: 'assets/tab-home.png', selectedIconPath: 'assets/tab-home-active.png' },
      { pagePath: 'pages/me/index', text: '我的', iconPath: 'assets/tab-me.png', selectedIconPath: 'assets/tab-me-active.png' },
    ],
  },
  permission: {
    'scope.userLocation': { desc: '用于判断是否在村内签到' },
  },
  requiredPrivateInfos: ['getLocation'],
  lazyCodeLoading: 'requiredComponents',
})
