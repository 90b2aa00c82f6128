/**
 * Statements the site makes about its own content — which parts are only summaries, how many
 * targets, parts and tasks there are, which months Table 1 covers — built from the content's
 * `status` fields and data files, never typed into the interface strings. The i18n strings hold
 * the sentence with {placeholders}; this module fills them. Pure TS (unit-tested; no Astro imports).
 */
import type { Lang } from './schemas.ts';
import { chineseNumeral, enMonth } from './format.ts';
import { listSep } from '../i18n/lang.ts';
import { t } from '../i18n/index.ts';

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A count as running text writes it: zh 一…十 then 11, 12…; en one…nine then 10, 11… (docs/style-guide.en.md §5). */
export function countWord(lang: Lang, n: number): string {
  if (lang === 'zh' && n >= 0 && n <= 10) return chineseNumeral(n);
  if (lang === 'en' && n >= 0 && n <= 9) return EN_WORDS[n]!;
  return String(n);
}

/** A list of words: zh 甲、乙、丙; en A, B and C. */
export function joinList(lang: Lang, items: string[]): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(listSep(lang))}${t(lang, 'list.lastSep')}${items.at(-1)}`;
}

/** A month YYYY-MM as running text: 2020年7月 / July 2020. */
export function monthText(lang: Lang, ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  return t(lang, 'date.month', { y, m, month: enMonth(m) });
}

export interface Status {
  number: number;
  status: 'summary' | 'full';
}

/** A part's number as running text writes it: zh 一, 二…; en 1, 2… */
const partNumber = (lang: Lang, n: number): string => (lang === 'zh' ? chineseNumeral(n) : String(n));

/** Parts as a phrase: 第一、第二、第五部分 / Parts 1, 2 and 5 of the plan (zh has 规划 in its sentence). */
export function partsPhrase(lang: Lang, numbers: number[]): string {
  return t(lang, 'phrase.ofPlan', { parts: partsBare(lang, numbers) });
}

/** Parts as a phrase without "of the plan": 第一、第二、第五部分 / Parts 1, 2 and 5. */
function partsBare(lang: Lang, numbers: number[]): string {
  // Three or more consecutive parts: 第一至第五部分 / Parts 1 to 5.
  const run = numbers.length >= 3 && numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1);
  if (run) return t(lang, 'phrase.partsRun', { from: partNumber(lang, numbers[0]!), to: partNumber(lang, numbers.at(-1)!) });
  const list = joinList(lang, numbers.map((n) => t(lang, 'phrase.partOrdinal', { n: partNumber(lang, n) })));
  return t(lang, numbers.length === 1 ? 'phrase.part' : 'phrase.parts', { list });
}

/** Tasks as a phrase: all of them → 六项主要任务 / the six main tasks; some → 主要任务一、三 / Main Tasks 1 and 3. */
export function tasksPhrase(lang: Lang, numbers: number[], total: number): string {
  if (numbers.length === total && total > 1) return t(lang, 'phrase.allTasks', { n: countWord(lang, total) });
  return t(lang, numbers.length === 1 ? 'phrase.task' : 'phrase.tasks', { list: joinList(lang, numbers.map((n) => partNumber(lang, n))) });
}

/**
 * What is still only a summary, as one phrase (第一、第二、第五部分及六项主要任务 /
 * Parts 1, 2 and 5 of the plan and the six main tasks), or undefined when everything is full text.
 */
export function summaryItems(lang: Lang, chapters: Status[], tasks: Status[]): string | undefined {
  const summary = (xs: Status[]) => xs.filter((x) => x.status === 'summary').map((x) => x.number).sort((a, b) => a - b);
  const parts = summary(chapters);
  const ts = summary(tasks);
  const phrases = [
    ...(parts.length ? [partsPhrase(lang, parts)] : []),
    ...(ts.length ? [tasksPhrase(lang, ts, tasks.length)] : []),
  ];
  if (!phrases.length) return undefined;
  return phrases.join(t(lang, 'phrase.and'));
}

export interface ContentFacts {
  chapters: Status[];
  tasks: (Status & { chapter: number })[];
  /** Number of indicators in content/data/targets.yaml, and of their groups. */
  indicators: number;
  groups: number;
  /** First and last month of Table 1 (YYYY-MM). */
  surveyFrom: string;
  surveyTo: string;
}

/** The {placeholders} the interface strings may use, in one language. */
export function statementVars(lang: Lang, facts: ContentFacts): Record<string, string> {
  const taskChapters = [...new Set(facts.tasks.map((t) => t.chapter))].sort((a, b) => a - b);
  return {
    indicators: String(facts.indicators),
    groups: countWord(lang, facts.groups),
    parts: countWord(lang, facts.chapters.length),
    tasks: countWord(lang, facts.tasks.length),
    tasksPart: partsBare(lang, taskChapters),
    surveyFrom: monthText(lang, facts.surveyFrom),
    surveyTo: monthText(lang, facts.surveyTo),
    summaryItems: summaryItems(lang, facts.chapters, facts.tasks) ?? '',
  };
}
