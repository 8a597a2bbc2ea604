import type { PropsWithChildren } from 'react'
import './app.scss'

// The app shell renders the current page; launch work (cloud init) happens lazily in services.
function App({ children }: PropsWithChildren) {
  return children
}

export default App
