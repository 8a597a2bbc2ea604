/** After the first page is up, so keeping the whole app does not compete with it on a slow link. */
const REGISTER_DELAY_MS = 3000

/**
 * H5: installs the service worker that keeps every page of the app for use without signal
 * (docs/offline.md). The mini-program has its packages on the phone already; dev builds skip it, so a
 * rebuild under `dev:h5` is never hidden behind a kept copy.
 */
export function keepAppForOffline(): void {
  if (process.env.TARO_ENV !== 'h5' || process.env.NODE_ENV !== 'production') return
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return
  const register = () => {
    setTimeout(() => {
      // A browser that refuses (private mode, file://) still runs the app online.
      navigator.serviceWorker.register('/sw.js').catch(() => undefined)
    }, REGISTER_DELAY_MS)
  }
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
}
