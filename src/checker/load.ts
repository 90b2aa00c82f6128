/**
 * The first step of every check: read each content file once, as src/model/collections.ts declares
 * it, and validate it against its schema (src/lib/schemas.ts). Reports what cannot be read (an
 * empty file, bad YAML, a missing file, a schema error) and hands the rest to the rules as `Content`.
 * Pure: files in (repo-relative path → text), content and problems out.
 */
import type { z } from 'astro/zod';
import { LANGS } from '../lib/schemas.ts';
import { parseSourceText } from '../lib/sources/text.ts';
import { LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA, localizedDataPath } from '../model/collections.ts';
import { markdownOnce } from './markdown.ts';
import { say } from './messages.ts';
import { parseSourceFile, walkOrder } from './read.ts';
import type { CheckOptions, Content, DataFile, Entry, Input, LoadedSource, Problem, SourceFile, SourceManifest } from './types.ts';

const fieldName = (path: readonly PropertyKey[]) => (path.length ? path.map(String).join('.') : undefined);

function getIn(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** Turn zod issues into plain-language problems. */
export function schemaProblems(file: SourceFile, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue): Problem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        return { file: file.path, line: file.lineOf(path), field: fieldName(path), ...say('unknownField', key) };
      });
    }
    const path = issue.path;
    const missing = issue.code === 'invalid_type' && getIn(file.data, path) === undefined;
    const text = missing ? say('requiredField', issue.message) : say('schema', issue.message);
    return [{ file: file.path, line: file.lineOf(path), field: fieldName(path), ...text }];
  });
}

type Parsed<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

function validate<T>(file: SourceFile, schema: z.ZodType<T>): Parsed<T> {
  if (file.syntaxErrors.length) {
    return { ok: false, problems: file.syntaxErrors.map((e) => ({ file: file.path, line: e.line, ...say('yamlSyntax', e.message) })) };
  }
  const result = schema.safeParse(file.data ?? {});
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: schemaProblems(file, result.error.issues) };
}

interface Reader {
  files: ReadonlyMap<string, string>;
  read: SourceFile[];
  problems: Problem[];
  held: (input: Input) => boolean;
}

/** Markdown entries: content/<lang>/<folder>/**.md, in folder-walk order. */
function loadMarkdown(r: Reader): Content['entries'] {
  const entries = Object.fromEntries(MARKDOWN_COLLECTIONS.map((c) => [c.name, []])) as unknown as Content['entries'];
  const paths = [...r.files.keys()].sort(walkOrder);
  for (const decl of MARKDOWN_COLLECTIONS) {
    if (!r.held(decl.name)) continue;
    const schema: z.ZodType = decl.schema();
    for (const lang of LANGS) {
      const prefix = `content/${lang}/${decl.folder}/`;
      for (const path of paths.filter((p) => p.startsWith(prefix) && p.endsWith('.md'))) {
        const file = parseSourceFile(path, r.files.get(path)!);
        r.read.push(file);
        const name = path.replace(/^.*\//, '').replace(/\.md$/, '');
        if (!file.raw.trim()) {
          r.problems.push({ file: file.path, line: 1, ...say('emptyFile') });
          continue;
        }
        const parsed = validate(file, schema);
        if (!parsed.ok) r.problems.push(...parsed.problems);
        // Valid: its data is what the collection's schema gives (EntryData).
        else (entries[decl.name] as Entry[]).push({ file, lang, collection: decl.name, name, data: parsed.data as Record<string, unknown> });
      }
    }
  }
  return entries;
}

/** One YAML data file; undefined (and a problem) when it is missing or invalid. */
function loadData<T>(r: Reader, path: string, schema: z.ZodType<T>): DataFile<T> | undefined {
  const raw = r.files.get(path);
  if (raw === undefined) {
    r.problems.push({ file: path, ...say('missingFile') });
    return undefined;
  }
  const file = parseSourceFile(path, raw);
  r.read.push(file);
  const parsed = validate(file, schema);
  if (!parsed.ok) {
    r.problems.push(...parsed.problems);
    return undefined;
  }
  return { file, data: parsed.data };
}

/** Read the documents a valid manifest lists; a missing text file is a problem of the manifest. */
function loadSourceTexts(r: Reader, manifest: DataFile<SourceManifest>): Map<string, LoadedSource> {
  const docs = new Map<string, LoadedSource>();
  const { file } = manifest;
  manifest.data.documents.forEach((meta, i) => {
    const path = `sources/${meta.file}`;
    if (docs.has(meta.id)) {
      r.problems.push({ file: file.path, line: file.lineOf(['documents', i, 'id']), field: `documents.${i}.id`, ...say('duplicateDocument', meta.id) });
      return;
    }
    const text = r.files.get(path);
    if (text === undefined) {
      r.problems.push({ file: file.path, line: file.lineOf(['documents', i, 'file']), field: `documents.${i}.file`, ...say('missingSourceText', path) });
      return;
    }
    docs.set(meta.id, { meta, path, text: parseSourceText(text) });
  });
  return docs;
}

/** The content as read, and what could not be read. */
export interface Loaded {
  content: Content;
  problems: Problem[];
}

/** Read and validate every content file of `files`. */
export function loadContent(files: ReadonlyMap<string, string>, options: CheckOptions = {}): Loaded {
  const r: Reader = { files, read: [], problems: [], held: (input) => !options.inputs || options.inputs.has(input) };
  const entries = loadMarkdown(r);
  const data: Record<string, DataFile<unknown> | undefined> = {};
  for (const decl of NEUTRAL_DATA.filter((d) => d.astro)) if (r.held(decl.name)) data[decl.name] = loadData(r, decl.path, decl.schema() as z.ZodType);
  const targetText: Content['targetText'] = {};
  const words = LOCALIZED_DATA.find((d) => d.name === 'targetText')!;
  if (r.held(words.name)) for (const lang of LANGS) targetText[lang] = loadData(r, localizedDataPath(words, lang), words.schema());
  for (const decl of NEUTRAL_DATA.filter((d) => !d.astro)) if (r.held(decl.name)) data[decl.name] = loadData(r, decl.path, decl.schema() as z.ZodType);
  const manifest = data.sources as DataFile<SourceManifest> | undefined;
  const content: Content = {
    files: r.read,
    entries,
    targetData: data.targetData as Content['targetData'],
    surveyData: data.surveyData as Content['surveyData'],
    glossary: data.glossary as Content['glossary'],
    targetText,
    manifest,
    sources: manifest && r.held('sourceTexts') ? loadSourceTexts(r, manifest) : new Map(),
    publicFiles: options.publicFiles,
    previous: options.previous,
    markdown: markdownOnce(options.parseMarkdown),
  };
  return { content, problems: r.problems };
}

