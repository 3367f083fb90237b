// The process diagram (bpmn-js): on a process page, a heatmap of open tokens and average time per step;
// on an instance page, the path the instance took and where it is now.
(function () {
  'use strict';

  var container = document.getElementById('diagram');
  if (!container || !window.BpmnJS) {
    return;
  }

  function badge(text, className) {
    var element = document.createElement('div');
    element.className = 'diagram-badge ' + className;
    element.textContent = text;
    return element;
  }

  function failed() {
    var message = document.createElement('p');
    message.className = 'text-danger small';
    message.textContent = container.getAttribute('data-error');
    container.appendChild(message);
  }

  function load(url) {
    return fetch(url, {credentials: 'same-origin', headers: {Accept: 'application/json'}}).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  function show(xml) {
    var viewer = new window.BpmnJS({container: container});
    return viewer.importXML(xml).then(function () {
      viewer.get('canvas').zoom('fit-viewport');
      return viewer;
    });
  }

  var language = document.documentElement.lang || 'ru';

  // A duration in the unit that suits it: minutes under an hour, hours under two days, days beyond; numbers as the
  // page's language writes them.
  function duration(seconds) {
    var unit = seconds < 3600 ? ['minutes', 60] : seconds < 172800 ? ['hours', 3600] : ['days', 86400];
    var value = seconds / unit[1];
    var digits = value < 10 && unit[0] !== 'minutes' ? 1 : 0;
    var text = new Intl.NumberFormat(language, {maximumFractionDigits: digits}).format(unit[0] === 'minutes'
        ? Math.max(1, Math.round(value)) : value);
    return text + ' ' + container.getAttribute('data-' + unit[0] + '-label');
  }

  // The five shades with the times they stand for (up to a fifth of the longest, ...).
  function legend(longest) {
    var element = document.getElementById('diagram-legend');
    if (!element) {
      return;
    }
    for (var level = 1; level <= 5; level++) {
      var swatch = document.createElement('span');
      swatch.className = 'heat-swatch heat-swatch-' + level;
      var label = document.createElement('span');
      label.textContent = '≤ ' + duration(longest * level / 5);
      element.appendChild(swatch);
      element.appendChild(label);
    }
    element.hidden = false;
  }

  // Heat: the share of the longest average time, in five steps, as a marker class on the step.
  function heatmap(data) {
    return show(data.bpmnXml).then(function (viewer) {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      var longest = data.steps.reduce(function (max, s) { return Math.max(max, s.averageSeconds || 0); }, 0);
      var finished = data.steps.reduce(function (sum, s) { return sum + (s.finished || 0); }, 0);
      data.steps.forEach(function (step) {
        if (!registry.get(step.activityId)) {
          return;
        }
        if (longest > 0 && step.averageSeconds != null) {
          canvas.addMarker(step.activityId, 'heat-' + Math.max(1, Math.min(5, Math.ceil(5 * step.averageSeconds / longest))));
          overlays.add(step.activityId, {position: {bottom: 12, left: 0},
            html: badge(duration(step.averageSeconds), 'diagram-time')});
        }
        if (step.open > 0) {
          canvas.addMarker(step.activityId, 'has-tokens');
          overlays.add(step.activityId, {position: {top: -12, right: 12},
            html: badge(String(step.open), 'diagram-tokens')});
        }
      });
      if (longest > 0) {
        legend(longest);
      }
      var sparse = document.getElementById('diagram-sparse');
      if (sparse && finished < Number(container.getAttribute('data-min-finished') || 0)) {
        sparse.hidden = false;
      }
      container.setAttribute('data-rendered', 'true');
    });
  }

  function path(data) {
    return show(data.bpmnXml).then(function (viewer) {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var overlays = viewer.get('overlays');
      data.steps.forEach(function (step, i) {
        if (!registry.get(step.activityId)) {
          return;
        }
        canvas.addMarker(step.activityId, step.end ? 'path-done' : 'path-current');
        overlays.add(step.activityId, {position: {top: -12, left: -12}, html: badge(String(i + 1), 'diagram-order')});
      });
      container.setAttribute('data-rendered', 'true');
    });
  }

  var heatUrl = container.getAttribute('data-diagram-url');
  var pathUrl = container.getAttribute('data-path-url');
  (heatUrl ? load(heatUrl).then(heatmap) : load(pathUrl).then(path))['catch'](failed);
}());
