import { useEffect, type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { requestWorkbenchAtLaunch } from './hooks/use-workbench'
import { keepAppForOffline } from './services/offline-shell'
import './app.scss'

// The app shell renders the current page; launch work (cloud init) happens lazily in services.
function App({ children }: PropsWithChildren) {
  useEffect(keepAppForOffline, [])
  useEffect(() => requestWorkbenchAtLaunch(Taro.getLaunchOptionsSync().path), [])
  return children
}

export default App
