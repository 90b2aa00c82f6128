/**
 * The site's checks before the editor saves (Sveltia's `preSave` event): the project's own checker
 * (src/checker/, bundled into the editor: the same code as `npm run check`) runs on the content as it
 * will be after the save. A save whose files have a problem is refused: nothing is written, each
 * problem is shown in Chinese and English above its field (src/client/admin/problems.ts) and listed
 * in the editor's error message. Warnings (a glossary alias the saved text uses) are shown the same
 * way, marked as warnings, and the save goes ahead.
 *
 * What the checker reads: the site's files as the last build read them (`admin/files.json`,
 * src/pages/admin/files.json.ts), updated with what was saved in this browser since and with the
 * entry being saved, exactly as the editor will write it (the project's own formats,
 * src/lib/editor/text-format.ts), and official texts uploaded with it (recorded as staff choose them,
 * src/client/admin/uploads.ts: Sveltia does not hand them to `preSave`). So every rule runs, on every
 * file. What this cannot see — changes saved meanwhile by someone else, or waiting in other change
 * requests — the Git host's pipeline checks again (`npm run check` on every change request).
 */
import { checkContent, type Problem } from '../../checker/index.ts';
import { LANGS, LOCALIZED_DATA, MARKDOWN_COLLECTIONS, NEUTRAL_DATA } from '../../model/collections.ts';
import { ORIGINAL_KEY, writeMarkdownFile, writeYamlFile } from '../../lib/editor/text-format.ts';
import { editorCollections, MEDIA_FOLDER, type Field } from '../../lib/editor/config.ts';
import { clearProblems, describe, showProblems } from './problems.ts';
import { recordUploads } from './uploads.ts';
import { t } from '../../i18n/index.ts';

type Data = Record<string, unknown>;

/** One file the save writes. */
export interface Saved {
  path: string;
  text: string;
}

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/** The data as the editor writes it: empty optional fields left out, its own `__sc_…` keys dropped. */
export function asWritten(data: unknown, fields: readonly Field[] | undefined): unknown {
  if (Array.isArray(data)) return data.map((item) => asWritten(item, fields));
  if (!isObject(data)) return data;
  const out: Data = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('__sc_')) continue;
    const field = fields?.find((f) => f.name === key);
    const v = asWritten(value, field?.fields as Field[] | undefined);
    if (field && field.required === false && isBlank(v)) continue;
    out[key] = v;
  }
  return out;
}

const withNewline = (t: string) => `${t.trim()}\n`;

interface EntryJs {
  collection: string;
  slug: string;
  path: string;
  data: Data;
  i18n?: Record<string, { data: Data }>;
}

const collections = editorCollections() as unknown as { name: string; fields?: Field[]; files?: { name: string; file: string; fields: Field[] }[] }[];

/** The fields of the entry's collection (or of its file, in a collection of files). */
const fieldsOf = (entry: Pick<EntryJs, 'collection' | 'slug' | 'path'>): Field[] | undefined => {
  const collection = collections.find((c) => c.name === entry.collection);
  if (collection?.fields) return collection.fields;
  const files = collection?.files ?? [];
  return (files.find((f) => f.name === entry.slug || f.file === entry.path) ?? (files.length === 1 ? files[0] : undefined))?.fields;
};

/** A file field's value: where the file is (`folder`, repo-relative), its name, and the value's place in the data. */
export interface FileValue {
  folder: string;
  name: string;
  keyPath: (string | number)[];
}

/**
 * Every value of a file field in `data` (e.g. `documents.*.file`, an official text in sources/).
 * Sveltia writes the bare name of a file uploaded anew, but `/name` when the file chosen is one it
 * already has (the same text uploaded again): `name` is the bare name either way.
 */
export function fileValues(data: unknown, fields: readonly Field[] | undefined, keyPath: (string | number)[] = []): FileValue[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => fileValues(item, fields, [...keyPath, i]));
  if (!isObject(data) || !fields) return [];
  return fields.flatMap((field) => {
    const value = data[field.name];
    const at = [...keyPath, field.name];
    if (field.widget === 'file' && typeof value === 'string' && value) {
      const folder = String(field.media_folder ?? MEDIA_FOLDER).replace(/^\/+/, '');
      return [{ folder, name: value.replace(/^\/+/, ''), keyPath: at }];
    }
    return field.fields ? fileValues(value, field.fields as Field[], at) : [];
  });
}

/** The files a save writes, from the entry Sveltia hands to `preSave`. */
export function savedFiles(entry: EntryJs): Saved[] {
  const byLocale: Record<string, Data> = { [LANGS[0]]: entry.data };
  for (const [locale, { data }] of Object.entries(entry.i18n ?? {})) byLocale[locale] = data;
  const collection = collections.find((c) => c.name === entry.collection);
  const markdown = MARKDOWN_COLLECTIONS.find((c) => c.name === entry.collection);
  if (markdown) {
    return LANGS.filter((l) => byLocale[l]).map((locale) => ({
      path: `content/${locale}/${markdown.folder}/${entry.slug}.md`,
      text: withNewline(writeMarkdownFile(asWritten(byLocale[locale], collection?.fields) as Data)),
    }));
  }
  const localized = LOCALIZED_DATA.find((d) => d.name === entry.collection);
  if (localized) {
    const fields = collection?.files?.[0]?.fields;
    return LANGS.filter((l) => byLocale[l]).map((locale) => ({
      path: `content/${locale}/${localized.file}`,
      text: withNewline(writeYamlFile(asWritten(byLocale[locale], fields) as Data)),
    }));
  }
  const file = collection?.files?.find((f) => f.name === entry.slug || f.file === entry.path);
  const neutral = NEUTRAL_DATA.find((d) => d.path === file?.file);
  if (!file || !neutral) return [];
  return [{ path: neutral.path, text: withNewline(writeYamlFile(asWritten(entry.data, file.fields) as Data)) }];
}

