// Every dashboard page: installs the service worker (offline snapshots), says when the page is an offline
// snapshot, tells open pages that data changed (one server-sent event stream per page, as a 'keystone:changed'
// event), and, for those who ask, shows a notification when a critical alert appears.
(function () {
  'use strict';

  var body = document.body;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch(function () { /* works without */ });
  }

  // A page served from a snapshot says so at the top, with the snapshot's time.
  var taken = body.getAttribute('data-offline-snapshot');
  if (taken !== null) {
    var banner = document.createElement('p');
    banner.className = 'offline-banner';
    banner.setAttribute('role', 'status');
    banner.setAttribute('data-testid', 'offline-banner');
    var when = taken ? new Date(taken) : null;
    banner.textContent = 'Offline: this is the snapshot taken '
      + (when && !isNaN(when) ? when.toLocaleString('en-US') : 'when you last viewed this page')
      + '. Figures will update when the network is back.';
    body.insertBefore(banner, body.firstChild);
    window.addEventListener('online', function () { window.location.reload(); });
    return;
  }

  // Signing out deletes the snapshots: no figures stay on the device after the session.
  if (document.querySelector('[data-signed-out]') && navigator.serviceWorker && navigator.serviceWorker.controller) {
    navigator.serviceWorker.controller.postMessage({ type: 'signed-out' });
  }
  document.addEventListener('submit', function (event) {
    if (event.target.matches('form[action$="/logout"]') && navigator.serviceWorker && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: 'signed-out' });
    }
  });

  if (!document.querySelector('[data-live-page]') || !window.EventSource) {
    return;
  }
  var source = new EventSource('/api/v1/dashboard/events');
  source.addEventListener('hello', function () { body.setAttribute('data-live', 'connected'); });
  source.addEventListener('changed', function (event) {
    var detail = {};
    try {
      detail = JSON.parse(event.data);
    }
    catch (e) { /* the event still says something changed */ }
    document.dispatchEvent(new CustomEvent('keystone:changed', { detail: detail }));
    checkAlerts();
  });
  source.onerror = function () { body.setAttribute('data-live', 'reconnecting'); };

  // ---- notifications of critical alerts, for those who turned them on ----
  var button = document.querySelector('[data-notify]');
  if (button && 'Notification' in window && navigator.serviceWorker) {
    button.hidden = Notification.permission === 'denied';
    label();
    button.addEventListener('click', function () {
      if (Notification.permission === 'granted') {
        localStorage.setItem('keystone.notify', localStorage.getItem('keystone.notify') === 'on' ? 'off' : 'on');
        label();
        return;
      }
      Notification.requestPermission().then(function (permission) {
        if (permission === 'granted') {
          localStorage.setItem('keystone.notify', 'on');
        }
        label();
      });
    });
  }

  function label() {
    var on = window.Notification && Notification.permission === 'granted'
      && localStorage.getItem('keystone.notify') === 'on';
    button.textContent = on ? 'Alerts: on' : 'Notify me of critical alerts';
    button.setAttribute('aria-pressed', String(!!on));
  }

  // The alerts of the period the page shows.
  function periodQuery() {
    var shown = new URLSearchParams(window.location.search);
    var query = new URLSearchParams();
    ['range', 'from', 'to', 'compare'].forEach(function (name) {
      if (shown.get(name)) {
        query.set(name, shown.get(name));
      }
    });
    var text = query.toString();
    return text ? '?' + text : '';
  }

  function checkAlerts() {
    if (!window.Notification || Notification.permission !== 'granted' || localStorage.getItem('keystone.notify') !== 'on') {
      return;
    }
    fetch('/api/v1/dashboard/summary' + periodQuery(), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (summary) {
        if (!summary || !summary.alerts) {
          return;
        }
        var seen = JSON.parse(localStorage.getItem('keystone.alerts-seen') || '[]');
        summary.alerts.filter(function (alert) {
          return alert.severity === 'critical' && seen.indexOf(alert.message) < 0;
        }).forEach(function (alert) {
          seen.push(alert.message);
          navigator.serviceWorker.ready.then(function (registration) {
            registration.showNotification('Keystone BI: critical alert', { body: alert.message, tag: alert.message,
              icon: '/icons/icon-192.png' });
          });
        });
        localStorage.setItem('keystone.alerts-seen', JSON.stringify(seen.slice(-50)));
      })
      .catch(function () { /* the next change tries again */ });
  }
}());
