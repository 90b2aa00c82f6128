/**
 * The browser editor's files (/admin/, src/pages/admin/index.astro): Sveltia CMS from its npm
 * package (`@sveltia/cms`, pinned in package.json), copied into the site at build, so that the
 * editor loads nothing from another host.
 *
 * The package's npm build (`npm/index.js`) is the one that brings everything with it — its locales,
 * its chunks (Immutable.js, which every `preSave` hook needs; React for custom fields) and its fonts —
 * where the script build (`dist/sveltia-cms.js`) fetches each of them from unpkg. The npm build is
 * an ES module for a bundler, so it is bundled ONCE per package version into
 * `node_modules/.cache/plan-editor/sveltia-<version>-<recipe>/` (about 6 CPU-seconds, on the first build
 * after `npm ci`) and from then on only copied: into `dist/admin/sveltia/` by every build, and served
 * from there by `npm run dev`. Project copies of the tests share it (node_modules is linked).
 *
 * While bundling, two things are changed:
 *  - fonts: the components' CSS declares Source Sans 3, Noto Mono and Material Symbols Outlined
 *    (Fontsource) with jsDelivr addresses, and Chromium fetches them even though the package also
 *    registers its bundled copies; those three addresses become the copies in `npm/assets/`. The
 *    bundling fails if such an address is left or a copy is missing (e.g. after an upgrade);
 *  - code highlighting: the grammars and themes of Shiki (@shikijs/*, for code fields, which this
 *    site's editor has none of) are left out: 230 files fewer;
 *  - the message of a refused save: Sveltia heads the reason with "保存条目时出错。请稍后重试。" / "…Please
 *    try again later.", which is wrong when the site's checks refused the save (trying later changes
 *    nothing): its Chinese and English interfaces say instead that the entry was not saved, for the
 *    reason given below (SAVE_FAILED).
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { cpSync, createReadStream, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { t } from '../i18n/index.ts';


/** Where the bundle is served, below the site's base: `<base>admin/sveltia/sveltia.js`. */
export const EDITOR_BUNDLE_DIR = 'admin/sveltia';
export const EDITOR_BUNDLE_ENTRY = 'sveltia.js';

const CDN_FONT = /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+?)(?::vf)?@[\d.]+\/([a-z0-9-]+)\.woff2/g;

const require = createRequire(import.meta.url);
/** The folder of @sveltia/cms's npm build (its `npm/index.js`). */
const npmDir = () => dirname(require.resolve('@sveltia/cms'));
const version = () => (JSON.parse(readFileSync(join(npmDir(), '..', 'package.json'), 'utf8')) as { version: string }).version;

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

/** The heading of the dialog that gives the reason a save failed (the site's checks, or the Git host). */
export const SAVE_FAILED = {
  zh: { title: t('zh', 'admin.saveFailed.title'), description: t('zh', 'admin.saveFailed.description') },
  en: { title: t('en', 'admin.saveFailed.title'), description: t('en', 'admin.saveFailed.description') },
} as const;

/** Sveltia's interface strings (`locales/<locale>.json`) with the save-failure heading of SAVE_FAILED. */
export function editorMessages(json: string, locale: string): string {
  const lang = locale.startsWith('zh') ? 'zh' : locale.startsWith('en') ? 'en' : undefined;
  if (!lang) return json;
  const strings = JSON.parse(json) as { saving_entry?: { error?: Record<string, string> } };
  const error = strings.saving_entry?.error;
  if (!error || !('description' in error)) throw new Error(`@sveltia/cms: locales/${locale}.json has no saving_entry.error.description (the package changed)`);
  Object.assign(error, SAVE_FAILED[lang]);
  return JSON.stringify(strings);
}

const LOCALE_FILE = /\/@sveltia\/cms\/locales\/([\w-]+)\.json$/;

