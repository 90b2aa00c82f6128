/**
 * The browser editor at /admin/ (src/pages/admin/index.astro): Sveltia CMS from its npm package,
 * bundled with the site, so its code, Chinese and English interface, fonts and icons come from the
 * site itself. Its configuration is generated from the schemas (src/lib/editor/config.ts); files are
 * read and written by the project's own formats, which change only what staff changed
 * (src/lib/editor/text-format.ts).
 */
import CMS from '@sveltia/cms';
import { editorConfig, MARKDOWN_FORMAT, TEXT_FORMAT, YAML_FORMAT, type BackendSection } from '../../lib/editor/config.ts';
import { readMarkdownFile, readTextFile, readYamlFile, writeMarkdownFile, writeTextFile, writeYamlFile } from '../../lib/editor/text-format.ts';
import { backendOrigins, keepRequestsHome } from './offline.ts';
import { openInChinese } from './locale.ts';

const body = document.body;
const backend = JSON.parse(body.dataset.cmsBackend ?? '{}') as BackendSection;
keepRequestsHome(backendOrigins(backend.backend));
openInChinese();

CMS.registerCustomFormat(MARKDOWN_FORMAT, 'md', { fromFile: readMarkdownFile, toFile: writeMarkdownFile });
CMS.registerCustomFormat(YAML_FORMAT, 'yaml', { fromFile: readYamlFile, toFile: writeYamlFile });
CMS.registerCustomFormat(TEXT_FORMAT, 'txt', { fromFile: readTextFile, toFile: writeTextFile });

const start = () => {
  document.getElementById('cms-setup')?.remove();
  void CMS.init({ config: editorConfig(backend) as never });
};

if (body.dataset.cmsConfigured === 'yes') start();
else if (['localhost', '127.0.0.1', '[::1]'].includes(location.hostname) && 'showDirectoryPicker' in window) {
  // Not connected to a Git host: on this computer, the editor can work on a local folder.
  const local = document.getElementById('cms-local');
  if (local) local.hidden = false;
  document.getElementById('cms-local-start')?.addEventListener('click', start);
}
