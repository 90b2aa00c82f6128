import { launch } from './tests/support/chromium.ts';
import { startNginx } from './tests/support/nginx.ts';
import { editableFiles, openEditor } from './tests/support/editor.ts';
const server = await startNginx({ root: 'dist' });
const browser = await launch();
try {
  const s = await openEditor(browser, server.url, editableFiles('.'));
  const p = s.page;
  console.log(await p.getByRole('link').evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent)));
  console.log(await p.getByRole('option').evaluateAll((els) => els.slice(0, 5).map((e) => e.textContent)));
  await p.goto(new URL('admin/#/collections/notes/entries/notes/00-intro', server.url).href);
  await p.locator('.content-editor').waitFor();
  const f = (k: string) => p.locator(`.content-editor .pane[data-mode="edit"][data-locale="en"] [data-key-path="${k}"]`).first();
  await f('changes').getByRole('button', { name: /添加/ }).click();
  console.log(await p.locator('.content-editor .pane[data-locale="en"] [data-key-path^="changes"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-key-path') + ' ' + e.querySelectorAll('input').length + ' ' + [...e.querySelectorAll('input')].map((i) => i.type + '=' + i.value).join(','))));
  await f('changes.0.date').locator('input').first().fill('2026-12-02');
  await f('changes.0.note').locator('input').first().fill('Round trip.');
  await f('updated').locator('input').first().fill('2026-12-02');
  await p.getByRole('button', { name: '保存', exact: true }).click();
  await p.waitForTimeout(2000);
  await p.screenshot({ path: '/tmp/ed5.png' });
  console.log((await p.locator('body').innerText()).slice(0, 600));
} finally { await browser.close(); await server.close(); }
