/**
 * The content collections' loader: the entries Astro's pages read are the ones the content checker
 * read and validated (src/checker/node.ts `loadProject`), so each content file is read and parsed once
 * per build, with the same YAML reader (YAML 1.2 core schema: a date stays the text YYYY-MM-DD), and
 * what the check accepts is exactly what the pages show. Markdown is rendered with the site's own
 * pipeline (astro.config.mjs `markdown.processor`), as Astro's glob loader would; an entry whose file is
 * unchanged since the last build keeps its rendering (Astro's content store, .cache/astro).
 *
 * In `astro dev`, an edit under content/ or sources/ reloads every collection from the files (one reload
 * at a time, once the files are quiet).
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, sep } from 'node:path';
import { CONTENT_DIRS, loadProject } from '../checker/node.ts';
import type { Content, SourceFile } from '../checker/types.ts';
import type { CollectionDecl } from '../model/collections.ts';

interface Item {
  id: string;
  data: Record<string, unknown>;
  file: SourceFile;
  markdown: boolean;
}

/** The valid files of one collection, with their entry ids (`zh/3`, `en/targets`, `data/survey`). */
function itemsOf(decl: CollectionDecl, content: Content): Item[] {
  if (decl.kind === 'markdown') {
    const entries = content.entries[decl.name as keyof Content['entries']] ?? [];
    // One entry per file directly in the collection's folder (content/<lang>/<folder>/<name>.md).
    return entries
      .filter((e) => e.file.path.split('/').length === 4)
      .map((e) => ({ id: `${e.lang}/${e.name}`, data: e.data, file: e.file, markdown: true }));
  }
  const files = decl.kind === 'localized-data' ? [content.targetText.zh, content.targetText.en] : [content[decl.name as 'targetData' | 'surveyData' | 'glossary']];
  return files.flatMap((f) => (f ? [{ id: f.file.path.replace(/^content\//, '').replace(/\.ya?ml$/, ''), data: f.data as Record<string, unknown>, file: f.file, markdown: false }] : []));
}

type Renderer = Awaited<ReturnType<LoaderContext['config']['markdown']['processor']['createRenderer']>>;

export function contentLoader(decl: CollectionDecl): Loader {
  return {
    name: 'plan:content',
    load: async ({ config, store, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      let renderer: Renderer | undefined;
      const render = async (item: Item) => {
        const { markdown, image } = config;
        renderer ??= await markdown.processor.createRenderer({ image, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig, gfm: markdown.gfm, smartypants: markdown.smartypants });
        const result = await renderer.render(item.file.body.trim(), { frontmatter: item.file.data as Record<string, unknown>, fileURL: pathToFileURL(join(root, item.file.path)) });
        return { html: result.code, metadata: { ...result.metadata, imagePaths: result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths) } };
      };
      const sync = async (fresh: boolean) => {
        const { content } = loadProject(root, { fresh });
        const untouched = new Set(store.keys());
        for (const item of itemsOf(decl, content)) {
          untouched.delete(item.id);
          const digest = generateDigest(item.file.raw);
          if (store.get(item.id)?.digest === digest) continue;
          const entry = { id: item.id, data: item.data, filePath: item.file.path, digest };
          if (!item.markdown) {
            store.set(entry);
            continue;
          }
          const rendered = await render(item).catch((error: Error) => (logger.error(`${item.file.path}: ${error.message}`), undefined));
          store.set({ ...entry, body: item.file.body.trim(), rendered, assetImports: rendered?.metadata.imagePaths });
        }
        for (const id of untouched) store.delete(id);
      };
      await sync(Boolean(watcher));
      if (!watcher) return;
      const dirs = CONTENT_DIRS.map((d) => join(root, d));
      watcher.add(dirs);
      // One reload at a time, after the files have been quiet for a moment: a file being written fires
      // several events (the first may come while it is still empty), and an event that arrives during a
      // reload runs one more reload once that one is done, so the store always ends up as the files are.
      let running = false;
      let again = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const reload = async () => {
        if (running) return void (again = true);
        running = true;
        do {
          again = false;
          await sync(true).catch((error: Error) => logger.error(error.message));
        } while (again);
        running = false;
      };
      watcher.on('all', (_event, path) => {
        if (!dirs.some((d) => path === d || path.startsWith(d + sep))) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reload(), 100);
      });
    },
  };
}
