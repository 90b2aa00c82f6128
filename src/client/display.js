(function () {
  var d = document.documentElement, K = 'plan-display', s = {};
  try { s = JSON.parse(localStorage.getItem(K) || '{}') || {}; } catch (e) { s = {}; }
  function set(n, v, ok) { if (ok.indexOf(v) >= 0) d.setAttribute(n, v); else d.removeAttribute(n); }
  function apply() { set('data-text-size', s.size, ['small', 'large']); set('data-contrast', s.contrast, ['high', 'normal']); }
  apply();
  d.classList.add('display-js');
  document.addEventListener('DOMContentLoaded', function () {
    var sw = document.querySelector('[data-lang-switch]');
    if (sw) sw.addEventListener('click', function () { if (location.hash) sw.hash = location.hash; });
    var f = document.querySelectorAll('details[data-fold]'), w = matchMedia('(width > 40rem)');
    function fold(o) { for (var i = 0; i < f.length; i++) f[i].open = o === true || w.matches; }
    fold();
    w.addEventListener('change', fold);
    addEventListener('beforeprint', function () { fold(true); });
    addEventListener('afterprint', fold);
    var box = document.querySelector('[data-display]');
    if (!box) return;
    var live = box.querySelector('[role="status"]'), tg = box.querySelector('[data-contrast-toggle]');
    var mq = window.matchMedia && matchMedia('(prefers-contrast: more)');
    function high() { return s.contrast ? s.contrast === 'high' : !!(mq && mq.matches); }
    function sync() {
      var b = box.querySelectorAll('[data-size]');
      for (var i = 0; i < b.length; i++) b[i].setAttribute('aria-pressed', String((s.size || 'medium') === b[i].getAttribute('data-size')));
      tg.setAttribute('aria-pressed', String(high()));
    }
    box.addEventListener('click', function (e) {
      var b = e.target.closest && e.target.closest('button');
      if (!b || !box.contains(b)) return;
      var size = b.getAttribute('data-size');
      if (size) s.size = size; else s.contrast = high() ? 'normal' : 'high';
      try { localStorage.setItem(K, JSON.stringify(s)); } catch (err) {}
      apply();
      sync();
      live.textContent = size ? b.getAttribute('data-msg') : tg.getAttribute(high() ? 'data-on' : 'data-off');
    });
    sync();
  });
})();
