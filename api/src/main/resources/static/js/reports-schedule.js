// The report builder's "Schedule by e-mail" panel: once a report of the caller's is saved, it is sent to the
// caller alone on a recurrence through the schedules API. The builder (reports-builder.js) says when the report
// is saved and when it changes after that; a change must be saved first, as a schedule sends what was saved.
(function () {
  'use strict';

  var main = document.querySelector('main[data-page="report-builder"]');
  var section = main && main.querySelector('[data-testid="schedule"]');
  if (!section || !window.KeystoneReports) {
    return;
  }
  var form = section.querySelector('.schedule-form');
  var accountId = Number(section.getAttribute('data-account-id'));
  var saved = { id: null, changed: false };

  main.addEventListener('report-saved', function (event) {
    saved.id = event.detail.id;
    saved.changed = false;
    section.hidden = false;
  });
  main.addEventListener('report-changed', function () { saved.changed = true; });

  function input(name) {
    return form.elements[name];
  }

  // ---- the time zone: the browser's own unless the person picks another ----
  function browserZone() {
    try {
      return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
    }
    catch (e) {
      return 'UTC';
    }
  }

  input('time_zone').value = browserZone();
  if (typeof Intl.supportedValuesOf === 'function') {
    var zones = section.querySelector('#schedule-zones');
    zones.replaceChildren.apply(zones, Intl.supportedValuesOf('timeZone').map(function (zone) {
      var option = document.createElement('option');
      option.value = zone;
      return option;
    }));
  }

  // ---- how often: a weekly schedule names its day of the week, a monthly one its day of the month ----
  function showDays() {
    var recurrence = input('recurrence').value;
    form.querySelectorAll('[data-when]').forEach(function (el) {
      el.hidden = el.getAttribute('data-when') !== recurrence;
    });
  }
  input('recurrence').addEventListener('change', showDays);
  showDays();

  // ---- the request ----
  // The first day it may run is today where the e-mails are sent, so a time later today still counts.
  function today(zone) {
    var options = { year: 'numeric', month: '2-digit', day: '2-digit' };
    try {
      return new Intl.DateTimeFormat('en-CA', Object.assign({ timeZone: zone }, options)).format(new Date());
    }
    catch (e) {
      // An unknown zone: the API names it, beside the field.
      return new Intl.DateTimeFormat('en-CA', options).format(new Date());
    }
  }

  function body() {
    var recurrence = input('recurrence').value;
    var zone = input('time_zone').value.trim();
    var title = document.getElementById('report-title');
    return {
      definition_id: Number(saved.id),
      name: (title && title.value.trim()) || 'Report',
      recurrence: recurrence,
      day_of_week: recurrence === 'weekly' ? Number(input('day_of_week').value) : null,
      day_of_month: recurrence === 'monthly' ? Number(input('day_of_month').value) : null,
      local_time: input('local_time').value,
      time_zone: zone,
      start_date: today(zone),
      skip_if_empty: input('skip_if_empty').checked,
      send_only_on_change: input('send_only_on_change').checked,
      formats: Array.prototype.filter.call(form.querySelectorAll('input[name="formats"]'),
        function (box) { return box.checked; }).map(function (box) { return box.value; }),
      recipients: [{ kind: 'account', account_id: accountId }]
    };
  }

  // ---- the answer ----
  // "Monday 7 December, 07:00 America/New_York": the run in the schedule's own zone, the year only when it is
  // not this one.
  function nextRun(iso, zone) {
    if (!iso) {
      return 'No e-mail is due: the schedule has no run left.';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, weekday: 'long', day: 'numeric', month: 'long',
      year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(iso))
      .forEach(function (part) { parts[part.type] = part.value; });
    var thisYear = new Intl.DateTimeFormat('en-GB', { timeZone: zone, year: 'numeric' }).format(new Date());
    return 'Next e-mail: ' + parts.weekday + ' ' + parts.day + ' ' + parts.month
      + (parts.year !== thisYear ? ' ' + parts.year : '') + ', ' + parts.hour + ':' + parts.minute + ' ' + zone;
  }

  function status(text) {
    form.querySelector('[data-schedule-status]').textContent = text;
  }

  // ---- errors beside the field they name, in plain words ----
  function clearErrors() {
    form.querySelectorAll('[data-schedule-error]').forEach(function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  // "Invalid value 'x' for parameter 'time_zone': expected an IANA zone" reads "Expected an IANA zone."
  function plain(message) {
    var text = String(message || '').replace(/^Invalid value '[\s\S]*' for parameter '[^']*': /, '');
    text = text.charAt(0).toUpperCase() + text.slice(1);
    return /[.!?]$/.test(text) ? text : text + '.';
  }

  function showError(text, parameter) {
    var key = String(parameter || '').replace(/[[.].*$/, '');
    var target = form.querySelector('[data-schedule-error="' + key + '"]') || form.querySelector('[data-schedule-error="form"]');
    target.textContent = text;
    target.hidden = false;
    var holder = target.closest('.field');
    var field = holder && holder.querySelector('input:not([type="checkbox"]), select');
    if (field) {
      field.setAttribute('aria-invalid', 'true');
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearErrors();
    if (!saved.id) {
      showError('Save the report first: a schedule sends a saved report.');
      return;
    }
    if (saved.changed) {
      showError('Save your changes first: a schedule sends the report as it was saved.');
      return;
    }
    status('Scheduling…');
    window.KeystoneReports.call('POST', '/api/v1/reports/schedule', body()).then(function (schedule) {
      section.setAttribute('data-schedule-id', String(schedule.id));
      status('Scheduled: ' + schedule.recurrence_text + '. ' + nextRun(schedule.next_run_at, schedule.time_zone));
    }).catch(function (error) {
      status('');
      showError(plain(error.message), error.parameter);
    });
  });
}());
