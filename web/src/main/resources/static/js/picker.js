// Typeahead for the fields where staff name a partner (its id) or a colleague (a login): the field keeps its label and
// takes typing as before; as one types, its datalist offers matches from /pickers/<kind>, value and name. Without
// scripts the field is a plain input.
(function () {
  function bind(root) {
    (root || document).querySelectorAll('input[data-picker]:not([list])').forEach(function (input) {
      var kind = input.getAttribute('data-picker');
      var list = document.createElement('datalist');
      list.id = (input.id || input.name) + '-suggestions';
      input.insertAdjacentElement('afterend', list);
      input.setAttribute('list', list.id);
      input.setAttribute('autocomplete', 'off');
      var timer = null;
      input.addEventListener('input', function () {
        window.clearTimeout(timer);
        var text = input.value.trim();
        if (text.length < 2 || list.querySelector('option[value="' + CSS.escape(text) + '"]')) {
          return;
        }
        timer = window.setTimeout(function () {
          fetch('/pickers/' + encodeURIComponent(kind) + '?q=' + encodeURIComponent(text),
            {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (suggestions) {
              list.replaceChildren.apply(list, suggestions.map(function (s) {
                var option = document.createElement('option');
                option.value = s.value;
                option.label = s.label;
                option.textContent = s.label;
                return option;
              }));
            })
            .catch(function () { /* no suggestions: the field still takes what is typed */ });
        }, 200);
      });
    });
  }
  window.partnerProgramPickers = bind;
  bind(document);
})();
