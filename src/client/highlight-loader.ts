// On every page (kept tiny): a page opened from a search result (…?hl=term) loads the highlighter,
// a separately bundled file; other visits load nothing more. `?worker&url` makes Vite bundle the
// highlighter on its own and gives its address, so no module-preload helper is added to every page.
import highlighter from './highlight-run.ts?worker&url';

if (/[?&]hl=/.test(location.search)) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = highlighter;
  document.head.append(script);
}
