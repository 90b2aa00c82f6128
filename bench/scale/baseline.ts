/**
 * The plain baseline of the scale benchmark: a minimal Astro project with none of this project's
 * code — one collection over the same Markdown files (content/zh and content/en), one page
 * template, then the Pagefind CLI over the output. node_modules is the project's, linked.
 */
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FILES: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'plain-baseline', private: true, type: 'module' }),
  'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false } });
`,
  'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = { docs: defineCollection({ loader: glob({ base: './content', pattern: '{zh,en}/**/*.md' }) }) };
`,
  'src/pages/[...slug].astro': `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.data.label ?? entry.id);
---
<!doctype html>
<html lang={entry.id.startsWith('zh/') ? 'zh-CN' : 'en'}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><Content /></main></body>
</html>
`,
};

/** Writes the baseline project beside nothing: its own temporary folder, with a copy of `contentDir`'s zh and en Markdown. */
export function baselineProject(contentDir: string, nodeModules: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'plain-astro-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
  for (const lang of ['zh', 'en']) {
    cpSync(join(contentDir, lang), join(dir, 'content', lang), { recursive: true, filter: (src) => !src.endsWith('.yaml') });
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
  return dir;
}
