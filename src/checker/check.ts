/**
 * The content checker: validates every content file and the links between them, and reports
 * every problem at once, each naming the file, the line, the field and what was expected,
 * in Chinese and English. Runs as `npm run check` and as the first step of every build
 * (src/integrations/content-guard.ts), so nothing is published from bad content.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import {
  LANGS,
  glossarySchema,
  surveyDataSchema,
  targetDataSchema,
  targetTextSchema,
  sourceManifestSchema,
  type Lang,
} from '../lib/schemas.ts';
import { MARKDOWN_COLLECTIONS, markdownPath, type MarkdownCollection } from '../model/collections.ts';
import { listFiles, readSourceFile, type SourceFile } from './files.ts';
import { zhFor } from './messages.ts';
import { checkBodies } from './rules/body.ts';
import { withParseCache } from './markdown.ts';
import { checkRevisionDates } from './rules/revision-dates.ts';
import { checkProvenance, loadSourceTexts } from './rules/provenance.ts';
import { checkFigures } from './rules/figures.ts';
import { checkGlossaryAliases } from './rules/glossary-aliases.ts';

export interface Problem {
  file: string;
  line?: number;
  /** Dotted field path, e.g. `periods.0.start`, or undefined for the whole file. */
  field?: string;
  /** What is wrong and what was expected, in English. */
  en: string;
  /** The same in Chinese. */
  zh: string;
}

/** Markdown collections (src/model/collections.ts): content/<lang>/<folder>/*.md */
export type { MarkdownCollection };

/**
 * Front-matter fields that mean the same in every language and must be equal in zh and en
 * (declared with each collection in src/model/collections.ts). Every other field belongs to one
 * language: the texts, and `updated` / `changes` (a correction of the English alone is dated and
 * noted in the English file only). `source` is written in the Chinese file only
 * (src/checker/rules/provenance.ts).
 */
export const NEUTRAL_FIELDS = Object.fromEntries(MARKDOWN_COLLECTIONS.map((c) => [c.name, c.neutralFields])) as unknown as Record<
  MarkdownCollection,
  readonly string[]
>;

export interface Entry<T = Record<string, unknown>> {
  file: SourceFile;
  lang: Lang;
  collection: MarkdownCollection;
  /** File name without extension, e.g. `3` or `01-project-initiation`. */
  name: string;
  data: T;
}

export interface CheckResult {
  problems: Problem[];
  /** Valid entries, by collection, for rules added elsewhere (links, bodies). */
  entries: Record<MarkdownCollection, Entry[]>;
  files: SourceFile[];
}

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
        return {
          file: file.path,
          line: file.lineOf(path),
          field: fieldName(path),
          en: `unknown field "${key}": check its spelling, or remove it`,
          zh: `未知字段“${key}”：请检查拼写，或删除该字段`,
        };
      });
    }
    const path = issue.path;
    const missing = issue.code === 'invalid_type' && getIn(file.data, path) === undefined;
    const en = missing ? `required field is missing (${issue.message})` : issue.message;
    return [
      {
        file: file.path,
        line: file.lineOf(path),
        field: fieldName(path),
        en,
        zh: missing ? `缺少必填字段（${zhFor(issue.message)}）` : zhFor(issue.message),
      },
    ];
  });
}

