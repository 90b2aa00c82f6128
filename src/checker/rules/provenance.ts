/**
 * Provenance: every fact comes from an official text kept in sources/ (sources/manifest.yaml).
 *
 *  - Every Chinese Markdown entry declares `source` (document, section, verbatim); English entries
 *    translate their Chinese counterpart and declare none.
 *  - A verbatim entry's headings, paragraphs and table cells are found word for word in the
 *    declared section (rules in src/lib/sources/text.ts); a passage that drifted is reported with
 *    its line and the first difference.
 *  - Every figure of a Chinese entry (verbatim or summary) is found in the declared section.
 *  - Table 1 names (label, places, organisations) and the plan's metadata are found in the source;
 *    a Table 1 name taken from a series that the source opens with a place (与金东区科技局、发改局、经商局座谈)
 *    keeps that place: the series is listed whole, or the name carries the place.
 * The 2025 target figures and Table 1 dates are checked against their source in rules/data-provenance.ts.
 */
import { arabicFigures, comparable, findSection, firstDifference, normalize, type SourceSection } from '../../lib/sources/text.ts';
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { say, type Bilingual } from '../messages.ts';
import { textLeaves } from '../markdown.ts';
import type { Content, Entry, LoadedSource, Problem, Rule, SourceFile } from '../types.ts';
import { ZH_LIST_SEP } from '../../i18n/lang.ts';

/**
 * A source as messages name it: 《title》section in Chinese; in English the document's English short
 * title and the section's English name from sources/manifest.yaml, with the heading as the text writes
 * it (what staff look for in the file): "the Drafting Notes, Section III: Content of the Plan Text (三、文本内容)".
 */
export function citation(doc: LoadedSource, section?: SourceSection): Bilingual {
  const heading = section?.heading;
  const english = heading ? doc.meta.en.sections?.[heading] : undefined;
  const en = `the ${doc.meta.en.shortTitle}${heading ? (english ? `, ${english} (${heading})` : `, section ${heading}`) : ''}`;
  return { zh: `${doc.meta.title.startsWith('《') ? doc.meta.title : `《${doc.meta.title}》`}${heading ?? ''}`, en };
}

export interface Resolved {
  doc: LoadedSource;
  section?: SourceSection;
  /** Comparable text of the section (or document). */
  text: string;
}

type Add = (p: Problem) => void;

/** Resolve a `source` reference, reporting an unknown document or section at `path` in `file`. */
export function resolveRef(ref: { document: string; section?: string }, file: SourceFile, path: string[], docs: Map<string, LoadedSource>, add: Add): Resolved | undefined {
  const doc = docs.get(ref.document);
  if (!doc) {
    add({ file: file.path, line: file.lineOf([...path, 'document']), field: `${path.join('.')}.document`, ...say('unknownDocument', ref.document, [...docs.keys()]) });
    return undefined;
  }
  if (ref.section === undefined) return { doc, text: comparable(doc.text) };
  const section = findSection(doc.text, ref.section);
  if (!section) {
    const headings = doc.text.sections.flatMap((s) => (s.heading ? [s.heading] : []));
    add({ file: file.path, line: file.lineOf([...path, 'section']), field: `${path.join('.')}.section`, ...say('unknownSection', doc.path, ref.section, headings) });
    return undefined;
  }
  return { doc, section, text: comparable(doc.text, section) };
}

interface Checked {
  entry: Entry;
  r: Resolved;
  cite: Bilingual;
  add: Add;
  content: Content;
}

const lineOfBody = (file: SourceFile, l: number) => file.bodyLine + l - 1;

/** A verbatim entry: its title (drafting notes) and every text leaf, word for word. */
function verbatim({ entry, r, cite, add, content }: Checked): void {
  const { file } = entry;
  const title = entry.data.title;
  if (entry.collection === 'notes' && typeof title === 'string' && !r.text.includes(normalize(title))) {
    add({ file: file.path, line: file.lineOf(['title']), field: 'title', ...say('titleNotVerbatim', title, cite) });
  }
  for (const leaf of textLeaves(content.markdown(file.body))) {
    const d = firstDifference(leaf.text, r.text);
    if (!d) continue;
    const text = d.matched ? say('passageDiffers', cite, d.before, d.source, d.passage) : say('passageNotFound', cite, d.passage);
    add({ file: file.path, line: lineOfBody(file, leaf.line), field: 'body', ...text });
  }
}

/** The figures of a source section (or document), once for all the entries that cite it. */
const sectionFigures = new WeakMap<object, Set<string>>();
function figuresOf(r: Resolved): Set<string> {
  const key = r.section ?? r.doc.text;
  let set = sectionFigures.get(key);
  if (!set) sectionFigures.set(key, (set = new Set(arabicFigures(r.text))));
  return set;
}

/** Figures, verbatim or not: every figure of the text and of its text fields is found in the source section. */
function figures({ entry, r, cite, add, content }: Checked): void {
  const { file } = entry;
  const sourceFigures = figuresOf(r);
  const texts = [
    // Link texts name places on the site ([表1](…)), not facts: left out.
    ...textLeaves(content.markdown(file.body), { skipLinks: true }).map((l) => ({ text: l.text, line: lineOfBody(file, l.line), field: 'body' })),
    ...(['title', 'summary', 'shortTitle'] as const).flatMap((f) =>
      typeof entry.data[f] === 'string' ? [{ text: entry.data[f] as string, line: file.lineOf([f]) ?? 1, field: f }] : [],
    ),
  ];
  for (const t of texts) {
    const missing = [...new Set(arabicFigures(t.text).filter((f) => !sourceFigures.has(f)))];
    if (missing.length) add({ file: file.path, line: t.line, field: t.field, ...say('figureNotInSource', missing, cite) });
  }
}

