/**
 * Content collections, made from the declarations in src/model/collections.ts (which the content
 * checker and the browser editor read too); every schema comes from src/lib/schemas.ts.
 *
 * Layout: content/<lang>/<collection>/… holds one language's words; content/data/ holds the
 * language-neutral facts (figures, dates, glossary) defined once.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA, type CollectionDecl } from './model/collections.ts';

/** Entry id `<lang>/<file name without extension>`, e.g. `zh/3` or `en/01-project-initiation`. */
const byLang = (folder: string) =>
  glob({
    base: './content',
    pattern: `{zh,en}/${folder}/*.md`,
    generateId: ({ entry }) => {
      const [lang, , file] = entry.split('/');
      return `${lang}/${(file ?? '').replace(/\.md$/, '')}`;
    },
  });

/** Entry id: the path below content/ without extension, e.g. `zh/targets`, `data/targets`. */
const dataFile = (pattern: string) =>
  glob({ base: './content', pattern, generateId: ({ entry }) => entry.replace(/\.ya?ml$/, '') });

function loaderOf(decl: CollectionDecl) {
  if (decl.kind === 'markdown') return byLang(decl.folder);
  if (decl.kind === 'localized-data') return dataFile(`{zh,en}/${decl.file}`);
  return dataFile(decl.path.replace(/^content\//, ''));
}

type AstroDecl = (typeof MARKDOWN_COLLECTIONS)[number] | (typeof LOCALIZED_DATA)[number] | Extract<(typeof NEUTRAL_DATA)[number], { astro: true }>;
/** The type Astro infers each collection's entries from: its declaration's schema. */
type Collections = { [D in AstroDecl as D['name']]: { loader: ReturnType<typeof glob>; schema: ReturnType<D['schema']> } };

const astroDecls = [...MARKDOWN_COLLECTIONS, ...LOCALIZED_DATA, ...NEUTRAL_DATA.filter((d) => d.astro)];

export const collections = Object.fromEntries(
  astroDecls.map((decl) => [decl.name, defineCollection({ loader: loaderOf(decl), schema: decl.schema() })]),
) as Collections;