function parse<T>(file: SourceFile, schema: z.ZodType<T>): { ok: true; data: T } | { ok: false; problems: Problem[] } {
  if (file.syntaxErrors.length) {
    return {
      ok: false,
      problems: file.syntaxErrors.map((e) => ({
        file: file.path,
        line: e.line,
        en: `the file's YAML cannot be read: ${e.message}`,
        zh: `文件的 YAML 格式有误，无法读取：${e.message}`,
      })),
    };
  }
  const result = schema.safeParse(file.data ?? {});
  return result.success ? { ok: true, data: result.data } : { ok: false, problems: schemaProblems(file, result.error.issues) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Check all content below `root/content`. Pure function of the files on disk.
 */
export function checkContent(root: string): CheckResult {
  return withParseCache(() => checkAll(root));
}

function checkAll(root: string): CheckResult {
  const contentDir = join(root, 'content');
  const problems: Problem[] = [];
  const files: SourceFile[] = [];
  const entries = Object.fromEntries(MARKDOWN_COLLECTIONS.map((c) => [c.name, []])) as unknown as Record<MarkdownCollection, Entry[]>;
  const add = (p: Problem) => problems.push(p);

  // 1. Markdown collections, per language.
  for (const decl of MARKDOWN_COLLECTIONS) {
    const collection = decl.name;
    const schema: z.ZodType = decl.schema();
    for (const lang of LANGS) {
      for (const abs of listFiles(join(contentDir, lang, decl.folder), ['.md'])) {
        const file = readSourceFile(root, abs);
        files.push(file);
        const name = abs.replace(/^.*[\\/]/, '').replace(/\.md$/, '');
        if (!file.raw.trim()) {
          add({ file: file.path, line: 1, en: 'the file is empty: add its front matter and text, or delete the file', zh: '文件为空：请填写前置元数据和正文，或删除该文件' });
          continue;
        }
        const parsed = parse(file, schema);
        if (!parsed.ok) problems.push(...parsed.problems);
        else entries[collection].push({ file, lang, collection, name, data: parsed.data as Record<string, unknown> });
      }
    }
  }

  // 2. Language-neutral data and per-language YAML.
  const dataFile = <T>(rel: string, schema: z.ZodType<T>, dir = contentDir): { file: SourceFile; data: T } | undefined => {
    const abs = join(dir, rel);
    const found = existsSync(abs) && statSync(abs).isFile();
    if (!found) {
      add({ file: join(dir, rel).slice(root.length + 1).split('\\').join('/'), en: 'the file is missing', zh: '缺少该文件' });
      return undefined;
    }
    const file = readSourceFile(root, abs);
    files.push(file);
    const parsed = parse(file, schema);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return undefined;
    }
    return { file, data: parsed.data };
  };
  const targetData = dataFile('data/targets.yaml', targetDataSchema());
  const surveyData = dataFile('data/survey.yaml', surveyDataSchema());
  const glossaryData = dataFile('data/glossary.yaml', glossarySchema());
  const targetText = Object.fromEntries(LANGS.map((lang) => [lang, dataFile(`${lang}/targets.yaml`, targetTextSchema())]));
  const manifest = dataFile('manifest.yaml', sourceManifestSchema(), join(root, 'sources'));
  const sourceTexts = manifest ? loadSourceTexts(root, manifest, add) : new Map();

  // 3. Every entry has its counterpart in the other language, with equal language-neutral fields.
  for (const decl of MARKDOWN_COLLECTIONS) {
    const collection = decl.name;
    const byName = new Map<string, Partial<Record<Lang, Entry>>>();
    for (const e of entries[collection]) byName.set(e.name, { ...byName.get(e.name), [e.lang]: e });
    // A file that failed its schema still exists: do not also report it as a missing translation.
    const existing = new Set(files.map((f) => f.path));
    for (const [name, pair] of byName) {
      for (const lang of LANGS) {
        const other = LANGS.find((l) => l !== lang)!;
        const have = pair[other];
        const want = markdownPath(decl, lang, name);
        if (!pair[lang] && have && !existing.has(want)) {
          add({
            file: have.file.path,
            en: `missing translation: ${want} does not exist; every ${other === 'zh' ? 'Chinese' : 'English'} file needs its ${lang === 'zh' ? 'Chinese' : 'English'} counterpart with the same file name`,
            zh: `缺少译文：找不到 ${want}；每个${other === 'zh' ? '中文' : '英文'}文件都需要一个同名的${lang === 'zh' ? '中文' : '英文'}对应文件`,
          });
        }
      }
      const { zh, en } = pair;
      if (zh && en) {
        for (const field of NEUTRAL_FIELDS[collection]) {
          if (!same(zh.data[field], en.data[field])) {
            add({
              file: en.file.path,
              line: en.file.lineOf([field]),
              field,
              en: `must be the same as in ${zh.file.path} (${JSON.stringify(zh.data[field])}), found ${JSON.stringify(en.data[field])}`,
              zh: `应与 ${zh.file.path} 中的值相同（${JSON.stringify(zh.data[field])}），实际为 ${JSON.stringify(en.data[field])}`,
            });
          }
        }
      }
    }
  }

  // 4. Numbers and ids are unique; references resolve.
  for (const lang of LANGS) {
    const unique = (collection: MarkdownCollection, field: string) => {
      const seen = new Map<unknown, Entry>();
      for (const e of entries[collection].filter((x) => x.lang === lang)) {
        const v = e.data[field];
        const prev = seen.get(v);
        if (prev) {
          add({
            file: e.file.path,
            line: e.file.lineOf([field]),
            field,
            en: `duplicate ${field} ${JSON.stringify(v)}: ${prev.file.path} already uses it; expected a ${field} used by no other file`,
            zh: `${field} 重复（${JSON.stringify(v)}）：${prev.file.path} 已使用该值；每个文件的 ${field} 必须唯一`,
          });
        } else seen.set(v, e);
      }
    };
    unique('chapters', 'number');
    unique('tasks', 'number');
    unique('notes', 'order');
    unique('notes', 'anchor');
    unique('survey', 'period');

    const chapterNumbers = new Set(entries.chapters.filter((e) => e.lang === lang).map((e) => e.data.number));
    for (const task of entries.tasks.filter((e) => e.lang === lang)) {
      if (!chapterNumbers.has(task.data.chapter)) {
        add({
          file: task.file.path,
          line: task.file.lineOf(['chapter']),
          field: 'chapter',
          en: `refers to chapter ${JSON.stringify(task.data.chapter)}, which does not exist; expected one of: ${[...chapterNumbers].join(', ')}`,
          zh: `引用的第 ${JSON.stringify(task.data.chapter)} 部分不存在；应为以下之一：${[...chapterNumbers].join('、')}`,
        });
      }
    }
    if (surveyData) {
      const ids = new Set(surveyData.data.periods.map((p) => p.id));
      for (const s of entries.survey.filter((e) => e.lang === lang)) {
        if (!ids.has(s.data.period as string)) {
          add({
            file: s.file.path,
            line: s.file.lineOf(['period']),
            field: 'period',
            en: `refers to period ${JSON.stringify(s.data.period)}, which content/data/survey.yaml does not list; expected one of: ${[...ids].join(', ')}`,
            zh: `引用的时间段 ${JSON.stringify(s.data.period)} 不在 content/data/survey.yaml 中；应为以下之一：${[...ids].join('、')}`,
          });
        }
      }
      const periodsHere = new Set(entries.survey.filter((e) => e.lang === lang).map((e) => e.data.period));
      surveyData.data.periods.forEach((p, i) => {
        if (!periodsHere.has(p.id) && !files.some((f) => f.path === `content/${lang}/survey/${p.id}.md`)) {
          add({
            file: surveyData.file.path,
            line: surveyData.file.lineOf(['periods', i, 'id']),
            field: `periods.${i}.id`,
            en: `period ${p.id} has no text in content/${lang}/survey/; expected a file content/${lang}/survey/${p.id}.md`,
            zh: `时间段 ${p.id} 在 content/${lang}/survey/ 中没有对应文字；应有文件 content/${lang}/survey/${p.id}.md`,
          });
        }
      });
    }
    const text = targetText[lang];
    if (targetData && text) {
      const groups = targetData.data.groups.map((g) => g.id);
      const indicators = targetData.data.groups.flatMap((g) => g.indicators.map((i) => i.id));
      for (const [kind, ids] of [['groups', groups], ['indicators', indicators]] as const) {
        const labels = text.data[kind];
        for (const id of ids) {
          if (!(id in labels)) {
            add({
              file: text.file.path,
              line: text.file.lineOf([kind]),
              field: `${kind}.${id}`,
              en: `missing name for "${id}", which content/data/targets.yaml lists; expected a line   ${id}: <name>`,
              zh: `缺少“${id}”的名称（content/data/targets.yaml 中列出了它）；应添加一行   ${id}: <名称>`,
            });
          }
        }
        for (const id of Object.keys(labels)) {
          if (!(ids as readonly string[]).includes(id)) {
            add({
              file: text.file.path,
              line: text.file.lineOf([kind, id]),
              field: `${kind}.${id}`,
              en: `"${id}" is not in content/data/targets.yaml; expected one of: ${ids.join(', ')}`,
              zh: `“${id}”不在 content/data/targets.yaml 中；应为以下之一：${ids.join('、')}`,
            });
          }
        }
      }
    }
  }
  if (targetData) {
    const seen = new Set<string>();
    targetData.data.groups.forEach((g, gi) =>
      g.indicators.forEach((ind, ii) => {
        if (seen.has(ind.id)) {
          add({
            file: targetData.file.path,
            line: targetData.file.lineOf(['groups', gi, 'indicators', ii, 'id']),
            field: `groups.${gi}.indicators.${ii}.id`,
            en: `duplicate indicator id "${ind.id}"; expected an id used once`,
            zh: `指标编号“${ind.id}”重复；每个编号只能使用一次`,
          });
        }
        seen.add(ind.id);
      }),
    );
  }

  // 5. Revision dates in order (src/checker/rules/revision-dates.ts).
  problems.push(...checkRevisionDates(entries));

  // 6. Provenance (src/checker/rules/provenance.ts) and the same figures in both languages (figures.ts).
  if (manifest) problems.push(...checkProvenance(entries, sourceTexts, { targetData, surveyData, targetTextZh: targetText.zh }));
  problems.push(...checkFigures(entries));

  // 7. The Markdown text: links, anchors, images, HTML (src/checker/rules/body.ts).
  problems.push(
    ...checkBodies(root, entries, {
      targetIndicators: targetData?.data.groups.flatMap((g) => g.indicators.map((i) => i.id)) ?? [],
      targetGroups: targetData?.data.groups.map((g) => g.id) ?? [],
      surveyPeriods: surveyData?.data.periods.map((p) => p.id) ?? [],
      glossaryTerms: glossaryData?.data.terms.map((term) => term.id) ?? [],
    }),
  );

  // 8. Glossary aliases for search (src/checker/rules/glossary-aliases.ts).
  problems.push(...checkGlossaryAliases(glossaryData, entries, targetText));

  return { problems, entries, files };
}

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  [${p.field}]` : ''}`;
  return `✗ ${where}\n    ${p.zh}\n    ${p.en}`;
}

export function formatReport(problems: Problem[]): string {
  if (!problems.length) return '✓ 内容检查通过 / content check passed';
  return [
    `内容检查发现 ${problems.length} 个问题，网站未发布。/ The content check found ${problems.length} problem(s); nothing was published.`,
    '',
    ...problems.map(formatProblem),
  ].join('\n');
}
