// The executive summary: the layout editor (order and show or hide each part, saved for the account through
// the dashboard layout API) and live figures: when app.js hears that data changed, the page fetches itself
// again and swaps in the new figures without a reload.
(function () {
  'use strict';

  var main = document.getElementById('content');
  if (!main) {
    return;
  }

  // ---- live figures ----
  function stamp(text) {
    var live = document.querySelector('[data-testid="live"]');
    if (live) {
      live.hidden = false;
      live.textContent = text;
    }
  }

  function refresh() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { Accept: 'text/html' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('The server answered ' + response.status + '.');
        }
        return response.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html');
        var figures = fresh.getElementById('content');
        var freshness = fresh.querySelector('.freshness');
        if (!figures) {
          return;
        }
        main.replaceChildren.apply(main, Array.prototype.slice.call(figures.childNodes));
        var current = document.querySelector('.freshness');
        if (freshness && current) {
          var live = current.querySelector('[data-testid="live"]');
          current.replaceChildren.apply(current, Array.prototype.slice.call(freshness.childNodes));
          if (live && !current.querySelector('[data-testid="live"]')) {
            current.appendChild(live);
          }
        }
        bindLayout();
        stamp('Updated ' + new Date().toLocaleTimeString('en-US') + ' (new data)');
        main.setAttribute('data-refreshed', String(Date.now()));
      })
      .catch(function (error) {
        stamp('The figures could not be refreshed: ' + error.message);
      });
  }

  document.addEventListener('keystone:changed', refresh);

  // ---- layout editor ----
  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function bindLayout() {
    var open = main.querySelector('[data-layout-open]');
    var dialog = main.querySelector('[data-testid="layout-dialog"]');
    if (!open || !dialog || !dialog.showModal) {
      return;
    }
    open.hidden = false;
    open.addEventListener('click', function () { dialog.showModal(); });
    var list = dialog.querySelector('.layout-list');
    list.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-move]');
      if (!button) {
        return;
      }
      var item = button.closest('li');
      if (button.getAttribute('data-move') === 'up' && item.previousElementSibling) {
        list.insertBefore(item, item.previousElementSibling);
      }
      else if (button.getAttribute('data-move') === 'down' && item.nextElementSibling) {
        list.insertBefore(item.nextElementSibling, item);
      }
      button.focus();
    });
    dialog.querySelector('[data-layout-save]').addEventListener('click', function () {
      var widgets = Array.prototype.map.call(list.querySelectorAll('li'), function (item) {
        return { id: item.getAttribute('data-widget-id'), visible: item.querySelector('input').checked };
      });
      var body = { widgets: widgets, range: dialog.getAttribute('data-range'), compare: dialog.getAttribute('data-compare') };
      var error = dialog.querySelector('.layout-error');
      fetch('/api/v1/config/dashboard', {
        method: 'PUT', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': csrf() },
        body: JSON.stringify(body)
      }).then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (problem) {
            throw new Error(problem.detail || ('The server answered ' + response.status + '.'));
          });
        }
        window.location.reload();
      }).catch(function (e) {
        error.hidden = false;
        error.textContent = 'The layout was not saved: ' + e.message;
      });
    });
  }

  bindLayout();
}());
