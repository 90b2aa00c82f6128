/**
 * How the browser editor reads and writes the project's files, so that opening and saving an entry
 * changes nothing but what staff changed: registered with Sveltia CMS as custom file formats
 * (`CMS.registerCustomFormat`, src/client/admin/main.ts).
 *
 * Sveltia's own formats re-serialise a whole file on save (quotes, key order, comments, a blank line
 * after the front matter). These instead keep the text they read (in the entry, under ORIGINAL_KEY,
 * a field no schema has and the editor never shows or writes) and, on save, change in it only the
 * values that differ, through the `yaml` library's Document API: comments, key order, quoting,
 * flow or block style, blank lines and the Markdown text stay byte for byte. Every other line is
 * copied from the text as read (see `keepUnchangedLines`).
 *
 * Sveltia trims a file before it parses it and writes exactly one final newline: files in the
 * repository start with no blank line and end with one `\n` (tests/unit/editor-format.test.ts
 * checks every file).
 *
 * Pure: no DOM, no Node; used in the browser and by the tests.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import { diffArrays } from 'diff';
import { splitFrontMatter } from '../front-matter.ts';

/** Where an entry keeps the text it was read from (never written to a file). */
export const ORIGINAL_KEY = '__planOriginalText';

type Data = Record<string, unknown>;

const isObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Same value as YAML data: numbers, strings, booleans, lists and maps (map key order ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue(a[k], b[k]));
  }
  return false;
}

/**
 * Whether `next` (what the editor hands over) holds the same data as `old` (as read from the file),
 * reading `next` as the file would be written: a `false` for a key the file leaves out is the same
 * (the editor shows an optional yes/no field the file leaves out as "no", and hands over false).
 */
function sameAsFile(old: unknown, next: unknown): boolean {
  if (Array.isArray(old) && Array.isArray(next)) return old.length === next.length && old.every((v, i) => sameAsFile(v, next[i]));
  if (isObject(old) && isObject(next)) {
    const written = Object.fromEntries(Object.entries(next).filter(([k, v]) => !(v === false && !(k in old))));
    const ko = Object.keys(old).filter((k) => old[k] !== undefined);
    const kn = Object.keys(written).filter((k) => written[k] !== undefined);
    return ko.length === kn.length && ko.every((k) => sameAsFile(old[k], written[k]));
  }
  return sameValue(old, next);
}

/**
 * No value: not written. (Empty text is a value, e.g. a unit word ""; the editor itself leaves
 * empty optional fields out: `output.omit_empty_optional_fields`.)
 */
const isEmpty = (v: unknown) => v === undefined || v === null;

const isEmptyCollection = (v: unknown) => (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

/** Drop empty values (the editor's empty optional fields) from a value about to be written. */
function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (isObject(value)) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => [k, withoutEmpty(v)]));
  }
  return value;
}

const toJS = (node: unknown): unknown => (node && typeof (node as Node).toJSON === 'function' ? (node as Node).toJSON() : node);

/**
 * Bring `node` to `next`, changing as little as possible: an equal value keeps its node (and so its
 * text); a map keeps its pairs, removes those `next` lacks and adds new ones after the key that
 * precedes them in `next`; a list keeps the items found unchanged (a diff), edits items changed in
 * place and adds new ones where they appear; a scalar keeps its style (plain, quoted) and takes the
 * new value. Returns the node to use.
 */
function update(doc: Document, node: unknown, next: unknown): unknown {
  if (sameAsFile(toJS(node), next)) return node;
  if (isMap(node) && isObject(next)) {
    // A key the edit left out goes, unless it held an empty list or map: the editor leaves those out
    // as empty, but a file writes `places: []` for "none".
    node.items = node.items.filter((pair) => !isEmpty(next[String(toJS(pair.key))]) || isEmptyCollection(toJS(pair.value)));
    let at = -1;
    for (const [key, value] of Object.entries(next)) {
      if (isEmpty(value)) continue;
      const i = node.items.findIndex((pair) => String(toJS(pair.key)) === key);
      if (i >= 0) {
        node.items[i]!.value = update(doc, node.items[i]!.value, value);
        at = i;
      } else if (value === false) {
        // The editor shows an optional yes/no field the file leaves out as "no", and writes false:
        // the same meaning, so the file keeps leaving it out.
        continue;
      } else {
        node.items.splice(++at, 0, doc.createPair(key, withoutEmpty(value)));
      }
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(next)) {
    const old = node.items;
    const items: unknown[] = [];
    const parts = diffArrays(old.map(toJS), next, { comparator: sameAsFile });
    let i = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      if (!part.added && !part.removed) {
        items.push(...old.slice(i, i + part.count!));
        i += part.count!;
      } else if (part.removed) {
        const added = parts[p + 1]?.added ? parts[++p]! : undefined;
        // Items replaced by as many others: the same items edited, kept in place.
        (added?.value ?? []).forEach((v, j) => items.push(j < part.count! ? update(doc, old[i + j], v) : doc.createNode(withoutEmpty(v))));
        i += part.count!;
      } else {
        items.push(...part.value.map((v) => doc.createNode(withoutEmpty(v))));
      }
    }
    node.items = items;
    return node;
  }
  if (isScalar(node) && !isObject(next) && !Array.isArray(next)) {
    node.value = next;
    return node;
  }
  return doc.createNode(withoutEmpty(next));
}

