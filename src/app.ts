import { useEffect, type PropsWithChildren } from 'react'
import { keepAppForOffline } from './services/offline-shell'
import './app.scss'

// The app shell renders the current page; launch work (cloud init) happens lazily in services.
function App({ children }: PropsWithChildren) {
  useEffect(keepAppForOffline, [])
  return children
}

export default App