/** Characters that end a series of names in the source (punctuation and the verbs that introduce one). */
const SERIES_START = /[，。；：、（）“”赴与向对和及在]/;
/** A place that qualifies a name: 金东区, 金华市 … (up to four characters, then 区/市/县). */
const PLACE = /^[\u4e00-\u9fff]{1,4}?[区市县]/u;

/**
 * The series a Table 1 name was cut from, losing its place: `name` stands in `text` after 、 in a
 * series whose first name begins with a place the name lacks (发改局 in 金东区科技局、发改局、经商局) —
 * the place applies to every name of the series; `series` runs from its first name to this one. Undefined when one occurrence of the name keeps its
 * place (or has none to keep), or when the series begins with a place itself (经济开发区、东孝街道: a list of places).
 */
export function droppedPlace(text: string, name: string): { place: string; series: string } | undefined {
  let dropped: { place: string; series: string } | undefined;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (text[at - 1] !== ZH_LIST_SEP) return undefined;
    let start = at - 1;
    while (start > 0 && (text[start - 1] === ZH_LIST_SEP || !SERIES_START.test(text[start - 1]!))) start--;
    const first = text.slice(start, text.indexOf(ZH_LIST_SEP, start));
    const place = PLACE.exec(first)?.[0];
    // A series that begins with a place itself (经济开发区、东孝街道) lists places: the first qualifies no other.
    if (!place || name.startsWith(place) || first === place) return undefined;
    dropped = { place, series: text.slice(start, at + name.length) };
  }
  return dropped;
}

/**
 * A Table 1 period's own row in its source section: from its label (2021年1月) to the next period's
 * label there, or the section's end. A name must stand in its own period's row, not in another's.
 */
function periodRow(text: string, entry: Entry, content: Content, cite: Bilingual): { text: string; cite: Bilingual } {
  const label = normalize(String(entry.data.label));
  const at = text.indexOf(label);
  if (at < 0) return { text, cite };
  const next = content.entries.survey
    .filter((e) => e.lang === 'zh' && e !== entry)
    .map((e) => text.indexOf(normalize(String(e.data.label)), at + label.length))
    .filter((i) => i > at);
  const en = content.entries.survey.find((e) => e.lang === 'en' && e.name === entry.name)?.data.label;
  return { text: text.slice(at, Math.min(text.length, ...next)), cite: { en: `${cite.en}, the row for ${String(en ?? entry.data.label)}`, zh: `${cite.zh}（${String(entry.data.label)}一行）` } };
}

/** Names in Table 1 rows (each in its own period's row) and in the plan's metadata block are written as the source writes them. */
function names({ entry, r, cite, add, content }: Checked): void {
  const found: { value: string; path: (string | number)[] }[] = [];
  if (entry.collection === 'survey') {
    found.push({ value: String(entry.data.label), path: ['label'] });
    for (const key of ['places', 'organisations'] as const) (entry.data[key] as string[]).forEach((value, i) => found.push({ value, path: [key, i] }));
  }
  if (entry.collection === 'plan') {
    const meta = (entry.data.document ?? {}) as Record<string, unknown>;
    for (const key of ['publisher', 'commissionedBy', 'draftedBy', 'stage']) if (typeof meta[key] === 'string') found.push({ value: meta[key] as string, path: ['document', key] });
  }
  const row = entry.collection === 'survey' ? periodRow(r.text, entry, content, cite) : undefined;
  const whole = entry.collection === 'plan' ? comparable(r.doc.text) : (row?.text ?? r.text);
  const where = entry.collection === 'plan' ? citation(r.doc) : (row?.cite ?? cite);
  for (const n of found) {
    const at = { file: entry.file.path, line: entry.file.lineOf(n.path), field: n.path.join('.') };
    if (!whole.includes(normalize(n.value))) add({ ...at, ...say('nameNotInSource', n.value, where) });
    else if (n.path[0] !== 'label' && entry.collection === 'survey') {
      const place = droppedPlace(whole, normalize(n.value));
      if (place) add({ ...at, ...say('nameDropsPlace', n.value, place.place, place.series, where) });
    }
  }
}

function checkEntry(entry: Entry, content: Content, add: Add): void {
  const { file } = entry;
  const ref = entry.data.source as { document: string; section?: string; verbatim: boolean } | undefined;
  if (entry.lang !== 'zh') {
    if (ref) add({ file: file.path, line: file.lineOf(['source']), field: 'source', ...say('sourceInEnglish', file.path.replace(/^content\/en\//, 'content/zh/')) });
    return;
  }
  if (!ref) {
    add({ file: file.path, line: 1, field: 'source', ...say('sourceMissing') });
    return;
  }
  const r = resolveRef(ref, file, ['source'], content.sources, add);
  if (!r) return;
  const checked: Checked = { entry, r, cite: citation(r.doc, r.section), add, content };
  if (ref.verbatim) verbatim(checked);
  figures(checked);
  names(checked);
}

function check(content: Content): Problem[] {
  if (!content.manifest) return [];
  const problems: Problem[] = [];
  for (const list of Object.values(content.entries)) for (const entry of list) checkEntry(entry, content, (p) => problems.push(p));
  return problems;
}

export const provenanceRule: Rule = { name: 'provenance', needs: [...MARKDOWN_COLLECTIONS.map((c) => c.name), 'sources', 'sourceTexts'], check };