/**
 * The problems and warnings of the files a save writes, on the content as it will be after it. A
 * warning concerns the save when it is about a saved file or names one (a glossary alias that a saved
 * text uses); it never refuses the save.
 */
export function checkSave(base: ReadonlyMap<string, string>, publicFiles: ReadonlySet<string>, saved: readonly Saved[]): { problems: Problem[]; warnings: Problem[] } {
  const after = new Map(base);
  for (const s of saved) after.set(s.path, s.text);
  const paths = new Set(saved.map((s) => s.path));
  // `previous`: the files before this save, so that a page changed without a change note is refused.
  const { problems, warnings } = checkContent(after, { publicFiles, previous: base });
  return {
    problems: problems.filter((p) => paths.has(p.file)),
    warnings: warnings.filter((w) => paths.has(w.file) || (w.related !== undefined && paths.has(w.related))),
  };
}

/** The problems of the files a save writes, on the content as it will be after it. */
export const problemsOfSave = (base: ReadonlyMap<string, string>, publicFiles: ReadonlySet<string>, saved: readonly Saved[]): Problem[] =>
  checkSave(base, publicFiles, saved).problems;

interface ImmutableEntry {
  toJS(): unknown;
  setIn(keyPath: (string | number)[], value: unknown): ImmutableEntry;
}

interface Cms {
  registerEventListener(listener: { name: string; handler: (args: { entry: ImmutableEntry }) => unknown }): void;
}

/** The data of each language of an entry, with its place in the entry (`['data']`, `['i18n', 'en', 'data']`). */
const localesOf = (js: EntryJs): [string, Data, string[]][] => [
  [LANGS[0], js.data, ['data']],
  ...Object.entries(js.i18n ?? {}).map(([l, v]): [string, Data, string[]] => [l, v.data, ['i18n', l, 'data']]),
];

/** Register the checks with the editor. `snapshotUrl`: the build's admin/files.json. */
export function checkBeforeSaving(CMS: Cms, snapshotUrl: string): void {
  let snapshot: Promise<{ files: Record<string, string>; publicFiles: string[] }> | undefined;
  /** What was saved in this browser since the page was opened. */
  const session = new Map<string, string>();
  const uploads = recordUploads();
  addEventListener('hashchange', clearProblems);
  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      clearProblems();
      snapshot ??= fetch(snapshotUrl).then((r) => r.json());
      const { files, publicFiles } = await snapshot;
      let js = entry.toJS() as EntryJs;
      const base = new Map([...Object.entries(files), ...session]);
      const names = new Set(publicFiles);
      // Files the entry names: the bare name is written (see fileValues), and a file uploaded with
      // this save is checked as it will be written.
      let written = entry;
      for (const [, data, at] of localesOf(js)) {
        for (const { folder, name, keyPath } of fileValues(data, fieldsOf(js))) {
          const value = keyPath.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], data);
          if (value !== name) written = written.setIn([...at, ...keyPath], name);
          const upload = uploads.get(name);
          if (!upload) continue;
          if (folder.startsWith('public/')) names.add(`${folder.slice('public/'.length)}/${name}`);
          else base.set(`${folder}/${name}`, await upload.text());
        }
      }
      if (written !== entry) js = written.toJS() as EntryJs;
      const saved = savedFiles(js);
      // The editor's own copy of the entry's files is the freshest: it replaces the build's.
      for (const [locale, data] of localesOf(js)) {
        const original = data[ORIGINAL_KEY];
        const path = saved.find((s) => s.path.startsWith(`content/${locale}/`))?.path ?? (saved.length === 1 ? saved[0]!.path : undefined);
        if (typeof original === 'string' && path) base.set(path, withNewline(original));
      }
      const { problems, warnings } = checkSave(base, names, saved);
      if (problems.length) {
        showProblems(problems);
        const refused = problems.length === 1 ? 'admin.saveRefused.one' : 'admin.saveRefused.other';
        const summary =
          `${t('zh', refused, { n: problems.length })}\n${t('en', refused, { n: problems.length })}\n\n` +
          problems.map(describe).join('\n\n');
        throw new Error('saving_failed', { cause: new Error(summary) });
      }
      // Warnings are shown beside the fields they concern; the save goes ahead.
      if (warnings.length) showProblems(warnings.map((w) => ({ ...w, warning: true })));
      for (const s of saved) session.set(s.path, s.text);
      // Official texts uploaded with this save (a new one, or a corrected copy under the same name).
      for (const [path, text] of base) if (path.startsWith('sources/') && files[path] !== text) session.set(path, text);
      uploads.clear();
      // The entry as it is written (file names made bare), when that differs from what the editor holds.
      return written === entry ? undefined : written;
    },
  });
}
