/**
 * The facts of a project's content (statuses, counts, Table 1 months), read straight from its
 * files — so tests compare the built site with the content, never with figures typed into the test.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { ContentFacts } from '../../src/lib/statements.ts';
import { editMarkdown, readMarkdown } from './content-edit.ts';

/** The front matter of a Markdown file, parsed. */
export const frontMatter = (file: string): Record<string, unknown> => readMarkdown(file).data;

/** Change one front-matter field of a Markdown file, as a YAML edit (comments and order kept). */
export const setFrontMatter = (file: string, field: string, value: unknown): void => editMarkdown(file, { data: (doc) => doc.set(field, value) });

const mdFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.md')).sort();

export interface TargetsData {
  groups: { id: string; indicators: { id: string }[] }[];
}
export const targetsData = (root = '.') => parse(readFileSync(join(root, 'content/data/targets.yaml'), 'utf8'), { schema: 'core' }) as TargetsData;
export const indicatorIds = (root = '.') => targetsData(root).groups.flatMap((g) => g.indicators.map((i) => i.id));

export function readFacts(root = '.'): ContentFacts {
  const chapters = mdFiles(join(root, 'content/zh/chapters')).map((f) => frontMatter(join(root, 'content/zh/chapters', f)));
  const tasks = mdFiles(join(root, 'content/zh/tasks')).map((f) => frontMatter(join(root, 'content/zh/tasks', f)));
  const survey = parse(readFileSync(join(root, 'content/data/survey.yaml'), 'utf8'), { schema: 'core' }) as { periods: { start: string; end: string }[] };
  const targets = targetsData(root);
  return {
    chapters: chapters.map((c) => ({ number: c.number as number, status: c.status as 'summary' | 'full' })),
    tasks: tasks.map((x) => ({ number: x.number as number, status: x.status as 'summary' | 'full', chapter: x.chapter as number })),
    indicators: targets.groups.reduce((n, g) => n + g.indicators.length, 0),
    groups: targets.groups.length,
    surveyFrom: survey.periods.map((p) => String(p.start)).sort()[0]!.slice(0, 7),
    surveyTo: survey.periods.map((p) => String(p.end)).sort().at(-1)!.slice(0, 7),
  };
}

/** A Part for tests that need any Part page: the first, by number. */
export const firstPart = (root = '.'): number => Math.min(...readFacts(root).chapters.map((c) => c.number));

/** The Part whose page lists the main tasks (the tasks' `chapter`). */
export const tasksPart = (root = '.'): number => readFacts(root).tasks[0]!.chapter;

/**
 * The first drafting-notes section with an anchor: its anchor and, per language, the start of its
 * first paragraph as the reader sees it (paragraph anchors are `<anchor>-p1`, `-p2` …).
 */
export function firstNotesSection(root = '.'): { anchor: string; opening: (lang: 'zh' | 'en') => string } {
  const dir = (lang: string) => join(root, 'content', lang, 'notes');
  const file = mdFiles(dir('zh'))
    .map((f) => ({ f, data: frontMatter(join(dir('zh'), f)) }))
    .filter((x) => typeof x.data.anchor === 'string')
    .sort((a, b) => Number(a.data.order) - Number(b.data.order))[0];
  if (!file) throw new Error('no drafting-notes section has an anchor');
  const opening = (lang: 'zh' | 'en') =>
    readMarkdown(join(dir(lang), file.f)).body.trim().split(/\n\s*\n/)[0]!.replace(/[*\\]/g, '').slice(0, 12);
  return { anchor: String(file.data.anchor), opening };
}
