// The reports page: each template's and saved report's PDF, XLSX and CSV buttons make the file through the reports
// API and download it; the new file joins the recent downloads.
(function () {
  'use strict';

  var main = document.querySelector('main[data-reports]');
  if (!main) {
    return;
  }
  var statusLine = main.querySelector('[data-testid="generate-status"]');

  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function generate(button) {
    var body = { format: button.getAttribute('data-format') };
    var source = button.getAttribute('data-source');
    var value = button.getAttribute('data-value');
    body[source] = source === 'definition_id' ? Number(value) : value;
    button.disabled = true;
    statusLine.textContent = 'Making the ' + body.format.toUpperCase() + ' file…';
    fetch('/api/v1/reports/generate', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-CSRF-TOKEN': csrf() },
      body: JSON.stringify(body) }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) {
          throw new Error(answer.detail || ('The server answered ' + response.status + '.'));
        }
        return answer;
      });
    }).then(function (file) {
      statusLine.textContent = file.title + ' (' + file.format.toUpperCase() + ') is downloading.';
      addFile(file);
      window.location.assign(file.download);
    }).catch(function (error) {
      statusLine.textContent = 'The file could not be made: ' + error.message;
    }).then(function () {
      button.disabled = false;
    });
  }

  function addFile(file) {
    var tbody = main.querySelector('[data-testid="files"] tbody');
    var tr = document.createElement('tr');
    var link = document.createElement('a');
    link.href = file.download;
    link.textContent = file.title;
    [link, file.format.toUpperCase(), file.from + ' – ' + file.to, (file.size / 1024).toFixed(1) + ' KB',
      new Date(file.expires).toLocaleString('en-US')].forEach(function (value, i) {
      var td = document.createElement('td');
      if (typeof value === 'string') {
        td.textContent = value;
      }
      else {
        td.appendChild(value);
      }
      if (i === 3) {
        td.className = 'num';
      }
      tr.appendChild(td);
    });
    tbody.insertBefore(tr, tbody.firstChild);
    var empty = main.querySelector('[data-files-empty]');
    if (empty) {
      empty.classList.add('is-hidden');
    }
  }

  main.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-generate]');
    if (button) {
      generate(button);
    }
  });
}());
