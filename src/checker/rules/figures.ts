/**
 * Cross-language figures: the figures (numbers, percentages, years, dates) of each Chinese
 * paragraph must be found in its English paragraph, and the English may state no figure the
 * Chinese does not. A figure corrected in one language only is therefore rejected.
 *
 * What counts (docs/style-guide.en.md, docs/editing-guide.*.md):
 *  - Chinese: every Arabic numeral (3.3, 2025, 7月29日 → 7 and 29). For the reverse direction,
 *    Chinese numerals also count (十四五 → 14, 第三部分 → 3, 二〇三五 → 2035), since the English
 *    writes them as figures.
 *  - The text of links is left out (a figure in [表1](…) names a place on the site).
 *  - English: every Arabic numeral (thousands separators ignored: 3,500 = 3500; 14th → 14),
 *    month names (June → 6), and the number words one to ten, and twice (→ 2), which the style
 *    guide prefers for small counts.
 */
import { arabicFigures } from '../../lib/sources/text.ts';
import { MARKDOWN_COLLECTIONS } from '../../model/collections.ts';
import { topBlocks } from '../markdown.ts';
import { say } from '../messages.ts';
import type { Content, Entry, Problem, Rule } from '../types.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twice: 2 };

/** The words of an English text that state a figure: a month or a number word, as a whole word. */
const FIGURE_WORDS = new RegExp(`\\b(${[...MONTHS, ...Object.keys(WORDS)].join('|')})\\b`, 'g');

/** The figures an English text states in words (month names, number words: see above). */
function wordFigures(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(FIGURE_WORDS)) {
    const w = m[1]!;
    const month = MONTHS.indexOf(w);
    // "May" is also a verb: a month only when a day or a year stands next to it.
    if (month >= 0 && (w !== 'may' || /\d\s*$/.test(text.slice(0, m.index)) || /^\s*\d/.test(text.slice(m.index! + w.length)))) out.push(String(month + 1));
    else if (w in WORDS) out.push(String(WORDS[w]));
  }
  return out;
}

/** Figures of an English text (see above). */
export function englishFigures(text: string, arabic = arabicFigures(text)): string[] {
  return [...arabic, ...wordFigures(text)];
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** The value of a Chinese numeral such as 十四, 二百五十, 二〇三五; NaN when it is not one. */
export function chineseNumeral(s: string): number {
  if (!s) return NaN;
  if (/^[〇零一二三四五六七八九]{2,}$/.test(s) && /〇/.test(s)) return Number([...s].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  let pending = false;
  for (const c of s) {
    if (c === '零') {
      pending = false; // 一百零五: 零 only holds a place
      continue;
    }
    if (c in DIGIT) {
      // Two digits in a row without a unit (十四五) is not one numeral.
      if (pending) return NaN;
      digit = DIGIT[c]!;
      pending = true;
      continue;
    }
    pending = false;
    if (c === '万') {
      total += (section + digit || 1) * 10000;
      section = 0;
      digit = 0;
    } else if (c in UNIT) {
      section += (digit || 1) * UNIT[c]!;
      digit = 0;
    } else return NaN;
  }
  return total + section + digit;
}

/** Values the Chinese numerals of a text can stand for (every beginning of every run: 十四五 → 10, 14, …). */
export function chineseNumeralValues(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[〇零一二两三四五六七八九十百千万]+/g)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) for (let j = i + 1; j <= run.length; j++) {
      const v = chineseNumeral(run.slice(i, j));
      if (Number.isFinite(v)) out.push(String(v));
    }
  }
  return out;
}

export interface FigureMismatch {
  /** Figures of the Chinese text that the English does not state. */
  missingInEnglish: string[];
  /** Figures of the English text that the Chinese does not state. */
  extraInEnglish: string[];
}

/** Compare the figures of a Chinese text and its English translation; undefined when they agree. */
export function compareFigures(zh: string, en: string): FigureMismatch | undefined {
  const enArabic = arabicFigures(en);
  const enSet = new Set(englishFigures(en, enArabic));
  const zhArabic = arabicFigures(zh);
  const zhAll = new Set([...zhArabic, ...chineseNumeralValues(zh)]);
  const missingInEnglish = [...new Set(zhArabic.filter((f) => !enSet.has(f)))];
  const extraInEnglish = [...new Set(enArabic.filter((f) => !zhAll.has(f)))];
  return missingInEnglish.length || extraInEnglish.length ? { missingInEnglish, extraInEnglish } : undefined;
}


interface Pair {
  zh: string;
  en: string;
  zhLine: number;
  enLine: number;
  field: string;
}

/** The texts of an entry and its translation that must state the same figures: text fields, then blocks in order. */
function pairs(zh: Entry, en: Entry, content: Content): Pair[] {
  const out: Pair[] = [];
  for (const f of ['title', 'summary', 'shortTitle', 'label']) {
    if (typeof zh.data[f] === 'string' && typeof en.data[f] === 'string') {
      out.push({ zh: zh.data[f] as string, en: en.data[f] as string, zhLine: zh.file.lineOf([f]) ?? 1, enLine: en.file.lineOf([f]) ?? 1, field: f });
    }
  }
  const zb = topBlocks(content.markdown(zh.file.body), { skipLinks: true });
  const eb = topBlocks(content.markdown(en.file.body), { skipLinks: true });
  if (zb.length === eb.length) {
    zb.forEach((b, i) => out.push({ zh: b.text, en: eb[i]!.text, zhLine: zh.file.bodyLine + b.line - 1, enLine: en.file.bodyLine + eb[i]!.line - 1, field: 'body' }));
  }
  return out;
}

/**
 * Every Chinese entry against its English counterpart: front-matter texts field by field, and the
 * text block by block (headings, paragraphs, lists, tables pair up in order; when they do not line
 * up, rules/alignment.ts reports it and this rule stays silent).
 */
function check(content: Content): Problem[] {
  const problems: Problem[] = [];
  for (const list of Object.values(content.entries)) {
    // The first English entry of each name (as a search of the list in order finds it).
    const english = new Map<string, Entry>();
    for (const e of list) if (e.lang === 'en' && !english.has(e.name)) english.set(e.name, e);
    for (const zh of list.filter((e) => e.lang === 'zh')) {
      const en = english.get(zh.name);
      if (!en) continue;
      for (const p of pairs(zh, en, content)) {
        const m = compareFigures(p.zh, p.en);
        if (m) problems.push({ file: en.file.path, line: p.enLine, field: p.field, ...say('figuresDiffer', `${zh.file.path}:${p.zhLine}`, m.missingInEnglish, m.extraInEnglish) });
      }
    }
  }
  return problems;
}

export const figuresRule: Rule = { name: 'figures', needs: MARKDOWN_COLLECTIONS.map((c) => c.name), check };
