import { launch } from './tests/support/chromium.ts';
import { startNginx } from './tests/support/nginx.ts';
import { editableFiles, openEditor, readFolder } from './tests/support/editor.ts';
const server = await startNginx({ root: '/tmp/ed-dist' });
const browser = await launch();
const files = editableFiles('.');
try {
  const s = await openEditor(browser, server.url, files);
  const p = s.page;
  await p.goto(new URL('admin/#/collections/chapters/entries/chapters/3', server.url).href);
  const body = p.locator('.pane[data-mode="edit"][data-locale="en"] [data-key-path="body"] textarea');
  await body.waitFor();
  const v = await body.inputValue();
  await body.fill(v + ' Z');
  await p.getByRole('button', { name: '保存' }).click();
  await p.waitForTimeout(3000);
  const out = await readFolder(p);
  const { diffLines } = await import('diff'); for (const [path, text] of out) if (files.get(path) !== text) console.log('CHANGED', path, JSON.stringify(diffLines(files.get(path)!, text).filter((d) => d.added || d.removed)));
  console.log('files', out.size, files.size, 'errors', s.errors);
  await p.screenshot({ path: '/tmp/ed3.png' });
} finally { await browser.close(); await server.close(); }
