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

  // Heat: the share of the longest average time, in five steps, as a marker class on the step.
  function heatmap(data) {
    return show(data.bpmnXml).then(function (viewer) {
      var canvas = viewer.get('canvas');
      var overlays = viewer.get('overlays');
      var registry = viewer.get('elementRegistry');
      var longest = data.steps.reduce(function (max, s) { return Math.max(max, s.averageHours || 0); }, 0);
      data.steps.forEach(function (step) {
        if (!registry.get(step.activityId)) {
          return;
        }
        if (longest > 0 && step.averageHours != null) {
          canvas.addMarker(step.activityId, 'heat-' + Math.min(5, Math.ceil(5 * step.averageHours / longest)));
          overlays.add(step.activityId, {position: {bottom: 12, left: 0},
            html: badge(step.averageHours + ' ' + container.getAttribute('data-hours-label'), 'diagram-time')});
        }
        if (step.open > 0) {
          canvas.addMarker(step.activityId, 'has-tokens');
          overlays.add(step.activityId, {position: {top: -12, right: 12},
            html: badge(String(step.open), 'diagram-tokens')});
        }
      });
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
