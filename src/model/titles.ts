/** Labels built from UI strings and numbers: 第三部分 / Part 3, 主要任务三 / Main Task 3. */
import { COMPARISONS, type Comparison, type Lang } from '../lib/schemas.ts';
import { chineseNumeral } from '../lib/format.ts';
import { t } from '../i18n/index.ts';

const numeral = (lang: Lang, n: number) => (lang === 'zh' ? chineseNumeral(n) : String(n));
export const partLabel = (lang: Lang, n: number) => t(lang, 'chapter.part', { n: numeral(lang, n) });
export const taskLabel = (lang: Lang, n: number) => t(lang, 'task.number', { n: numeral(lang, n) });

/** The phrase template for each target comparison (e.g. at-least → "{v}以上" / "at least {v}"). */
export const comparisonTemplates = (lang: Lang): Record<Comparison, string> =>
  Object.fromEntries(COMPARISONS.map((c) => [c, t(lang, `comparison.${c}`)])) as Record<Comparison, string>;

/** "第三部分　标题" / "Part 3: Title" */
export const partTitle = (lang: Lang, n: number, title: string) => `${partLabel(lang, n)}${t(lang, 'label.sep')}${title}`;
/** "主要任务二　标题" / "Main Task 2: Title" */
export const taskTitle = (lang: Lang, n: number, title: string) => `${taskLabel(lang, n)}${t(lang, 'label.sep')}${title}`;

/**
 * Shorter forms of a Part's title for the browser tab, used when "Part 1: title" is too long: its
 * short title ("Part 1: Review of the 13th Five-Year Plan Period"), when the chapter has one, then
 * "Part 1" (src/lib/page-title.ts).
 */
export const chapterTabTitles = (lang: Lang, chapter: { number: number; shortTitle?: string | undefined }): string[] => [
  ...(chapter.shortTitle ? [partTitle(lang, chapter.number, chapter.shortTitle)] : []),
  partLabel(lang, chapter.number),
];

/** An official text's bare label for the browser tab: "来源：《起草说明》" / "Source: Drafting Notes". */
export const sourceTabTitle = (lang: Lang, shortTitle: string) => `${t(lang, 'source.label')}${shortTitle}`;
