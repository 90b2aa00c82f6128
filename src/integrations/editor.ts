/**
 * The browser editor's build (/admin/, src/pages/admin/index.astro): Sveltia CMS is bundled from its
 * npm package (`@sveltia/cms`, pinned in package.json) into the site, so that it loads nothing from
 * another host.
 *
 * Its npm build already brings its locales, chunks and fonts into the bundle; one thing it leaves
 * pointing at a CDN: the components' CSS declares its three fonts (Source Sans 3, Noto Mono,
 * Material Symbols Outlined, from Fontsource) with jsDelivr addresses, and Chromium fetches them
 * even though the package also registers its bundled copies. This plugin rewrites those three
 * addresses, while the package's code is bundled, to the copies it ships in `npm/assets/`; the
 * build fails if such an address is left or a copy is missing (e.g. after an upgrade).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+?)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

/** The folder of @sveltia/cms's npm build (the module the editor imports). */
function sveltiaNpmDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@sveltia/cms'));
}

/** `https://cdn…/source-sans-3:vf@5.3.0/latin-wght-normal.woff2` → `assets/source-sans-3-latin-wght-normal-<hash>.woff2`. */
export function selfHostedFonts(code: string, assets: readonly string[]): string {
  const out = code.replace(CDN_FONT, (url, family: string, subset: string) => {
    const file = assets.find((f) => f.startsWith(`${family}-${subset}-`) && f.endsWith('.woff2'));
    if (!file) throw new Error(`@sveltia/cms: no bundled copy of ${url} in npm/assets/ (looked for ${family}-${subset}-*.woff2)`);
    return `\${new URL(${JSON.stringify(`./assets/${file}`)}, import.meta.url).href}`;
  });
  if (/cdn\.jsdelivr\.net|fonts\.googleapis|fonts\.gstatic/.test(out)) throw new Error('@sveltia/cms: a font address on a CDN is left in its code');
  return out;
}

function sveltiaFonts(): Plugin {
  const dir = sveltiaNpmDir();
  let assets: string[] | undefined;
  return {
    name: 'plan:editor-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith('/@sveltia/cms/npm/index.js')) return null;
      assets ??= readdirSync(join(dir, 'assets'));
      return { code: selfHostedFonts(code, assets), map: null };
    },
  };
}

export default function editor(): AstroIntegration {
  return {
    name: 'plan:editor',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [sveltiaFonts()] } });
      },
    },
  };
}
