// Draws a dashboard page's charts from its API, lets each be read as a table, opens the rows behind a point, and
// keeps the page live: when app.js hears that data changed, the page asks its API again and redraws.
// The tables are rendered on the server too, so the page reads without this script.
(function () {
  'use strict';

  var ECHARTS = '/webjars/echarts/dist/echarts.min.js';
  var PALETTE = ['#0b3d91', '#2f7ed8', '#f28f43', '#1aadce', '#8bbc21', '#910000', '#492970', '#77a1e5', '#c42525', '#a6c96a'];
  var main = document.querySelector('main[data-page]');
  if (!main) {
    return;
  }
  var state = { page: null, charts: {}, echarts: null };

  // ---- values as people read them (the same rules as the server's tables) ----
  var money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  var whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
  var two = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

  function format(unit, value) {
    if (value === null || value === undefined) {
      return 'n/a';
    }
    switch (unit) {
      case 'money': return money.format(value);
      case 'percent': return Number(value).toFixed(1) + '%';
      case 'days': return Number(value).toFixed(1) + ' d';
      case 'minutes': return whole.format(value) + ' min';
      case 'count': case 'score': return whole.format(value);
      case 'number': return two.format(value);
      case 'month': return monthText(String(value));
      case 'date': return dateText(String(value));
      default: return String(value);
    }
  }

  function monthText(value) {
    var m = /^(\d{4})-(\d{2})$/.exec(value);
    return m ? MONTHS[Number(m[2]) - 1] + ' ' + m[1] : value;
  }

  function dateText(value) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    return m ? Number(m[3]) + ' ' + MONTHS[Number(m[2]) - 1] + ' ' + m[1] : value;
  }

  function numericUnit(unit) {
    return ['money', 'percent', 'days', 'minutes', 'count', 'score', 'number'].indexOf(unit) >= 0;
  }

  // ---- fetching ----
  function apiUrl(path, extra) {
    var query = main.getAttribute('data-query') || '';
    var url = path + query;
    if (extra) {
      url += (url.indexOf('?') >= 0 ? '&' : '?') + extra;
    }
    return url;
  }

  function getJson(url) {
    return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (!response.ok) {
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new Error(problem.detail || ('The server answered ' + response.status + '.'));
        });
      }
      return response.json();
    });
  }

  function loadEcharts() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (state.echarts) {
      return state.echarts;
    }
    state.echarts = new Promise(function (resolve, reject) {
      var script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = function () { resolve(window.echarts); };
      script.onerror = function () { reject(new Error('The chart library could not be loaded.')); };
      document.head.appendChild(script);
    });
    return state.echarts;
  }

  // ---- charts ----
  // The numeric columns after the category that share the first one's unit: one axis, comparable bars. The
  // others (a count beside amounts) stay in the tooltip's table view and the table.
  function measures(panel) {
    var list = [];
    var unit = null;
    panel.columns.forEach(function (column, index) {
      if (index > 0 && numericUnit(column.unit) && (unit === null || column.unit === unit)) {
        unit = column.unit;
        list.push(index);
      }
    });
    return list;
  }

  function axisFormatter(unit) {
    return function (value) {
      if (unit === 'money') {
        return Math.abs(value) >= 1e6 ? '$' + two.format(value / 1e6) + 'M'
          : Math.abs(value) >= 1e3 ? '$' + two.format(value / 1e3) + 'k' : '$' + value;
      }
      return unit === 'percent' ? value + '%' : two.format(value);
    };
  }

  function categoryLabel(panel, value) {
    return format(panel.columns[0].unit, value);
  }

  function tooltip(panel) {
    // Rich text (drawn on the canvas): no HTML with inline styles, which the Content-Security-Policy refuses.
    return { trigger: 'item', renderMode: 'richText', confine: true };
  }

  function seriesChart(panel, horizontal) {
    var idx = measures(panel);
    var categories = panel.rows.map(function (row) { return categoryLabel(panel, row[0]); });
    var unit = idx.length ? panel.columns[idx[0]].unit : 'number';
    var valueAxis = { type: 'value', splitNumber: 4, axisLabel: { formatter: axisFormatter(unit), hideOverlap: true } };
    var categoryAxis = { type: 'category', data: categories, axisLabel: { hideOverlap: true }, inverse: !!horizontal };
    var line = panel.chart === 'line';
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true,
        valueFormatter: function (v) { return format(unit, v); } },
      legend: idx.length > 1 ? { top: 0, type: 'scroll' } : undefined,
      grid: { left: 8, right: 16, top: idx.length > 1 ? 32 : 12, bottom: 8, containLabel: true },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: idx.map(function (i) {
        return {
          name: panel.columns[i].label,
          type: line ? 'line' : 'bar',
          smooth: false,
          showSymbol: line && panel.rows.length < 40,
          data: panel.rows.map(function (row) { return row[i]; })
        };
      })
    };
  }

  function stackedChart(panel) {
    var xs = unique(panel.rows.map(function (row) { return row[0]; }));
    var names = unique(panel.rows.map(function (row) { return row[1]; }));
    var unit = panel.columns[2].unit;
    return {
      color: PALETTE,
      tooltip: { trigger: 'axis', renderMode: 'richText', confine: true,
        valueFormatter: function (v) { return format(unit, v); } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: xs.map(function (x) { return categoryLabel(panel, x); }) },
      yAxis: { type: 'value', axisLabel: { formatter: axisFormatter(unit) } },
      series: names.map(function (name) {
        return {
          name: String(name), type: 'bar', stack: 'total',
          data: xs.map(function (x) {
            var row = panel.rows.find(function (r) { return r[0] === x && r[1] === name; });
            return row ? row[2] : 0;
          })
        };
      })
    };
  }

  function funnelChart(panel) {
    var unit = panel.columns[1].unit;
    return {
      color: PALETTE,
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true,
        valueFormatter: function (v) { return format(unit, v); } },
      series: [{
        type: 'funnel', sort: 'none', left: '2%', width: '58%', top: 8, bottom: 8, minSize: '6%', gap: 2,
        label: { position: 'right', formatter: function (p) { return p.name + ': ' + format(unit, p.value); } },
        labelLine: { show: true },
        data: panel.rows.map(function (row) { return { name: categoryLabel(panel, row[0]), value: row[1] }; })
      }]
    };
  }

  function sankeyChart(panel) {
    var names = unique(panel.rows.map(function (r) { return String(r[0]); })
      .concat(panel.rows.map(function (r) { return String(r[1]); })));
    return {
      color: PALETTE,
      tooltip: tooltip(panel),
      series: [{
        type: 'sankey', left: 8, right: 120, top: 8, bottom: 8, emphasis: { focus: 'adjacency' },
        data: names.map(function (n) { return { name: n }; }),
        links: panel.rows.map(function (r) { return { source: String(r[0]), target: String(r[1]), value: r[2] }; })
      }]
    };
  }

  function heatmapChart(panel) {
    var xs = unique(panel.rows.map(function (r) { return r[0]; }));
    var ys = unique(panel.rows.map(function (r) { return r[1]; }));
    var values = panel.rows.map(function (r) { return r[2] === null ? 0 : Number(r[2]); });
    return {
      tooltip: tooltip(panel),
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'category', data: xs.map(String), splitArea: { show: true } },
      yAxis: { type: 'category', data: ys.map(String), splitArea: { show: true } },
      visualMap: { min: Math.min.apply(null, values.concat([0])), max: Math.max.apply(null, values.concat([1])),
        calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120,
        inRange: { color: ['#eef1f4', '#77a1e5', '#0b3d91'] } },
      series: [{
        type: 'heatmap', label: { show: false },
        data: panel.rows.map(function (r) { return [xs.indexOf(r[0]), ys.indexOf(r[1]), r[2]]; })
      }]
    };
  }

  function mapChart(panel) {
    var values = panel.rows.map(function (r) { return Number(r[3]) || 0; });
    var max = Math.max.apply(null, values.concat([1]));
    var unit = panel.columns[3].unit;
    return {
      tooltip: { trigger: 'item', renderMode: 'richText', confine: true,
        formatter: function (p) { return p.data.name + ': ' + format(unit, p.data.value[2]); } },
      grid: { left: 8, right: 8, top: 8, bottom: 56, containLabel: true },
      xAxis: { type: 'value', scale: true, name: 'Longitude', nameLocation: 'middle', nameGap: 24 },
      yAxis: { type: 'value', scale: true, name: 'Latitude', nameLocation: 'middle', nameGap: 36 },
      visualMap: { min: Math.min.apply(null, values), max: max, dimension: 2, orient: 'horizontal', left: 'center',
        bottom: 0, itemHeight: 120, inRange: { color: ['#8bbc21', '#f28f43', '#910000'] } },
      series: [{
        type: 'scatter',
        symbolSize: function (v) { return 6 + 14 * (Number(v[2]) || 0) / max; },
        data: panel.rows.map(function (r) { return { name: String(r[0]), value: [r[1], r[2], r[3]] }; })
      }]
    };
  }

  function options(panel) {
    switch (panel.chart) {
      case 'bar': case 'line': return seriesChart(panel, false);
      case 'hbar': return seriesChart(panel, true);
      case 'stacked_bar': return stackedChart(panel);
      case 'funnel': return funnelChart(panel);
      case 'sankey': return sankeyChart(panel);
      case 'heatmap': return heatmapChart(panel);
      case 'map': return mapChart(panel);
      default: return null;
    }
  }

  function unique(values) {
    var seen = [];
    values.forEach(function (v) {
      if (seen.indexOf(v) < 0) {
        seen.push(v);
      }
    });
    return seen;
  }

  // ---- panels ----
  function section(id) {
    return main.querySelector('[data-panel="' + id + '"]');
  }

  function draw(echarts, panel) {
    var el = section(panel.id);
    if (!el) {
      return;
    }
    var box = el.querySelector('.chart');
    var opts = options(panel);
    if (!box || !opts || !panel.rows.length) {
      return;
    }
    box.hidden = false;
    if (panel.chart === 'hbar') {
      box.style.height = Math.max(300, 26 * panel.rows.length + 70) + 'px';
    }
    else if (panel.chart === 'heatmap') {
      box.style.height = Math.max(380, 20 * unique(panel.rows.map(function (r) { return r[1]; })).length + 100) + 'px';
    }
    var chart = state.charts[panel.id];
    if (!chart) {
      chart = echarts.init(box, null, { renderer: 'canvas' });
      state.charts[panel.id] = chart;
      chart.on('click', function (params) { openDrill(panel.id, rowOf(panel.id, params)); });
    }
    chart.setOption(opts, true);
    var toggle = el.querySelector('.view-toggle');
    var table = el.querySelector('.table-wrap');
    if (toggle && table) {
      toggle.hidden = false;
      if (toggle.getAttribute('aria-pressed') !== 'true') {
        table.hidden = true;
      }
    }
  }

  // The row behind a clicked point: by category for series charts, by its cell for the others.
  function rowOf(id, params) {
    var panel = findPanel(id);
    if (!panel) {
      return -1;
    }
    if (panel.chart === 'stacked_bar') {
      var xs = unique(panel.rows.map(function (r) { return r[0]; }));
      var x = xs[params.dataIndex];
      return panel.rows.findIndex(function (r) { return r[0] === x && String(r[1]) === params.seriesName; });
    }
    if (panel.chart === 'heatmap') {
      var hx = unique(panel.rows.map(function (r) { return r[0]; }));
      var hy = unique(panel.rows.map(function (r) { return r[1]; }));
      return panel.rows.findIndex(function (r) { return r[0] === hx[params.value[0]] && r[1] === hy[params.value[1]]; });
    }
    if (panel.chart === 'sankey') {
      return params.dataType === 'edge' ? params.dataIndex : -1;
    }
    return params.dataIndex;
  }

  function findPanel(id) {
    return state.page ? state.page.panels.find(function (p) { return p.id === id; }) : null;
  }

  function renderTable(panel) {
    var el = section(panel.id);
    var tbody = el && el.querySelector('table.data tbody');
    if (!tbody) {
      return;
    }
    var rows = panel.rows.map(function (row, r) {
      var tr = document.createElement('tr');
      tr.setAttribute('data-row', String(r));
      var agentId = panel.columns.findIndex(function (col) { return col.key === 'agent_id'; });
      row.forEach(function (value, c) {
        var td = document.createElement('td');
        var unit = panel.columns[c].unit;
        if (panel.columns[c].key === 'agent' && agentId >= 0 && row[agentId] !== null) {
          var link = document.createElement('a');
          link.href = '/agents/' + row[agentId];
          link.textContent = format(unit, value);
          td.appendChild(link);
        }
        else {
          td.textContent = format(unit, value);
        }
        td.setAttribute('data-value', value === null ? '' : String(value));
        if (numericUnit(unit)) {
          td.className = 'num';
        }
        if (unit === 'id') {
          td.className = 'id';
        }
        tr.appendChild(td);
      });
      if (panel.drill) {
        var cell = document.createElement('td');
        cell.className = 'drill-col';
        cell.appendChild(drillButton(r));
        tr.appendChild(cell);
      }
      return tr;
    });
    tbody.replaceChildren.apply(tbody, rows);
  }

  function drillButton(r) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'drill';
    button.setAttribute('data-row', String(r));
    button.textContent = 'Rows';
    return button;
  }

  // ---- drill-down ----
  var dialog = main.querySelector('.drill-dialog');

  function openDrill(id, r) {
    var panel = findPanel(id);
    if (!panel || !panel.drill || r < 0 || !panel.rows[r]) {
      return;
    }
    var params = new URLSearchParams();
    Object.keys(panel.drill.filters).forEach(function (k) { params.set(k, panel.drill.filters[k]); });
    Object.keys(panel.drill.by_column).forEach(function (key) {
      var c = panel.columns.findIndex(function (col) { return col.key === key; });
      var value = c >= 0 ? panel.rows[r][c] : null;
      params.set(panel.drill.by_column[key], value === null || value === undefined ? '(none)' : String(value));
    });
    var path = '/api/v1/dashboard/rows/' + panel.drill.rows;
    var label = panel.rows[r].filter(function (v, c) { return !numericUnit(panel.columns[c].unit) && panel.columns[c].unit !== 'id'; })
      .map(function (v, c) { return v === null ? 'n/a' : String(v); }).join(' · ');
    dialog.querySelector('#drill-title').textContent = panel.title + (label ? ': ' + label : '');
    dialog.querySelector('.drill-summary').textContent = 'Loading the rows…';
    dialog.querySelector('.drill-body').replaceChildren();
    var csv = dialog.querySelector('.drill-csv');
    csv.hidden = true;
    if (!dialog.open) {
      dialog.showModal();
    }
    getJson(apiUrl(path, params.toString())).then(function (answer) {
      var table = answer.table;
      dialog.querySelector('.drill-summary').textContent = answer.total === 0 ? 'No rows.'
        : (answer.total > table.rows.length ? 'The newest ' + table.rows.length + ' of ' + whole.format(answer.total) + ' rows.'
          : whole.format(answer.total) + (answer.total === 1 ? ' row.' : ' rows.'));
      dialog.querySelector('.drill-body').replaceChildren(tableOf(table));
      csv.href = apiUrl(path + '/csv', params.toString());
      csv.hidden = answer.total === 0;
    }).catch(function (error) {
      dialog.querySelector('.drill-summary').textContent = 'The rows could not be loaded: ' + error.message;
    });
  }

  function tableOf(panel) {
    var table = document.createElement('table');
    table.className = 'data';
    var head = document.createElement('thead');
    var tr = document.createElement('tr');
    panel.columns.forEach(function (column) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = column.label;
      th.className = numericUnit(column.unit) ? 'num' : (column.unit === 'id' ? 'id' : '');
      tr.appendChild(th);
    });
    head.appendChild(tr);
    var body = document.createElement('tbody');
    panel.rows.forEach(function (row) {
      var line = document.createElement('tr');
      row.forEach(function (value, c) {
        var td = document.createElement('td');
        td.textContent = format(panel.columns[c].unit, value);
        td.className = numericUnit(panel.columns[c].unit) ? 'num' : (panel.columns[c].unit === 'id' ? 'id' : '');
        line.appendChild(td);
      });
      body.appendChild(line);
    });
    table.appendChild(head);
    table.appendChild(body);
    return table;
  }

  main.addEventListener('click', function (event) {
    var button = event.target.closest('button');
    if (!button) {
      return;
    }
    var el = button.closest('[data-panel]');
    if (button.classList.contains('drill') && el) {
      openDrill(el.getAttribute('data-panel'), Number(button.getAttribute('data-row')));
    }
    else if (button.classList.contains('view-toggle') && el) {
      var showTable = button.getAttribute('aria-pressed') !== 'true';
      button.setAttribute('aria-pressed', String(showTable));
      button.textContent = showTable ? 'Chart' : 'Table';
      el.querySelector('.table-wrap').hidden = !showTable;
      el.querySelector('.chart').hidden = showTable;
      var chart = state.charts[el.getAttribute('data-panel')];
      if (chart && !showTable) {
        chart.resize();
      }
    }
  });

  // ---- loading and live updates ----
  var live = document.querySelector('[data-testid="live"]');

  function stamp(text, offline) {
    if (live) {
      live.hidden = false;
      live.textContent = text;
      live.classList.toggle('offline', !!offline);
    }
  }

  function refresh(reason) {
    main.classList.add('loading');
    return getJson(apiUrl(main.getAttribute('data-api'))).then(function (page) {
      state.page = page;
      return loadEcharts().then(function (echarts) {
        page.panels.forEach(function (panel) {
          if (reason) {
            renderTable(panel);
          }
          draw(echarts, panel);
        });
        main.setAttribute('data-drawn', String(Date.now()));
        if (reason) {
          stamp('Updated ' + new Date().toLocaleTimeString('en-US') + ' (' + reason + ')');
        }
      });
    }).catch(function (error) {
      stamp('The charts could not be loaded: ' + error.message, true);
    }).then(function () {
      main.classList.remove('loading');
    });
  }

  window.addEventListener('resize', function () {
    Object.keys(state.charts).forEach(function (id) { state.charts[id].resize(); });
  });

  // The report builder's preview draws its blocks with the same drawing.
  window.KeystonePanels = { options: options, format: format, numericUnit: numericUnit, loadEcharts: loadEcharts,
    tableOf: tableOf, palette: PALETTE };

  if (main.getAttribute('data-query') !== null && main.querySelector('[data-panel]')) {
    refresh(null);
    document.addEventListener('keystone:changed', function () { refresh('new data'); });
  }
}());
