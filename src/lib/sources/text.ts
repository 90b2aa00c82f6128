/**
 * Official source texts (sources/*.txt): splitting a text into its sections, and the comparison
 * rules the provenance check uses. Pure functions, no file access.
 *
 * Comparison rules (documented in docs/editing-guide.*.md):
 *  - whitespace (spaces, tabs, line breaks, full-width spaces) is ignored entirely;
 *  - full-width and half-width forms of the same character are the same, e.g. ，and , — ；and ; —
 *    （ and ( — ３ and 3 (Unicode NFKC, with the punctuation shown in its Chinese form);
 *  - every other character, punctuation included (“ ” 、 。), must be as in the source.
 */

/** A line that starts a section: 一、… / 第一部分 … / 第一章 … / 表1 … */
export const SECTION_HEADING = /^(?:第[一二三四五六七八九十百]+[部分章节]|[一二三四五六七八九十]+、|表\s*\d+)/;

export interface SourceLine {
  text: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface SourceSection {
  /** Anchor on the readable copy: `preamble`, `section-1`, `section-2` … */
  id: string;
  /** The heading line exactly as the text writes it (trimmed); undefined for the preamble. */
  heading?: string;
  lines: SourceLine[];
}

export interface SourceText {
  /** The first non-empty line: the document's own title. */
  title: string;
  sections: SourceSection[];
}

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）', '!': '！', '?': '？' };

/** Text as compared: NFKC (full-width letters and digits become ASCII), Chinese punctuation kept full-width, no whitespace. */
export const normalize = (s: string): string =>
  s
    .normalize('NFKC')
    .replace(/[,;:()!?]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(/\s+/gu, '');

/** Split a source text into its preamble and headed sections; blank lines are dropped. */
export function parseSourceText(raw: string): SourceText {
  const lines = raw.replace(/^\uFEFF/, '').split(/\r?\n/).map((text, i) => ({ text: text.trim(), line: i + 1 }));
  const nonEmpty = lines.filter((l) => l.text);
  const title = nonEmpty[0]?.text ?? '';
  const sections: SourceSection[] = [{ id: 'preamble', lines: [] }];
  for (const l of nonEmpty.slice(1)) {
    if (SECTION_HEADING.test(l.text)) sections.push({ id: `section-${sections.length}`, heading: l.text, lines: [] });
    else sections.at(-1)!.lines.push(l);
  }
  return { title, sections: sections.filter((s) => s.heading || s.lines.length) };
}

/** Find a section by its heading; headings compare by the comparison rules above. */
export function findSection(text: SourceText, heading: string): SourceSection | undefined {
  const want = normalize(heading);
  return text.sections.find((s) => s.heading !== undefined && normalize(s.heading) === want);
}

/** The comparable text of a section, or of the whole document (title included) when no section is given. */
export function comparable(text: SourceText, section?: SourceSection): string {
  // Many entries cite one section: each section's text is made once (texts and sections are never changed once parsed).
  const key = section ?? text;
  let out = comparableMemo.get(key);
  if (out === undefined) {
    const parts = section ? [section.heading ?? '', ...section.lines.map((l) => l.text)] : [text.title, ...text.sections.flatMap((s) => [s.heading ?? '', ...s.lines.map((l) => l.text)])];
    comparableMemo.set(key, (out = normalize(parts.join(''))));
  }
  return out;
}
const comparableMemo = new WeakMap<SourceText | SourceSection, string>();

export interface Difference {
  /** Characters of the passage that match the source before the first difference. */
  matched: number;
  /** A few characters of the source at the first difference (empty when the passage matches nowhere). */
  source: string;
  /** The same stretch of the passage. */
  passage: string;
  /** A few characters before the difference, common to both. */
  before: string;
}

/**
 * Where a passage first departs from the source: the longest beginning of the passage that the
 * source contains, and what follows it on each side. Undefined when the whole passage is found.
 */
export function firstDifference(passage: string, source: string): Difference | undefined {
  const p = normalize(passage);
  if (!p || source.includes(p)) return undefined;
  // The longest prefix found in the source (a prefix of a found prefix is found: binary search).
  let lo = 0;
  let hi = p.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (source.includes(p.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const span = 12;
  if (lo < 2) return { matched: 0, source: '', passage: p.slice(0, span), before: '' };
  const at = source.indexOf(p.slice(0, lo)) + lo;
  return { matched: lo, source: source.slice(at, at + span), passage: p.slice(lo, lo + span), before: p.slice(Math.max(0, lo - 8), lo) };
}

/** Arabic-numeral figures of a text, as canonical strings ("3.30" → "3.3", "3,500" → "3500"). */
export function arabicFigures(s: string): string[] {
  const t = s.normalize('NFKC').replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  return (t.match(/\d+(?:\.\d+)?/g) ?? []).map((x) => String(Number(x)));
}
