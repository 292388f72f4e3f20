(function () {
  'use strict';
  var bar = document.getElementById('filters');
  if (!bar) return;
  bar.hidden = false;
  var names = ['info', 'warning', 'error'];
  var boxes = bar.querySelectorAll('input[data-kind]');
  var items = document.querySelectorAll('.item');
  var hits = document.querySelectorAll('.hit');
  var shown = document.getElementById('shown');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) off[b.getAttribute('data-kind') + ':' + b.value] = true; });
    var n = 0;
    items.forEach(function (el) {
      var hide = off['rule:' + el.getAttribute('data-rule')] || off['sev:' + el.getAttribute('data-sev')];
      el.hidden = !!hide;
      if (!hide && el.classList.contains('fr')) n++;
    });
    hits.forEach(function (c) {
      var worst = -1, tips = [];
      c.querySelectorAll('.mk').forEach(function (m) {
        if (m.hidden) return;
        tips.push(m.title);
        worst = Math.max(worst, names.indexOf(m.getAttribute('data-sev')));
      });
      c.classList.remove('hl', 'sev-info', 'sev-warning', 'sev-error');
      if (worst >= 0) {
        c.classList.add('hl', 'sev-' + names[worst]);
        c.title = tips.join('\n');
      } else {
        c.removeAttribute('title');
      }
    });
    if (shown) shown.textContent = String(n);
  }
  bar.addEventListener('change', apply);
  bar.querySelectorAll('button[data-all]').forEach(function (b) {
    b.addEventListener('click', function () {
      var on = b.getAttribute('data-all') === '1';
      bar.querySelectorAll('input[data-kind="rule"]').forEach(function (x) { x.checked = on; });
      apply();
    });
  });
})();
