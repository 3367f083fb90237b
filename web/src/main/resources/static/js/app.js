// Small behaviours kept out of the markup: confirmations, filters that apply on change, and "back" buttons.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
  select.addEventListener('change', function () {
    select.form.submit();
  });
});

document.querySelectorAll('[data-back]').forEach(function (button) {
  button.addEventListener('click', function () {
    window.history.back();
  });
});
