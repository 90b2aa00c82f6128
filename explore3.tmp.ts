import { launch } from './tests/support/chromium.ts';
import { startNginx } from './tests/support/nginx.ts';
import { editableFiles, openEditor } from './tests/support/editor.ts';
const server = await startNginx({ root: '/tmp/ed-dist' });
const browser = await launch();
try {
  const s = await openEditor(browser, server.url, editableFiles('.'));
  const p = s.page;
  await p.getByText('数据 · Data').first().click();
  await p.waitForTimeout(1000);
  console.log('url1', p.url());
  await p.getByText(/中英文术语对照/).first().click();
  await p.waitForTimeout(2000);
  console.log('url2', p.url());
  const paths = await p.locator('[data-key-path]').evaluateAll((els) => els.slice(0, 12).map((e) => `${e.getAttribute('data-key-path')} ${e.closest('[data-locale]')?.getAttribute('data-locale')} inputs=${e.querySelectorAll('input,textarea').length}`));
  console.log(paths.join('\n'));
  await p.screenshot({ path: '/tmp/ed4.png' });
  await p.goto(new URL('admin/#/collections/targetText/entries/targetText', server.url).href);
  await p.waitForTimeout(2000);
  console.log('url3', p.url(), await p.locator('[data-key-path]').count());
  await p.goto(new URL('admin/#/collections/plan/entries/plan/index', server.url).href);
  await p.waitForTimeout(2000);
  console.log('url4', p.url(), await p.locator('[data-key-path]').count());
} finally { await browser.close(); await server.close(); }
