// Draws each dashboard chart from the table under it: the table is the data, the chart only shows it.
(function () {
  'use strict';

  // Which columns each table's chart uses, by column key (th[data-key]).
  var CHARTS = {
    'partners-by-tier': {type: 'pie', category: 'tier', value: 'partners'},
    'partners-by-region': {type: 'bar', category: 'region', series: ['AUTHORIZED', 'CERTIFIED', 'GENERAL', 'APPLICANT'], stack: true},
    'tier-moves': {type: 'pivot', category: 'month', series: ['from', 'to'], value: 'moves', chart: 'bar', stack: true},
    'agreement-moves': {type: 'bar', category: 'month', series: ['renewals', 'suspensions', 'reinstatements', 'terminations']},
    'processes': {type: 'bar', category: 'process', series: ['started', 'completed', 'rejected', 'cancelled', 'open']},
    'throughput': {type: 'pivot', category: 'week', series: ['process'], value: 'finished', chart: 'line'},
    'budgets': {type: 'bar', category: 'region', series: ['paid', 'reserved', 'available'], stack: true},
    'training-seats': {type: 'bar', category: 'tier', series: ['used', 'expired', 'left'], stack: true},
    // One row per month and region: the chart sums the regions of each month.
    'deal-pipeline': {type: 'bar', category: 'month', series: ['registered', 'approved', 'won', 'lost', 'dealsExpired']},
    'handover-acceptance': {type: 'bar', category: 'month', series: ['accepted', 'unassigned', 'offeredNow'], stack: true},
    'request-sla': {type: 'bar', category: 'kind', series: ['answeredInTime', 'answeredLate', 'openInTime', 'openOverdue'], stack: true},
    'task-times': {type: 'bar', category: 'name', series: ['medianHours', 'p90Hours']},
    'sla-by-group': {type: 'bar', category: 'group', series: ['withDeadline', 'late', 'overdueNow']}
  };

  function columns(table) {
    var result = {};
    table.querySelectorAll('thead th').forEach(function (th, i) {
      result[th.getAttribute('data-key')] = {index: i, label: th.textContent.trim()};
    });
    return result;
  }

  function cell(row, index) {
    return row.cells[index].getAttribute('data-value') || '';
  }

  function number(text) {
    var n = parseFloat(text);
    return isNaN(n) ? 0 : n;
  }

  function rows(table) {
    return Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
  }

  function barOption(table, spec) {
    var cols = columns(table);
    var data = rows(table);
    // Rows of one category (a month of several regions) add up to one bar.
    var categories = [];
    data.forEach(function (r) {
      var category = cell(r, cols[spec.category].index);
      if (categories.indexOf(category) < 0) {
        categories.push(category);
      }
    });
    var series = spec.series.filter(function (key) { return cols[key]; }).map(function (key) {
      var sums = categories.map(function () { return 0; });
      data.forEach(function (r) {
        sums[categories.indexOf(cell(r, cols[spec.category].index))] += number(cell(r, cols[key].index));
      });
      return {name: cols[key].label, type: spec.chart || 'bar', stack: spec.stack ? 'total' : undefined, data: sums};
    });
    return axisOption(categories, series);
  }

  // Rows of (category, series…, value) become one line or bar series per distinct series label.
  function pivotOption(table, spec) {
    var cols = columns(table);
    var categories = [];
    var bySeries = {};
    rows(table).forEach(function (r) {
      var category = cell(r, cols[spec.category].index);
      var name = spec.series.map(function (key) { return cell(r, cols[key].index); }).join(' → ');
      if (categories.indexOf(category) < 0) {
        categories.push(category);
      }
      bySeries[name] = bySeries[name] || {};
      bySeries[name][category] = (bySeries[name][category] || 0) + number(cell(r, cols[spec.value].index));
    });
    var series = Object.keys(bySeries).map(function (name) {
      return {
        name: name, type: spec.chart || 'bar', stack: spec.stack ? 'total' : undefined,
        data: categories.map(function (c) { return bySeries[name][c] || 0; })
      };
    });
    return axisOption(categories, series);
  }

  // Numbers as the page's language writes them; the axis shortens large ones (1,2 млн) so its labels fit.
  var language = document.documentElement.lang || 'ru';
  var plain = new Intl.NumberFormat(language, {maximumFractionDigits: 2});
  var compact = new Intl.NumberFormat(language, {notation: 'compact', maximumFractionDigits: 1});

  function axisOption(categories, series) {
    return {
      tooltip: {trigger: 'axis', valueFormatter: function (v) { return plain.format(v); }},
      legend: {type: 'scroll', top: 0},
      // containLabel: the grid makes room for the labels, whatever their length, instead of cutting them off.
      grid: {left: 8, right: 16, top: 40, bottom: 8, containLabel: true},
      xAxis: {type: 'category', data: categories, axisLabel: {interval: 0, rotate: categories.length > 6 ? 30 : 0,
        width: 120, overflow: 'truncate'}},
      yAxis: {type: 'value', axisLabel: {formatter: function (v) { return compact.format(v); }}},
      series: series
    };
  }

  function pieOption(table, spec) {
    var cols = columns(table);
    return {
      tooltip: {trigger: 'item', valueFormatter: function (v) { return plain.format(v); }},
      legend: {type: 'scroll', top: 0},
      // Shares on the slices, the names in the legend: long names beside small slices overlapped.
      series: [{
        type: 'pie', radius: ['35%', '65%'], top: 24, avoidLabelOverlap: true, labelLayout: {hideOverlap: true},
        label: {formatter: function (p) { return plain.format(p.percent) + '%'; }},
        data: rows(table).map(function (r) {
          return {name: cell(r, cols[spec.category].index), value: number(cell(r, cols[spec.value].index))};
        })
      }]
    };
  }

  var locale = language === 'en' ? 'EN' : 'RU';
  document.querySelectorAll('[data-chart-for]').forEach(function (container) {
    var id = container.getAttribute('data-chart-for');
    var spec = CHARTS[id];
    var table = document.querySelector('table[data-report="' + id + '"]');
    if (!spec || !table || rows(table).length === 0) {
      container.classList.add('d-none');
      return;
    }
    var option = spec.type === 'pie' ? pieOption(table, spec) : spec.type === 'pivot' ? pivotOption(table, spec) : barOption(table, spec);
    var chart = window.echarts.init(container, null, {locale: locale});
    chart.setOption(option);
    container.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
