/**
 * Content collections, made from the declarations in src/model/collections.ts (which the content
 * checker and the browser editor read too); every schema comes from src/lib/schemas.ts. The entries
 * are the ones the content checker read (src/integrations/content-loader.ts): each file is read once.
 *
 * Layout: content/<lang>/<collection>/… holds one language's words; content/data/ holds the
 * language-neutral facts (figures, dates, glossary) defined once.
 */
import { defineCollection } from 'astro:content';
import { LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA } from './model/collections.ts';
import { contentLoader } from './integrations/content-loader.ts';

type AstroDecl = (typeof MARKDOWN_COLLECTIONS)[number] | (typeof LOCALIZED_DATA)[number] | Extract<(typeof NEUTRAL_DATA)[number], { astro: true }>;
/** The type Astro infers each collection's entries from: its declaration's schema. */
type Collections = { [D in AstroDecl as D['name']]: { loader: ReturnType<typeof contentLoader>; schema: ReturnType<D['schema']> } };

const astroDecls = [...MARKDOWN_COLLECTIONS, ...LOCALIZED_DATA, ...NEUTRAL_DATA.filter((d) => d.astro)];

export const collections = Object.fromEntries(
  astroDecls.map((decl) => [decl.name, defineCollection({ loader: contentLoader(decl), schema: decl.schema() })]),
) as Collections;
