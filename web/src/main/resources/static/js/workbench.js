// The workbench without reloads where the browser runs scripts: a task opens beside the list (the same page the server
// renders for ?open=…, its detail column swapped in), and keys move through the list. Without scripts every link and
// form works as a plain page.
(function () {
  var workbench = document.getElementById('workbench');
  if (!workbench) {
    return;
  }
  var focused = -1;

  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll('.workbench-row'));
  }

  function focusRow(index) {
    var list = rows();
    if (list.length === 0) {
      return;
    }
    focused = Math.max(0, Math.min(list.length - 1, index));
    list.forEach(function (row, i) {
      row.classList.toggle('focused', i === focused);
    });
    var link = list[focused].querySelector('.task-link');
    if (link) {
      link.focus();
    }
  }

  function markOpen(taskId) {
    rows().forEach(function (row) {
      var open = row.getAttribute('data-task-id') === taskId;
      row.classList.toggle('open', open);
      row.classList.toggle('table-active', open);
      if (open) {
        row.setAttribute('aria-current', 'true');
      } else {
        row.removeAttribute('aria-current');
      }
    });
  }

  function openTask(href, push) {
    fetch(href, {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
      .then(function (response) {
        if (!response.ok || response.redirected) {
          throw new Error('not a workbench page');
        }
        return response.text();
      })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, 'text/html');
        var detail = page.getElementById('workbench-detail');
        var fresh = page.getElementById('workbench');
        if (!detail || !fresh) {
          throw new Error('not a workbench page');
        }
        document.getElementById('workbench-detail').innerHTML = detail.innerHTML;
        if (window.partnerProgramPickers) {
          window.partnerProgramPickers(document.getElementById('workbench-detail'));
        }
        var taskId = fresh.getAttribute('data-open') || '';
        workbench.setAttribute('data-open', taskId);
        markOpen(taskId);
        if (push) {
          window.history.pushState({workbench: href}, '', href);
        }
        var title = document.getElementById('workbench-task-title');
        if (title) {
          title.setAttribute('tabindex', '-1');
          title.focus({preventScroll: true});
        }
      })
      .catch(function () {
        window.location.assign(href);
      });
  }

  document.addEventListener('click', function (event) {
    var link = event.target.closest('a.task-link, a#next-task');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    openTask(link.href, true);
  });

  window.addEventListener('popstate', function () {
    openTask(window.location.href, false);
  });

  function typing(target) {
    var tag = target.tagName;
    return target.isContentEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
  }

  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) {
      return;
    }
    var list = rows();
    if (focused < 0) {
      // Before the first move, the open task's row is where the keys start (none open: before the first row).
      focused = list.findIndex(function (row) { return row.classList.contains('open'); });
    }
    var row = list[Math.max(0, focused)];
    switch (event.key) {
      case 'j':
        focusRow(focused + 1);
        break;
      case 'k':
        focusRow(focused - 1);
        break;
      case 'o':
        if (row) {
          openTask(row.querySelector('.task-link').href, true);
        }
        break;
      case 'x':
        var box = row && row.querySelector('input[type=checkbox]');
        if (box && !box.disabled) {
          box.checked = !box.checked;
        }
        break;
      case 'c':
        var claim = document.getElementById('claim-form');
        if (claim) {
          claim.submit();
        }
        break;
      case 'n':
        var next = document.getElementById('next-task');
        if (next) {
          openTask(next.href, true);
        }
        break;
      case '/':
        var search = document.getElementById('q');
        if (search) {
          search.closest('details').open = true;
          search.focus();
        }
        break;
      default:
        return;
    }
    event.preventDefault();
  });
})();