/** yaml's rendering options that reproduce this project's files (sequence indent detected per file). */
const renderOptions = (indentSeq: boolean) => ({ lineWidth: 0, indentSeq, flowCollectionPadding: true }) as const;

/**
 * `rendered` is the edited document rendered by `yaml`, `base` the unedited one rendered the same
 * way, `original` the text as read. Where `yaml` renders an untouched line differently from the file
 * (e.g. the indentation of a comment), the file's own line is kept: every line that the edit did
 * not change is copied from `original`.
 */
export function keepUnchangedLines(original: string, base: string, rendered: string): string {
  if (base === original) return rendered;
  const baseLines = base.split('\n');
  const originalLines = original.split('\n');
  // Only a line-for-line difference can be mapped back safely.
  if (baseLines.length !== originalLines.length) return rendered;
  const out: string[] = [];
  let b = 0;
  for (const part of diffArrays(baseLines, rendered.split('\n'))) {
    if (part.added) out.push(...part.value);
    else if (part.removed) b += part.count!;
    else {
      out.push(...originalLines.slice(b, b + part.count!));
      b += part.count!;
    }
  }
  return out.join('\n');
}

/** Parse YAML as the content checker does (YAML 1.2 core schema: dates stay text). */
const parseYaml = (text: string) => parseDocument(text, { version: '1.2' });

/** The text of `data` as YAML, editing `original` (YAML text) when there is one. */
export function writeYaml(data: Data, original?: string): string {
  const clean = withoutEmpty(data) as Data;
  if (original === undefined || !original.trim()) return new Document(clean).toString(renderOptions(true));
  // Lists indented under their key (the project's style) unless the file writes them flush.
  const indentSeq = parseYaml(original).toString(renderOptions(true)) === original || parseYaml(original).toString(renderOptions(false)) !== original;
  const base = parseYaml(original).toString(renderOptions(indentSeq));
  const doc = parseYaml(original);
  doc.contents = update(doc, doc.contents, clean) as typeof doc.contents;
  return keepUnchangedLines(original, base, doc.toString(renderOptions(indentSeq)));
}

/** The data of a YAML file, and its text under ORIGINAL_KEY. */
export function readYamlFile(text: string): Data {
  const data = parseYaml(text).toJS() as unknown;
  return { ...(isObject(data) ? data : {}), [ORIGINAL_KEY]: text };
}

/** The text of a YAML file holding `content` (as the editor hands it over). */
export function writeYamlFile(content: Data): string {
  const { [ORIGINAL_KEY]: original, ...data } = content;
  // The editor hands over the text without its final newline; YAML is rendered with one.
  const text = typeof original === 'string' ? original.replace(/\n?$/, '\n') : undefined;
  return writeYaml(data, text);
}

/** Front matter, the Markdown text (`body`) and the file's text. */
export function readMarkdownFile(text: string): Data {
  const fm = splitFrontMatter(text);
  if (!fm) return { body: text, [ORIGINAL_KEY]: text };
  const data = parseYaml(fm.yaml).toJS() as unknown;
  return { ...(isObject(data) ? data : {}), body: fm.body.replace(/^\n/, ''), [ORIGINAL_KEY]: text };
}

/** The text of a Markdown file holding `content`: front matter from its fields, then `body`. */
export function writeMarkdownFile(content: Data): string {
  const { [ORIGINAL_KEY]: original, body = '', ...data } = content;
  const text = typeof body === 'string' ? body : '';
  const fm = typeof original === 'string' ? splitFrontMatter(original) : undefined;
  if (!fm) return `---\n${writeYaml(data)}---\n\n${text}`;
  const rest = fm.body;
  const before = rest.startsWith('\n') ? '\n' : '';
  const oldBody = rest.slice(before.length);
  return `---\n${writeYaml(data, fm.yaml && `${fm.yaml}\n`)}---\n${text === oldBody ? rest : before + text}`;
}
