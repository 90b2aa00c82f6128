/* Display settings (text size, high contrast): run in <head> so the saved mode is set before
   the page is drawn; the buttons are wired once it has loaded. */
(function () {
  var d = document.documentElement, KEY = 'plan-display', s = {};
  try { s = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { s = {}; }
  function set(name, value, ok) {
    if (ok.indexOf(value) >= 0) d.setAttribute(name, value); else d.removeAttribute(name);
  }
  function apply() {
    set('data-text-size', s.size, ['small', 'large']);
    set('data-contrast', s.contrast, ['high', 'normal']);
  }
  apply();
  d.classList.add('display-js');
  document.addEventListener('DOMContentLoaded', function () {
    var box = document.querySelector('[data-display]');
    if (!box) return;
    var live = box.querySelector('[role="status"]');
    var toggle = box.querySelector('[data-contrast-toggle]');
    var prefers = window.matchMedia && matchMedia('(prefers-contrast: more)');
    function high() { return s.contrast ? s.contrast === 'high' : !!(prefers && prefers.matches); }
    function sync() {
      var sizes = box.querySelectorAll('[data-size]');
      for (var i = 0; i < sizes.length; i++) {
        sizes[i].setAttribute('aria-pressed', String((s.size || 'medium') === sizes[i].getAttribute('data-size')));
      }
      toggle.setAttribute('aria-pressed', String(high()));
    }
    box.addEventListener('click', function (e) {
      var b = e.target.closest && e.target.closest('button');
      if (!b || !box.contains(b)) return;
      if (b.hasAttribute('data-size')) s.size = b.getAttribute('data-size');
      else s.contrast = high() ? 'normal' : 'high';
      try { localStorage.setItem(KEY, JSON.stringify(s)); } catch (err) { }
      apply();
      sync();
      live.textContent = b.hasAttribute('data-size') ? b.getAttribute('data-msg') : toggle.getAttribute(high() ? 'data-on' : 'data-off');
    });
    sync();
  });
})();
