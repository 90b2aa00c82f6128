import { launch } from './tests/support/chromium.ts';
import { startNginx } from './tests/support/nginx.ts';
import { editableFiles, openEditor, readFolder } from './tests/support/editor.ts';
const server = await startNginx({ root: '/tmp/ed-dist' });
const browser = await launch();
try {
  const s = await openEditor(browser, server.url, editableFiles('.'));
  const p = s.page; p.on('response', (r) => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
  await p.getByRole('option', { name: /规划各部分/ }).or(p.getByRole('link', { name: /规划各部分/ })).or(p.getByText(/规划各部分 · Parts/)).first().click();
  await p.waitForTimeout(1500);
  await p.getByText(/^3\. /).first().click();
  await p.waitForTimeout(3000);
  await p.screenshot({ path: '/tmp/ed2.png' });
  const btns = await p.getByRole('button').evaluateAll((els) => els.map((e) => `${e.textContent?.trim().slice(0, 30)}|${e.getAttribute('aria-label')}|${e.getAttribute('aria-disabled') ?? (e as HTMLButtonElement).disabled}`));
  console.log(btns.join('\n'));
  console.log('url', p.url());
  console.log('errors', s.errors.slice(0, 5));
} finally { await browser.close(); await server.close(); }
