// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import contentGuard from './src/integrations/content-guard.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { remarkHeadingIds, rehypeParagraphAnchors } from './src/markdown/anchors.ts';

// Site address and base path are configuration (PLAN_SITE, PLAN_BASE), e.g. PLAN_BASE=/kjcx/.
const site = process.env.PLAN_SITE ?? 'https://kjcx.example';
const base = process.env.PLAN_BASE ?? '/';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.PLAN_OUT_DIR ?? './dist',
  devToolbar: { enabled: false },
  // Caches inside the project (not node_modules) so two checkouts never share a content store.
  cacheDir: './.cache/astro',
  vite: { cacheDir: './.cache/vite' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingIds],
      rehypePlugins: [rehypeParagraphAnchors],
    }),
  },
  integrations: [contentGuard(), pagefindIndex()],
});
