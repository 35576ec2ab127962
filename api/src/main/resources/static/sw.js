// The dashboard's service worker: the pages and their data always come from the network while it answers; each
// dashboard page and its API answers are kept as the last snapshot, served when the network is gone, marked as
// offline with the time it was taken. Static files are served from the cache and refreshed behind it.
// Signing out deletes every snapshot (the page tells this worker), so no figures outlive the session.
'use strict';

var SNAPSHOTS = 'keystone-snapshots-v1';
var STATIC = 'keystone-static-v1';
var PAGES = ['/', '/pipeline', '/revenue', '/agents', '/funnel', '/market'];
var LAST_PAGE = '/__last-dashboard-page';

self.addEventListener('install', function (event) {
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name !== SNAPSHOTS && name !== STATIC;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('message', function (event) {
  if (event.data && event.data.type === 'signed-out') {
    event.waitUntil(caches.delete(SNAPSHOTS));
  }
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && PAGES.indexOf(url.pathname) >= 0) {
    event.respondWith(page(request));
  }
  else if (url.pathname.indexOf('/api/v1/dashboard/') === 0 && url.pathname !== '/api/v1/dashboard/events'
      && url.pathname.slice(-4) !== '/csv') {
    event.respondWith(data(request));
  }
  else if (/^\/(css|js|icons|webjars)\//.test(url.pathname) || url.pathname === '/favicon.svg') {
    event.respondWith(asset(request));
  }
});

// A page: the network's answer (kept as this page's snapshot and as the last one viewed), else the snapshot.
function page(request) {
  return fetch(request).then(function (response) {
    if (response.ok && !response.redirected && isHtml(response)) {
      var stamped = response.clone().text().then(function (html) {
        var taken = new Date().toISOString();
        return caches.open(SNAPSHOTS).then(function (cache) {
          var headers = { 'Content-Type': 'text/html;charset=UTF-8', 'X-Snapshot-Taken': taken };
          return Promise.all([
            cache.put(request.url, new Response(html, { headers: headers })),
            cache.put(LAST_PAGE, new Response(html, { headers: headers }))
          ]);
        });
      });
      stamped.catch(function () { /* a full or refused cache only means no snapshot */ });
    }
    return response;
  }).catch(function () {
    return caches.open(SNAPSHOTS).then(function (cache) {
      return cache.match(request.url).then(function (hit) { return hit || cache.match(LAST_PAGE); });
    }).then(function (snapshot) {
      return snapshot ? offline(snapshot) : new Response(OFFLINE_PAGE, {
        status: 503, headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
    });
  });
}

// Marks a snapshot so its page says it is offline and when the snapshot was taken.
function offline(snapshot) {
  var taken = snapshot.headers.get('X-Snapshot-Taken') || '';
  return snapshot.text().then(function (html) {
    return new Response(html.replace('<body', '<body data-offline-snapshot="' + taken + '"'), {
      headers: { 'Content-Type': 'text/html;charset=UTF-8' } });
  });
}

function data(request) {
  return fetch(request).then(function (response) {
    if (response.ok) {
      var copy = response.clone();
      caches.open(SNAPSHOTS).then(function (cache) { return cache.put(request, copy); }).catch(function () {});
    }
    return response;
  }).catch(function () {
    return caches.open(SNAPSHOTS).then(function (cache) { return cache.match(request); }).then(function (hit) {
      return hit || new Response(JSON.stringify({ title: 'Offline', status: 503,
        detail: 'You are offline and this data was not viewed before.' }), {
        status: 503, headers: { 'Content-Type': 'application/problem+json' } });
    });
  });
}

// Static files: served from the cache at once and refreshed behind it, so an upgrade shows on the next visit.
function asset(request) {
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (response) {
        if (response.ok) {
          cache.put(request, response.clone());
        }
        return response;
      });
      if (hit) {
        fresh.catch(function () {});
        return hit;
      }
      return fresh;
    });
  });
}

function isHtml(response) {
  return (response.headers.get('Content-Type') || '').indexOf('text/html') === 0;
}

var OFFLINE_PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
  + '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Keystone BI</title>'
  + '<link rel="stylesheet" href="/css/dashboard.css"></head><body class="sign-in-page"><main class="sign-in">'
  + '<p class="brand">Keystone BI</p><h1>You are offline</h1><p>No dashboard has been viewed on this device yet, '
  + 'so there is no snapshot to show. Connect to the network and open the dashboard once.</p></main></body></html>';
