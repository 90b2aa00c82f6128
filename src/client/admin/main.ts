/**
 * The browser editor at /admin/ (src/pages/admin/index.astro): Sveltia CMS from its npm package,
 * copied into the site at build (src/integrations/editor.ts), so its code, Chinese and English
 * interface, fonts and icons come from the site itself. Its configuration is generated from the
 * schemas (src/lib/editor/config.ts); files are read and written by the project's own formats,
 * which change only what staff changed (src/lib/editor/text-format.ts).
 */
import './no-eval.ts';
import type CmsApi from '@sveltia/cms';
import { editorConfig, MARKDOWN_FORMAT, YAML_FORMAT, type BackendSection } from '../../lib/editor/config.ts';
import { readMarkdownFile, readYamlFile, writeMarkdownFile, writeYamlFile } from '../../lib/editor/text-format.ts';
import { backendOrigins, keepRequestsHome } from './offline.ts';
import { openInChinese } from './locale.ts';
import { checkBeforeSaving } from './checks.ts';

type Cms = typeof CmsApi;

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
  checkBeforeSaving(CMS as never, `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}admin/files.json`);
  await CMS.init({ config: editorConfig(backend) as never });
}

if (body.dataset.cmsConfigured === 'yes') void start();
else if (['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) && 'showDirectoryPicker' in window) {
  // Not connected to a Git host: on this computer, the editor can work on a local folder.
  const local = document.getElementById('cms-local');
  if (local) local.hidden = false;
  document.getElementById('cms-local-start')?.addEventListener('click', () => void start(), { once: true });
}
