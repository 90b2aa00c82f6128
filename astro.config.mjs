// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import contentGuard from './src/integrations/content-guard.ts';
import editor from './src/integrations/editor.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import { markdownPlugins } from './src/integrations/markdown/pipeline.ts';
import sitemap from '@astrojs/sitemap';
import { lastmodFromModel, sitemapFilter } from './src/integrations/sitemap.ts';
import { HTML_LANG } from './src/i18n/lang.ts';

// Site address and base path are configuration (PLAN_SITE, PLAN_BASE), e.g. PLAN_BASE=/kjcx/.
const site = process.env.PLAN_SITE ?? 'https://kjcx.example';
const base = process.env.PLAN_BASE ?? '/';
const outDir = process.env.PLAN_OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir,
  devToolbar: { enabled: false },
  // Caches inside the project (not node_modules) so two checkouts never share a content store.
  cacheDir: './.cache/astro',
  // assetsInlineLimit 0: Astro never inlines small scripts, so pages satisfy the Content-Security-Policy
  // of docs/nginx.conf (script-src 'self', no inline scripts).
  vite: { cacheDir: './.cache/vite', build: { assetsInlineLimit: 0 } },
  markdown: {
    // The plugins live in src/integrations/markdown/pipeline.ts: the history pages render past versions with them too.
    processor: unified(markdownPlugins(base)),
  },
  integrations: [
    contentGuard(),
    // The browser editor at /admin/ (Sveltia CMS bundled from npm): see src/integrations/editor.ts.
    editor(),
    // sitemap-index.xml with hreflang alternates: the pages the page model lists (src/integrations/sitemap.ts),
    // so not the root language chooser, the 404 page, the history pages or the browser editor; lastmod from the model's dates.
    sitemap({
      i18n: { defaultLocale: 'zh', locales: HTML_LANG },
      filter: sitemapFilter(process.cwd(), base),
      serialize: lastmodFromModel(process.cwd(), base),
    }),
    // Search index (Pagefind) from the pages just built: see docs/search.md.
    pagefindIndex(),
  ],
});
