import { launch } from './tests/support/chromium.ts';
import { startNginx } from './tests/support/nginx.ts';
import { editableFiles, openEditor } from './tests/support/editor.ts';
const server = await startNginx({ root: 'dist' });
const browser = await launch();
try {
  const s = await openEditor(browser, server.url, editableFiles('.'));
  const p = s.page;
  await p.goto(new URL('admin/#/collections/sources/entries/manifest', server.url).href);
  await p.locator('.content-editor').waitFor();
  const f = p.locator('[data-key-path="documents.0.file"]').first();
  console.log(await f.evaluate((e) => e.outerHTML.slice(0, 1500)));
  console.log(await p.locator('[data-key-path^="documents.0"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key-path'))));
  await p.screenshot({ path: '/tmp/ed6.png' });
} finally { await browser.close(); await server.close(); }
