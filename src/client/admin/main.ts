/**
 * The browser editor at /admin/ (src/pages/admin/index.astro): Sveltia CMS from its npm package,
 * copied into the site at build (src/integrations/editor.ts), so its code, Chinese and English
 * interface, fonts and icons come from the site itself. Its configuration is generated from the
 * schemas (src/lib/editor/config.ts); files are read and written by the project's own formats,
 * which change only what staff changed (src/lib/editor/text-format.ts).
 */
import type CmsApi from '@sveltia/cms';
import { z } from 'astro/zod';
import { editorConfig, MARKDOWN_FORMAT, YAML_FORMAT, type BackendSection } from '../../lib/editor/config.ts';
import { readMarkdownFile, readYamlFile, writeMarkdownFile, writeYamlFile } from '../../lib/editor/text-format.ts';
import { backendOrigins, keepRequestsHome } from './offline.ts';
import { openInChinese } from './locale.ts';

type Cms = typeof CmsApi;

// zod compiles parsers with new Function() unless told not to: the editor's Content-Security-Policy
// allows no eval (and zod's own probe for it would be reported as a violation).
z.config({ jitless: true });

const body = document.body;
const backend = JSON.parse(body.dataset.cmsBackend ?? '{}') as BackendSection;
keepRequestsHome(backendOrigins(backend.backend));
openInChinese();

/** The editor's bundle, copied into the site at build (src/integrations/editor.ts). */
const loadCms = async (): Promise<Cms> => {
  const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}admin/sveltia/sveltia.js`;
  return ((await import(/* @vite-ignore */ url)) as { default: Cms }).default;
};

async function start() {
  document.getElementById('cms-setup')?.remove();
  const CMS = await loadCms();
  CMS.registerCustomFormat(MARKDOWN_FORMAT, 'md', { fromFile: readMarkdownFile, toFile: writeMarkdownFile });
  CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: readYamlFile, toFile: writeYamlFile });
  await CMS.init({ config: editorConfig(backend) as never });
}

if (body.dataset.cmsConfigured === 'yes') void start();
else if (['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) && 'showDirectoryPicker' in window) {
  // Not connected to a Git host: on this computer, the editor can work on a local folder.
  const local = document.getElementById('cms-local');
  if (local) local.hidden = false;
  document.getElementById('cms-local-start')?.addEventListener('click', () => void start(), { once: true });
}
