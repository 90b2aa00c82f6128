/**
 * Reading back what the built site says about its own content, independently of src/lib/statements.ts
 * (the code that writes it): which parts and main tasks a sentence names, and whether a text is an
 * interface string with its {placeholders} filled. Tests compare that with the content's own fields,
 * so neither the expectation nor the reading is made by the code under test.
 */
import { t, type UiKey } from '../../src/i18n/index.ts';

type Lang = 'zh' | 'en';
const ZH_DIGITS = '零一二三四五六七八九';
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** 一 → 1, 十 → 10, 十二 → 12, 二十三 → 23 (what the site writes for parts and tasks). */
export function fromChinese(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  const at = s.indexOf('十');
  if (at < 0) return ZH_DIGITS.indexOf(s);
  const tens = at === 0 ? 1 : ZH_DIGITS.indexOf(s.slice(0, at));
  const ones = at === s.length - 1 ? 0 : ZH_DIGITS.indexOf(s.slice(at + 1));
  return tens * 10 + ones;
}

/** A count word of running text: 六 / six / 14. */
export const countFromWord = (lang: Lang, w: string): number => (lang === 'zh' ? fromChinese(w) : /^\d+$/.test(w) ? Number(w) : EN_WORDS.indexOf(w.toLowerCase()));

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** "1, 2 and 5" → [1, 2, 5]; "2 to 4" → [2, 3, 4]. */
function englishNumbers(list: string): number[] {
  const r = /^(\d+) to (\d+)$/.exec(list.trim());
  if (r) return range(Number(r[1]), Number(r[2]));
  return list.split(/,\s*|\s+and\s+/).map((x) => Number(x.trim()));
}

/** "一、第二、第五" → [1, 2, 5]; "一至第五" → [1 … 5]. */
function chineseNumbers(list: string): number[] {
  const r = /^(.+)至第(.+)$/.exec(list);
  if (r) return range(fromChinese(r[1]!), fromChinese(r[2]!));
  return list.split(/、第?/).map(fromChinese);
}

export interface Named {
  /** Part numbers the sentence names. */
  parts: number[];
  /** Main-task numbers it names, or the count when it says "the N main tasks" (all of them). */
  tasks: number[] | { all: number };
}

/** The parts and main tasks a sentence of the site names (e.g. the accessibility statement's summary item). */
export function namedItems(lang: Lang, text: string): Named {
  if (lang === 'zh') {
    const parts = /第([一二三四五六七八九十、第至]+)部分/.exec(text);
    const all = /([一二三四五六七八九十\d]+)项主要任务/.exec(text);
    const some = /主要任务([一二三四五六七八九十、]+)/.exec(text);
    return { parts: parts ? chineseNumbers(parts[1]!) : [], tasks: all ? { all: fromChinese(all[1]!) } : some ? chineseNumbers(some[1]!) : [] };
  }
  const parts = /\bParts? ([\d, ]+(?:(?:and|to) \d+)?) of the plan/.exec(text);
  const all = /\bthe (\w+) main tasks\b/.exec(text);
  const some = /\bMain Tasks? ([\d, ]+(?:and \d+)?)/.exec(text);
  return { parts: parts ? englishNumbers(parts[1]!) : [], tasks: all ? { all: countFromWord('en', all[1]!) } : some ? englishNumbers(some[1]!) : [] };
}

/** What a sentence should name for these statuses: the summaries, and "all N" when every one of several tasks is. */
export function expectedNamed(chapters: { number: number; status: string }[], tasks: { number: number; status: string }[]): Named {
  const summary = (xs: { number: number; status: string }[]) => xs.filter((x) => x.status === 'summary').map((x) => x.number).sort((a, b) => a - b);
  const ts = summary(tasks);
  return { parts: summary(chapters), tasks: ts.length === tasks.length && tasks.length > 1 ? { all: tasks.length } : ts };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A pattern for interface string `key` as a page shows it: its wording (read with t(), never typed
 * into a test), with the placeholders in `known` filled and any other placeholder standing for some text.
 */
export function uiPattern(lang: Lang, key: UiKey, known: Record<string, string> = {}): RegExp {
  const raw = t(lang, key);
  const parts = raw.split(/(\{\w+\})/);
  return new RegExp(
    parts
      .map((p) => {
        const name = /^\{(\w+)\}$/.exec(p)?.[1];
        if (!name) return escape(p);
        return name in known ? escape(known[name]!) : '.+?';
      })
      .join(''),
  );
}
