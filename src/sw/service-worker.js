/* global self, caches, fetch, URL, Promise, setTimeout */
/**
 * The H5 build's service worker (docs/offline.md): keeps the app shell and every page's chunk, so a
 * cadre can open any page without signal. The build prepends `PRECACHE` (the built files) and
 * `VERSION` (a hash of their names); function calls and storage are never touched here — the app's
 * own offline queue handles sending.
 */
var CACHE = 'zhucun-app-' + VERSION
var SHELL = '/index.html'
/** A weak signal that neither answers nor fails: after this long, open the kept copy of the page. */
var NAVIGATION_TIMEOUT_MS = 4000
var precached = new Set(PRECACHE)

self.addEventListener('install', function (event) {
  event.waitUntil(
    caches
      .open(CACHE)
      .then(function (cache) {
        return cache.addAll([SHELL].concat(PRECACHE))
      })
      .then(function () {
        return self.skipWaiting()
      }),
  )
})

self.addEventListener('activate', function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k.indexOf('zhucun-app-') === 0 && k !== CACHE
            })
            .map(function (k) {
              return caches.delete(k)
            }),
        )
      })
      .then(function () {
        return self.clients.claim()
      }),
  )
})

function fromCache(path) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(path)
  })
}

/** The page itself: the network first (a rebuild is seen at once), the kept copy without signal. */
function navigation(request) {
  var kept = new Promise(function (resolve) {
    setTimeout(resolve, NAVIGATION_TIMEOUT_MS)
  }).then(function () {
    return fromCache(SHELL)
  })
  var network = fetch(request).then(function (response) {
    if (response.ok)
      caches.open(CACHE).then(function (cache) {
        return cache.put(SHELL, response.clone())
      })
    return response
  })
  return Promise.race([
    network,
    kept.then(function (hit) {
      return hit || network
    }),
  ]).catch(function () {
    return fromCache(SHELL).then(function (hit) {
      return hit || network
    })
  })
}

self.addEventListener('fetch', function (event) {
  var request = event.request
  if (request.method !== 'GET') return
  var url = new URL(request.url)
  if (url.origin !== self.location.origin) return
  if (request.mode === 'navigate' && (url.pathname === '/' || url.pathname === SHELL)) {
    event.respondWith(navigation(request))
    return
  }
  // Built files have content-hashed names: the kept copy is always the right one.
  if (precached.has(url.pathname)) {
    event.respondWith(
      fromCache(url.pathname).then(function (hit) {
        return hit || fetch(request)
      }),
    )
  }
})
