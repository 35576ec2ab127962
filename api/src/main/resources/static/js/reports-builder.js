// The report builder: blocks of metrics from the catalogue, previewed with the dashboard's own drawing
// (panels.js), saved, shared and downloaded through the reports API. An error the API names a field for is shown
// beside that field. A block's filter offers the names of what exists in the caller's scope while the definition
// keeps the ids. The page tells reports-schedule.js when a report of the caller's is saved ("report-saved") and
// when it changes after that ("report-changed"), so a schedule only ever sends what was saved.
(function () {
  'use strict';

  var main = document.querySelector('main[data-page="report-builder"]');
  var form = main && main.querySelector('.builder-form');
  if (!form) {
    return;
  }
  var API = '/api/v1/reports';
  var state = { catalogue: null, blocks: [], definitionId: main.getAttribute('data-definition-id') || null,
    dirty: false, charts: [], filterOptions: {} };
  var blockList = form.querySelector('.blocks');
  var blockTemplate = document.getElementById('block-editor');
  var canSave = main.getAttribute('data-can-save') === 'true';

  // ---- talking to the API ----
  function csrf() {
    var input = document.querySelector('input[name="_csrf"]');
    return input ? input.value : '';
  }

  function call(method, url, body) {
    var headers = { Accept: 'application/json' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    if (method !== 'GET') {
      headers['X-CSRF-TOKEN'] = csrf();
    }
    return fetch(url, { method: method, credentials: 'same-origin', headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body) }).then(function (response) {
      if (response.status === 204) {
        return null;
      }
      return response.json().catch(function () { return {}; }).then(function (answer) {
        if (!response.ok) {
          var error = new Error(answer.detail || ('The server answered ' + response.status + '.'));
          error.parameter = answer.parameter || answer.field || null;
          throw error;
        }
        return answer;
      });
    });
  }

  function markDirty() {
    state.dirty = true;
    main.dispatchEvent(new CustomEvent('report-changed'));
  }

  function markSaved() {
    state.dirty = false;
    main.dispatchEvent(new CustomEvent('report-saved', { detail: { id: state.definitionId } }));
  }

  window.KeystoneReports = { call: call };

  // ---- the definition in the form ----
  function field(name) {
    return form.querySelector('[name="' + name + '"]');
  }

  function definition() {
    var range = field('range').value;
    return {
      title: field('title').value,
      range: range,
      from: range === 'custom' ? (field('from').value || null) : null,
      to: range === 'custom' ? (field('to').value || null) : null,
      blocks: state.blocks.map(function (block) {
        var filters = {};
        if (block.filterDimension && block.filterValues.length) {
          filters[block.filterDimension] = block.filterValues.slice();
        }
        return { title: block.title, metrics: block.metrics, dimension: block.dimension || null, filters: filters,
          view: block.view, limit: block.limit ? Number(block.limit) : null };
      })
    };
  }

  function load(def) {
    field('title').value = def.title || '';
    field('range').value = def.range || 'last_30_days';
    field('from').value = def.from || '';
    field('to').value = def.to || '';
    showCustomDates();
    state.blocks = (def.blocks || []).map(function (block) {
      var filterDimension = Object.keys(block.filters || {})[0] || '';
      return { title: block.title, metrics: block.metrics.slice(), dimension: block.dimension || '',
        view: block.view, limit: block.limit === null || block.limit === undefined ? '' : String(block.limit),
        filterDimension: filterDimension,
        filterValues: filterDimension ? block.filters[filterDimension].map(String) : [] };
    });
    renderBlocks();
  }

  function showCustomDates() {
    var custom = field('range').value === 'custom';
    form.querySelectorAll('.custom-date').forEach(function (el) { el.hidden = !custom; });
  }

  // ---- block editors ----
  function newBlock() {
    var first = state.catalogue.metrics[0];
    return { title: 'Block ' + (state.blocks.length + 1), metrics: first ? [first.code] : [], dimension: '',
      view: 'kpi', limit: '', filterDimension: '', filterValues: [] };
  }

  // The dimensions every chosen metric can be broken down by: nothing else can be asked of them together.
  function commonDimensions(metrics) {
    var chosen = state.catalogue.metrics.filter(function (m) { return metrics.indexOf(m.code) >= 0; });
    return state.catalogue.dimensions.filter(function (d) {
      return chosen.every(function (m) { return m.dimensions.indexOf(d.code) >= 0; });
    });
  }

  function option(value, label, selected) {
    var el = document.createElement('option');
    el.value = value;
    el.textContent = label;
    el.selected = !!selected;
    return el;
  }

  function renderBlocks() {
    var focused = document.activeElement && document.activeElement.getAttribute('data-move');
    var focusedIndex = document.activeElement && document.activeElement.closest('.block-editor')
      ? Number(document.activeElement.closest('.block-editor').getAttribute('data-index')) : -1;
    blockList.replaceChildren.apply(blockList, state.blocks.map(editor));
    if (focused && focusedIndex >= 0) {
      var again = blockList.querySelector('[data-index="' + focusedIndex + '"] [data-move="' + focused + '"]');
      if (again) {
        again.focus();
      }
    }
  }

  function editor(block, index) {
    var li = blockTemplate.content.firstElementChild.cloneNode(true);
    li.setAttribute('data-index', String(index));
    li.querySelector('.block-number').textContent = 'Block ' + (index + 1) + ': ' + (block.title || 'untitled');
    li.querySelectorAll('[data-field]').forEach(function (input) {
      var id = 'block-' + index + '-' + input.getAttribute('data-field');
      input.id = id;
      var label = li.querySelector('label[data-for="' + input.getAttribute('data-field') + '"]');
      if (label) {
        label.htmlFor = id;
      }
    });
    li.querySelectorAll('[data-error]').forEach(function (p) {
      p.id = 'block-' + index + '-error-' + p.getAttribute('data-error');
    });
    li.querySelector('[data-filter-hint]').id = 'block-' + index + '-filter-hint';
    li.querySelector('[data-field="filter-values"]').setAttribute('aria-describedby', 'block-' + index + '-filter-hint');
    ['up', 'down'].forEach(function (way) {
      var button = li.querySelector('[data-move="' + way + '"]');
      button.setAttribute('aria-label', 'Move block ' + (index + 1) + ' ' + way);
      button.disabled = (way === 'up' && index === 0) || (way === 'down' && index === state.blocks.length - 1);
    });
    li.querySelector('[data-remove]').setAttribute('aria-label', 'Remove block ' + (index + 1));
    li.querySelector('[data-remove]').disabled = state.blocks.length === 1;
    var title = li.querySelector('[data-field="title"]');
    title.value = block.title;
    var metrics = li.querySelector('[data-field="metrics"]');
    state.catalogue.metrics.forEach(function (m) {
      metrics.appendChild(option(m.code, m.label, block.metrics.indexOf(m.code) >= 0));
    });
    var view = li.querySelector('[data-field="view"]');
    state.catalogue.views.forEach(function (v) { view.appendChild(option(v.code, v.label, v.code === block.view)); });
    var dims = commonDimensions(block.metrics);
    var dimension = li.querySelector('[data-field="dimension"]');
    dimension.appendChild(option('', 'None (totals)', !block.dimension));
    dims.forEach(function (d) { dimension.appendChild(option(d.code, d.label, d.code === block.dimension)); });
    var filterDimension = li.querySelector('[data-field="filter-dimension"]');
    filterDimension.appendChild(option('', 'No filter', !block.filterDimension));
    dims.filter(function (d) { return !d.period; }).forEach(function (d) {
      filterDimension.appendChild(option(d.code, d.label, d.code === block.filterDimension));
    });
    fillFilterValues(li, block);
    li.querySelector('[data-field="limit"]').value = block.limit;
    return li;
  }

  // ---- filter values by name ----
  // The names of a dimension's values are asked for once per page; values a saved definition holds that are not
  // offered (outside the caller's scope now, or past the list's end) stay chosen, under the value itself, so
  // saving never drops them silently.
  function fillFilterValues(li, block) {
    var select = li.querySelector('[data-field="filter-values"]');
    var hint = li.querySelector('[data-filter-hint]');
    var known = block.filterDimension ? state.filterOptions[block.filterDimension] : null;
    var list = (known && known.list) || [];
    var offered = list.map(function (v) { return v.value; });
    var options = list.map(function (v) { return option(v.value, v.label, block.filterValues.indexOf(v.value) >= 0); });
    block.filterValues.filter(function (v) { return offered.indexOf(v) < 0; }).forEach(function (v) {
      options.push(option(v, v, true));
    });
    select.replaceChildren.apply(select, options);
    select.disabled = !block.filterDimension;
    if (!block.filterDimension) {
      hint.textContent = 'Choose what to filter by first.';
    }
    else if (!known || !known.list) {
      hint.textContent = 'Loading the choices…';
      loadFilterValues(block.filterDimension);
    }
    else {
      hint.textContent = list.length ? 'Choose one or more; hold Ctrl or Cmd to choose several. None chosen: no filter.'
        : 'There is nothing to choose in your figures.';
    }
  }

  function loadFilterValues(dimension) {
    if (state.filterOptions[dimension]) {
      return;
    }
    state.filterOptions[dimension] = {};
    call('GET', API + '/filter-values?dimension=' + encodeURIComponent(dimension)).then(function (list) {
      state.filterOptions[dimension].list = list;
      blockList.querySelectorAll('.block-editor').forEach(function (li) {
        var block = state.blocks[Number(li.getAttribute('data-index'))];
        if (block && block.filterDimension === dimension) {
          fillFilterValues(li, block);
        }
      });
    }).catch(function (error) {
      delete state.filterOptions[dimension];
      showError(error);
    });
  }

  function readEditor(li) {
    var block = state.blocks[Number(li.getAttribute('data-index'))];
    block.title = li.querySelector('[data-field="title"]').value;
    block.metrics = Array.prototype.filter.call(li.querySelector('[data-field="metrics"]').options,
      function (o) { return o.selected; }).map(function (o) { return o.value; });
    block.view = li.querySelector('[data-field="view"]').value;
    block.dimension = li.querySelector('[data-field="dimension"]').value;
    block.limit = li.querySelector('[data-field="limit"]').value;
    var filterDimension = li.querySelector('[data-field="filter-dimension"]').value;
    if (filterDimension !== block.filterDimension) {
      // Another dimension's values mean nothing here.
      block.filterDimension = filterDimension;
      block.filterValues = [];
      fillFilterValues(li, block);
    }
    else {
      block.filterValues = Array.prototype.filter.call(li.querySelector('[data-field="filter-values"]').options,
        function (o) { return o.selected; }).map(function (o) { return o.value; });
    }
  }

  blockList.addEventListener('change', function (event) {
    var li = event.target.closest('.block-editor');
    if (!li) {
      return;
    }
    readEditor(li);
    markDirty();
    // A new choice of metrics changes which dimensions fit them.
    if (event.target.getAttribute('data-field') === 'metrics') {
      var block = state.blocks[Number(li.getAttribute('data-index'))];
      var fits = commonDimensions(block.metrics).map(function (d) { return d.code; });
      if (block.dimension && fits.indexOf(block.dimension) < 0) {
        block.dimension = '';
      }
      var id = event.target.id;
      renderBlocks();
      document.getElementById(id).focus();
    }
  });

  blockList.addEventListener('input', function (event) {
    var li = event.target.closest('.block-editor');
    if (li) {
      readEditor(li);
      markDirty();
    }
  });

  blockList.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    var li = button && button.closest('.block-editor');
    if (!li) {
      return;
    }
    var index = Number(li.getAttribute('data-index'));
    if (button.hasAttribute('data-remove')) {
      state.blocks.splice(index, 1);
      renderBlocks();
      var next = blockList.querySelector('[data-index="' + Math.min(index, state.blocks.length - 1) + '"] [data-field="title"]');
      if (next) {
        next.focus();
      }
    }
    else if (button.getAttribute('data-move')) {
      var to = button.getAttribute('data-move') === 'up' ? index - 1 : index + 1;
      var moved = state.blocks.splice(index, 1)[0];
      state.blocks.splice(to, 0, moved);
      renderBlocks();
      var same = blockList.querySelector('[data-index="' + to + '"] [data-move="' + button.getAttribute('data-move') + '"]');
      (same && !same.disabled ? same : blockList.querySelector('[data-index="' + to + '"] [data-field="title"]')).focus();
      status('Block moved to position ' + (to + 1) + '.');
    }
    markDirty();
  });

  form.querySelector('[data-add-block]').addEventListener('click', function () {
    state.blocks.push(newBlock());
    markDirty();
    renderBlocks();
    blockList.querySelector('[data-index="' + (state.blocks.length - 1) + '"] [data-field="title"]').focus();
  });

  field('range').addEventListener('change', function () { showCustomDates(); markDirty(); });
  form.addEventListener('input', function () { markDirty(); });

  // ---- errors beside their fields ----
  function clearErrors() {
    form.querySelectorAll('.field-error, [data-form-error]').forEach(function (p) {
      p.hidden = true;
      p.textContent = '';
    });
    form.querySelectorAll('[aria-invalid]').forEach(function (el) { el.removeAttribute('aria-invalid'); });
  }

  // blocks[2].metrics[1] is shown under block 3's metrics; title, range, from and to under their own fields.
  function showError(error) {
    var parameter = error.parameter || '';
    var target = null;
    var m = /^blocks\[(\d+)\]\.([a-z_]+)/.exec(parameter);
    if (m) {
      var li = blockList.querySelector('[data-index="' + m[1] + '"]');
      target = li && li.querySelector('[data-error="' + m[2] + '"]');
    }
    else if (parameter) {
      target = form.querySelector('[data-error-for="' + parameter.replace(/\W.*$/, '') + '"]');
    }
    if (!target) {
      target = form.querySelector('[data-form-error]');
    }
    target.textContent = error.message;
    target.hidden = false;
    var input = target.parentElement.querySelector('input, select');
    if (input && target.id) {
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', target.id);
    }
    target.scrollIntoView({ block: 'center' });
  }

  function status(text) {
    form.querySelector('[data-status]').textContent = text;
  }

  // ---- preview ----
  var preview = main.querySelector('.preview');

  function previewReport() {
    clearErrors();
    status('Making the preview…');
    return call('POST', API + '/preview', definition()).then(function (report) {
      status('');
      drawPreview(report);
    }).catch(function (error) {
      status('');
      showError(error);
    });
  }

  function drawPreview(report) {
    var P = window.KeystonePanels;
    preview.hidden = false;
    preview.querySelector('[data-preview-meta]').textContent = report.title + ' · ' + report.audience + ' · '
      + P.format('date', report.from) + ' – ' + P.format('date', report.to) + ' (compared with '
      + P.format('date', report.base_from) + ' – ' + P.format('date', report.base_to) + ')';
    var changes = preview.querySelector('[data-what-changed]');
    changes.replaceChildren.apply(changes, report.what_changed.map(function (text) {
      var li = document.createElement('li');
      li.textContent = text;
      return li;
    }));
    state.charts.forEach(function (chart) { chart.dispose(); });
    state.charts = [];
    var holder = preview.querySelector('[data-preview-blocks]');
    var sections = report.blocks.map(blockSection);
    holder.replaceChildren.apply(holder, sections);
    P.loadEcharts().then(function (echarts) {
      report.blocks.forEach(function (block, i) {
        var box = sections[i].querySelector('.chart');
        var opts = box && chartOptions(block);
        if (opts) {
          box.hidden = false;
          var chart = echarts.init(box, null, { renderer: 'canvas' });
          chart.setOption(opts, true);
          state.charts.push(chart);
        }
      });
      main.setAttribute('data-drawn', String(Date.now()));
    }).catch(function (error) { status(error.message); });
    preview.scrollIntoView({ block: 'start' });
  }

  function blockSection(block, i) {
    var P = window.KeystonePanels;
    var section = document.createElement('section');
    section.className = 'panel chart-panel';
    section.setAttribute('data-block', String(i));
    section.setAttribute('data-view', block.view);
    section.setAttribute('aria-labelledby', 'preview-block-' + i);
    var h = document.createElement('h3');
    h.id = 'preview-block-' + i;
    h.textContent = block.title;
    section.appendChild(h);
    if (!block.rows.length) {
      var empty = document.createElement('p');
      empty.className = 'quiet';
      empty.textContent = 'Nothing to show for this period.';
      section.appendChild(empty);
      return section;
    }
    if (['bar', 'line', 'pie'].indexOf(block.view) >= 0) {
      var box = document.createElement('div');
      box.className = 'chart';
      box.setAttribute('role', 'img');
      box.setAttribute('aria-label', block.title + ' as a ' + block.view + ' chart; the table below holds its figures');
      box.hidden = true;
      section.appendChild(box);
    }
    var wrap = document.createElement('div');
    wrap.className = 'table-wrap';
    wrap.tabIndex = 0;
    wrap.setAttribute('aria-label', block.title + ' as a table');
    wrap.appendChild(P.tableOf(block));
    section.appendChild(wrap);
    return section;
  }

  // A period block starts with its period (a month or a day the drawing formats); any other breakdown with its
  // key (an id, never drawn) and then the name it is drawn by.
  function chartPanel(block) {
    var byName = block.columns[0].unit === 'id';
    var category = byName ? 1 : 0;
    var measures = category + 1;
    return {
      chart: block.chart,
      columns: [block.columns[category]].concat(block.columns.slice(measures)),
      rows: block.rows.map(function (row) { return [row[category]].concat(row.slice(measures)); })
    };
  }

  function chartOptions(block) {
    var P = window.KeystonePanels;
    var panel = chartPanel(block);
    if (block.view !== 'pie') {
      return P.options(panel);
    }
    var unit = panel.columns.length > 1 ? panel.columns[1].unit : 'number';
    return {
      color: P.palette,
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true,
        valueFormatter: function (v) { return P.format(unit, v); } },
      legend: { bottom: 0, type: 'scroll' },
      series: [{ type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'], label: { show: false },
        data: panel.rows.map(function (row) { return { name: P.format(panel.columns[0].unit, row[0]), value: row[1] }; }) }]
    };
  }

  window.addEventListener('resize', function () {
    state.charts.forEach(function (chart) { chart.resize(); });
  });

  // ---- save and download ----
  function save() {
    clearErrors();
    var body = definition();
    body.shared = form.querySelector('[data-shared]').checked;
    var request = state.definitionId ? call('PUT', API + '/definitions/' + state.definitionId, body)
      : call('POST', API + '/definitions', body);
    return request.then(function (saved) {
      state.definitionId = String(saved.id);
      markSaved();
      main.setAttribute('data-definition-id', state.definitionId);
      window.history.replaceState(null, '', '/reports/builder/' + saved.id);
      status('Saved' + (saved.shared ? ' and shared.' : '.'));
    }).catch(showError);
  }

  function download(format) {
    clearErrors();
    status('Making the ' + format.toUpperCase() + ' file…');
    var body = (state.definitionId && !state.dirty) ? { definition_id: Number(state.definitionId) }
      : { definition: definition() };
    body.format = format;
    return call('POST', API + '/generate', body).then(function (file) {
      status('Your ' + format.toUpperCase() + ' file is downloading.');
      window.location.assign(file.download);
    }).catch(function (error) {
      status('');
      showError(error);
    });
  }

  form.querySelector('[data-preview]').addEventListener('click', previewReport);
  if (form.querySelector('[data-save]')) {
    form.querySelector('[data-save]').addEventListener('click', save);
  }
  form.querySelectorAll('[data-download]').forEach(function (button) {
    button.addEventListener('click', function () { download(button.getAttribute('data-download')); });
  });

  // ---- start: the catalogue, then the saved definition or template, or an empty report ----
  call('GET', API + '/catalogue').then(function (catalogue) {
    state.catalogue = catalogue;
    var range = field('range');
    catalogue.ranges.forEach(function (r) { range.appendChild(option(r.code, r.label, r.code === 'last_30_days')); });
    var template = main.getAttribute('data-template');
    if (state.definitionId) {
      return call('GET', API + '/definitions/' + state.definitionId).then(function (saved) {
        load(saved.definition);
        var shared = form.querySelector('[data-shared]');
        if (shared) {
          shared.checked = saved.shared;
        }
        if (!saved.mine) {
          state.definitionId = null;
        }
      });
    }
    var chosen = catalogue.templates.find(function (t) { return t.code === template; });
    if (chosen) {
      load(chosen.definition);
      return null;
    }
    load({ title: 'New report', range: 'last_30_days', blocks: [newBlock()] });
    return null;
  }).then(function () {
    state.dirty = false;
    if (state.definitionId && canSave) {
      markSaved();
    }
    main.setAttribute('data-ready', 'true');
  }).catch(function (error) { showError(error); });

  if (!canSave) {
    form.querySelectorAll('[data-shared]').forEach(function (el) { el.disabled = true; });
  }
}());