const isSveltiaEntry = (id: string) => id.split('?')[0]!.replaceAll('\\', '/').endsWith('/@sveltia/cms/npm/index.js');
const SHIKI = /^@shikijs\/(langs|themes)\//;
const NO_SHIKI = '\0plan-no-shiki';

function bundlePlugins(): Plugin[] {
  let assets: string[] | undefined;
  return [
    {
      name: 'plan:editor-fonts',
      enforce: 'pre',
      transform(code, id) {
        if (!isSveltiaEntry(id)) return null;
        assets ??= readdirSync(join(npmDir(), 'assets'));
        return { code: selfHostedFonts(code, assets), map: null };
      },
    },
    {
      name: 'plan:editor-messages',
      enforce: 'pre',
      transform(code, id) {
        const locale = LOCALE_FILE.exec(id.split('?')[0]!.replaceAll('\\', '/'))?.[1];
        return locale ? { code: editorMessages(code, locale), map: null } : null;
      },
    },
    {
      name: 'plan:editor-no-code-highlighting',
      enforce: 'pre',
      resolveId: (id) => (SHIKI.test(id) ? NO_SHIKI : null),
      load: (id) => (id === NO_SHIKI ? 'export default [];' : null),
    },
  ];
}

/** Changes to this file's recipe, or to the words it puts into the bundle (SAVE_FAILED, from src/i18n/), make a new cache folder. */
const recipe = () => createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update(JSON.stringify(SAVE_FAILED)).digest('hex').slice(0, 10);

/** The bundled editor for the installed @sveltia/cms, built on first use. Returns its folder. */
export async function editorBundle(): Promise<string> {
  const cacheRoot = resolve(npmDir(), '..', '..', '..', '.cache', 'plan-editor');
  const dir = join(cacheRoot, `sveltia-${version()}-${recipe()}`);
  if (existsSync(join(dir, EDITOR_BUNDLE_ENTRY))) return dir;
  const work = `${dir}.${process.pid}.tmp`;
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const entry = join(work, 'entry.js');
  writeFileSync(entry, "export { default } from '@sveltia/cms';\n");
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: work,
    // Addresses relative to the bundle, wherever the site (and its base path) puts it.
    base: './',
    logLevel: 'warn',
    publicDir: false,
    // Resolve @sveltia/cms from this project, not from the temporary folder.
    resolve: { alias: { '@sveltia/cms': join(npmDir(), 'index.js') } },
    plugins: bundlePlugins(),
    build: {
      outDir: join(work, 'out'),
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      modulePreload: false,
      assetsInlineLimit: 0,
      copyPublicDir: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: entry,
        preserveEntrySignatures: 'strict',
        output: { entryFileNames: EDITOR_BUNDLE_ENTRY, chunkFileNames: 'chunks/[name]-[hash].js', assetFileNames: 'assets/[name]-[hash][extname]' },
      },
    },
  });
  // Another build may have finished first: keep one.
  if (!existsSync(join(dir, EDITOR_BUNDLE_ENTRY))) {
    rmSync(dir, { recursive: true, force: true });
    renameSync(join(work, 'out'), dir);
  }
  rmSync(work, { recursive: true, force: true });
  return dir;
}

const TYPES: Record<string, string> = { js: 'text/javascript', json: 'application/json', woff2: 'font/woff2', wasm: 'application/wasm', png: 'image/png', css: 'text/css' };

export default function editor(): AstroIntegration {
  let base = '/';
  return {
    name: 'plan:editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': async ({ server }) => {
        const dir = await editorBundle();
        const prefix = `${base}${EDITOR_BUNDLE_DIR}/`;
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
          if (!path.startsWith(prefix)) return next();
          const file = join(dir, path.slice(prefix.length));
          if (!file.startsWith(dir) || !existsSync(file)) return next();
          res.setHeader('content-type', TYPES[file.split('.').at(-1)!] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir }) => {
        cpSync(await editorBundle(), join(fileURLToPath(dir), EDITOR_BUNDLE_DIR), { recursive: true });
      },
    },
  };
}
