/**
 * Provenance: every fact comes from an official text kept in sources/ (sources/manifest.yaml).
 *
 *  - Every Chinese Markdown entry declares `source` (document, section, verbatim); English entries
 *    translate their Chinese counterpart and declare none.
 *  - A verbatim entry's headings, paragraphs and table cells are found word for word in the
 *    declared section (rules in src/lib/sources/text.ts); a passage that drifted is reported with
 *    its line and the first difference.
 *  - Every figure of a Chinese entry (verbatim or summary) is found in the declared section.
 *  - Table 1 names (label, places, organisations) and the plan's metadata are found in the source.
 *  - Every 2025 target figure follows its indicator's Chinese name in the declared section, and
 *    every Table 1 date is found in its period's part of the table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { sourceDocumentSchema, surveyDataSchema, targetDataSchema, targetTextSchema } from '../../lib/schemas.ts';
import { arabicFigures, comparable, findSection, firstDifference, normalize, parseSourceText, type SourceSection, type SourceText } from '../../lib/sources/text.ts';
import type { Entry, MarkdownCollection, Problem } from '../check.ts';
import type { SourceFile } from '../files.ts';
import { parseMarkdown, textLeaves } from '../markdown.ts';

export type SourceDocument = z.infer<ReturnType<typeof sourceDocumentSchema>>;

export interface LoadedSource {
  meta: SourceDocument;
  text: SourceText;
  /** e.g. sources/drafting-notes.zh.txt */
  path: string;
}

/** Read the documents a valid manifest lists; a missing text file is a problem of the manifest. */
export function loadSourceTexts(root: string, manifest: { file: SourceFile; data: { documents: SourceDocument[] } }, add: (p: Problem) => void): Map<string, LoadedSource> {
  const docs = new Map<string, LoadedSource>();
  manifest.data.documents.forEach((meta, i) => {
    const path = `sources/${meta.file}`;
    if (docs.has(meta.id)) {
      add({ file: manifest.file.path, line: manifest.file.lineOf(['documents', i, 'id']), field: `documents.${i}.id`, en: `duplicate document id "${meta.id}"; expected an id used once`, zh: `文件编号“${meta.id}”重复；每个编号只能使用一次` });
      return;
    }
    if (!existsSync(join(root, path))) {
      add({ file: manifest.file.path, line: manifest.file.lineOf(['documents', i, 'file']), field: `documents.${i}.file`, en: `the text file ${path} does not exist; expected the official text saved as ${path}`, zh: `找不到文本文件 ${path}；应将官方文本保存为 ${path}` });
      return;
    }
    docs.set(meta.id, { meta, path, text: parseSourceText(readFileSync(join(root, path), 'utf8')) });
  });
  manifest.data.documents.forEach((meta, i) => {
    const doc = docs.get(meta.id);
    for (const heading of Object.keys(meta.en.sections ?? {})) {
      if (doc?.meta === meta && !findSection(doc.text, heading)) {
        const headings = doc.text.sections.flatMap((s) => (s.heading ? [s.heading] : []));
        add({ file: manifest.file.path, line: manifest.file.lineOf(['documents', i, 'en', 'sections', heading]), field: `documents.${i}.en.sections.${heading}`, en: `"${heading}" is not a section heading of ${doc.path}; expected one of: ${headings.join(', ')}`, zh: `“${heading}”不是 ${doc.path} 的章节标题；应为以下之一：${headings.join('、')}` });
      }
    }
  });
  manifest.data.documents.forEach((meta, i) => {
    if (meta.supersedes && !manifest.data.documents.some((d) => d.id === meta.supersedes)) {
      add({ file: manifest.file.path, line: manifest.file.lineOf(['documents', i, 'supersedes']), field: `documents.${i}.supersedes`, en: `supersedes "${meta.supersedes}", which the manifest does not list; expected the id of an earlier document`, zh: `所替代的文件“${meta.supersedes}”不在清单中；应填写清单中较早版本的编号` });
    }
  });
  return docs;
}

/** 《title》section, as messages and pages name a source. */
export const citation = (doc: LoadedSource, section?: SourceSection) => `${doc.meta.title.startsWith('《') ? doc.meta.title : `《${doc.meta.title}》`}${section?.heading ?? ''}`;

interface Resolved {
  doc: LoadedSource;
  section?: SourceSection;
  /** Comparable text of the section (or document). */
  text: string;
}

/** Resolve a `source` reference, reporting an unknown document or section at `path` in `file`. */
function resolveRef(ref: { document: string; section?: string }, file: SourceFile, path: string[], docs: Map<string, LoadedSource>, add: (p: Problem) => void): Resolved | undefined {
  const doc = docs.get(ref.document);
  if (!doc) {
    add({ file: file.path, line: file.lineOf([...path, 'document']), field: `${path.join('.')}.document`, en: `unknown source document "${ref.document}"; expected one of the ids in sources/manifest.yaml: ${[...docs.keys()].join(', ')}`, zh: `来源文件“${ref.document}”不存在；应为 sources/manifest.yaml 中的编号之一：${[...docs.keys()].join('、')}` });
    return undefined;
  }
  if (ref.section === undefined) return { doc, text: comparable(doc.text) };
  const section = findSection(doc.text, ref.section);
  if (!section) {
    const headings = doc.text.sections.flatMap((s) => (s.heading ? [s.heading] : []));
    add({ file: file.path, line: file.lineOf([...path, 'section']), field: `${path.join('.')}.section`, en: `${doc.path} has no section "${ref.section}"; expected one of its headings, exactly as written there: ${headings.join(' | ')}`, zh: `${doc.path} 中没有“${ref.section}”这一节；应为其中的标题之一（与原文一字不差）：${headings.join('｜')}` });
    return undefined;
  }
  return { doc, section, text: comparable(doc.text, section) };
}

export interface ProvenanceData {
  targetData?: { file: SourceFile; data: z.infer<ReturnType<typeof targetDataSchema>> };
  surveyData?: { file: SourceFile; data: z.infer<ReturnType<typeof surveyDataSchema>> };
  targetTextZh?: { file: SourceFile; data: z.infer<ReturnType<typeof targetTextSchema>> };
}

export function checkProvenance(entries: Record<MarkdownCollection, Entry[]>, docs: Map<string, LoadedSource>, data: ProvenanceData): Problem[] {
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);

  for (const list of Object.values(entries)) {
    for (const entry of list) {
      const { file } = entry;
      const ref = entry.data.source as { document: string; section?: string; verbatim: boolean } | undefined;
      if (entry.lang !== 'zh') {
        if (ref) {
          const zhPath = file.path.replace(/^content\/en\//, 'content/zh/');
          add({ file: file.path, line: file.lineOf(['source']), field: 'source', en: `English files declare no source: they translate ${zhPath}, which declares it; remove the source field here`, zh: `英文文件不填写来源：来源写在对应的中文文件 ${zhPath} 中；请删除此处的 source 字段` });
        }
        continue;
      }
      if (!ref) {
        add({ file: file.path, line: 1, field: 'source', en: 'required field is missing: source (the official text this page comes from), e.g. source: { document: drafting-notes, section: 三、文本内容, verbatim: true }', zh: '缺少必填字段 source（本页内容所依据的官方文本），例如 source: { document: drafting-notes, section: 三、文本内容, verbatim: true }' });
        continue;
      }
      const r = resolveRef(ref, file, ['source'], docs, add);
      if (!r) continue;
      const cite = citation(r.doc, r.section);
      const tree = parseMarkdown(file.body);
      const leaves = textLeaves(tree);
      const lineOfBody = (l: number) => file.bodyLine + l - 1;

      if (ref.verbatim) {
        const title = entry.data.title;
        if (entry.collection === 'notes' && typeof title === 'string' && !r.text.includes(normalize(title))) {
          add({ file: file.path, line: file.lineOf(['title']), field: 'title', en: `the title "${title}" is not in ${cite}; a verbatim section's title is its heading in the source, exactly as written there`, zh: `标题“${title}”不在${cite}中；逐字转载的章节，标题应与原文标题一字不差` });
        }
        for (const leaf of leaves) {
          const d = firstDifference(leaf.text, r.text);
          if (!d) continue;
          add({
            file: file.path,
            line: lineOfBody(leaf.line),
            field: 'body',
            en: d.matched
              ? `this passage differs from ${cite} (declared verbatim) after “${d.before}”: the source has “${d.source}…”, this file has “${d.passage}…”; expected the official text word for word (whitespace is ignored), or source.verbatim: false for a summary`
              : `this passage is not in ${cite} (declared verbatim): “${d.passage}…”; expected the official text word for word, or source.verbatim: false for a summary`,
            zh: d.matched
              ? `此段与${cite}不一致（已声明逐字转载），在“${d.before}”之后：原文为“${d.source}…”，本文件为“${d.passage}…”；应与官方文本一字不差（空白不计），如为摘要请填写 source.verbatim: false`
              : `此段不在${cite}中（已声明逐字转载）：“${d.passage}…”；应与官方文本一字不差，如为摘要请填写 source.verbatim: false`,
          });
        }
      }
      // Figures, verbatim or not: every figure of the text is found in the source section.
      const sourceFigures = new Set(arabicFigures(r.text));
      const texts = [
        // Link texts name places on the site ([表1](…)), not facts: left out.
        ...textLeaves(tree, { skipLinks: true }).map((l) => ({ text: l.text, line: lineOfBody(l.line), field: 'body' })),
        ...(['title', 'summary', 'shortTitle'] as const).flatMap((f) => (typeof entry.data[f] === 'string' ? [{ text: entry.data[f] as string, line: file.lineOf([f]) ?? 1, field: f }] : [])),
      ];
      for (const t of texts) {
        const missing = [...new Set(arabicFigures(t.text).filter((f) => !sourceFigures.has(f)))];
        if (missing.length) {
          add({ file: file.path, line: t.line, field: t.field, en: `figure(s) ${missing.join(', ')} not found in ${cite}; every figure must come from the official text: correct the official copy in sources/ first (see the editing guide), or point source at the document that states it`, zh: `数字 ${missing.join('、')} 在${cite}中找不到；所有数字都必须出自官方文本：请先更正 sources/ 中的官方文本（见编辑指南），或将 source 指向载有该数字的文件` });
        }
      }
      // Names in Table 1 rows and the plan's metadata block.
      const names: { value: string; path: (string | number)[] }[] = [];
      if (entry.collection === 'survey') {
        names.push({ value: String(entry.data.label), path: ['label'] });
        for (const key of ['places', 'organisations'] as const) (entry.data[key] as string[]).forEach((value, i) => names.push({ value, path: [key, i] }));
      }
      if (entry.collection === 'plan') {
        const meta = (entry.data.document ?? {}) as Record<string, unknown>;
        for (const key of ['publisher', 'commissionedBy', 'draftedBy', 'stage']) if (typeof meta[key] === 'string') names.push({ value: meta[key] as string, path: ['document', key] });
      }
      const whole = entry.collection === 'plan' ? comparable(r.doc.text) : r.text;
      for (const n of names) {
        if (!whole.includes(normalize(n.value))) {
          add({ file: file.path, line: file.lineOf(n.path), field: n.path.join('.'), en: `"${n.value}" is not found in ${entry.collection === 'plan' ? citation(r.doc) : cite}; names, places and organisations must be written as the official text writes them`, zh: `“${n.value}”在${entry.collection === 'plan' ? citation(r.doc) : cite}中找不到；名称、地点和单位应与官方文本的写法一致` });
        }
      }
    }
  }

  // 2025 targets: each figure follows its indicator's Chinese name in the declared section.
  const { targetData, surveyData, targetTextZh } = data;
  if (targetData) {
    const r = resolveRef(targetData.data.source, targetData.file, ['source'], docs, add);
    if (r && targetTextZh) {
      const cite = citation(r.doc, r.section);
      targetData.data.groups.forEach((g, gi) => {
        const groupName = targetTextZh.data.groups[g.id];
        if (groupName && !r.text.includes(normalize(groupName))) {
          add({ file: targetTextZh.file.path, line: targetTextZh.file.lineOf(['groups', g.id]), field: `groups.${g.id}`, en: `the group name "${groupName}" is not found in ${cite}; expected the name as the official text writes it`, zh: `分组名称“${groupName}”在${cite}中找不到；应与官方文本的写法一致` });
        }
        g.indicators.forEach((ind, ii) => {
          const name = targetTextZh.data.indicators[ind.id];
          if (!name) return; // reported by the label check
          const n = normalize(name);
          const clauses: string[] = [];
          for (let at = r.text.indexOf(n); at >= 0; at = r.text.indexOf(n, at + 1)) clauses.push(r.text.slice(at + n.length).split(/[，。；！？]/)[0] ?? '');
          if (!clauses.length) {
            add({ file: targetTextZh.file.path, line: targetTextZh.file.lineOf(['indicators', ind.id]), field: `indicators.${ind.id}`, en: `the indicator name "${name}" is not found in ${cite}; expected the name as the official text writes it`, zh: `指标名称“${name}”在${cite}中找不到；应与官方文本的写法一致` });
            return;
          }
          const value = String(ind.value);
          if (!clauses.some((c) => arabicFigures(c).includes(value))) {
            add({
              file: targetData.file.path,
              line: targetData.file.lineOf(['groups', gi, 'indicators', ii, 'value']),
              field: `groups.${gi}.indicators.${ii}.value`,
              en: `${value} is not the figure ${cite} gives for "${name}" (it says “${name}${clauses[0]}”); correct the official copy in sources/ first if the official figure changed`,
              zh: `${value} 不是${cite}中“${name}”的数值（原文为“${name}${clauses[0]}”）；如官方数值已更正，请先更正 sources/ 中的官方文本`,
            });
          }
        });
      });
    }
  }
  // Table 1 dates: each day is found in its period's part of the table.
  if (surveyData) {
    const r = resolveRef(surveyData.data.source, surveyData.file, ['source'], docs, add);
    if (r) {
      const cite = citation(r.doc, r.section);
      const label = (id: string) => normalize(`${Number(id.slice(0, 4))}年${Number(id.slice(5, 7))}月`);
      const starts = surveyData.data.periods.map((p) => r.text.indexOf(label(p.id)));
      surveyData.data.periods.forEach((p, i) => {
        const from = starts[i]!;
        if (from < 0) {
          add({ file: surveyData.file.path, line: surveyData.file.lineOf(['periods', i, 'id']), field: `periods.${i}.id`, en: `period ${p.id} (${label(p.id)}) is not found in ${cite}; expected a period the official table lists`, zh: `时间段 ${p.id}（${label(p.id)}）在${cite}中找不到；应为官方表格中列出的时间段` });
          return;
        }
        const next = starts.filter((s) => s > from).sort((a, b) => a - b)[0] ?? r.text.length;
        const block = r.text.slice(from, next);
        for (const key of ['start', 'end'] as const) {
          const [, m, d] = p[key].split('-').map(Number);
          const day = `${m}月${d}日`;
          if (!block.includes(day)) {
            add({ file: surveyData.file.path, line: surveyData.file.lineOf(['periods', i, key]), field: `periods.${i}.${key}`, en: `${p[key]} (${day}) is not found under ${label(p.id)} in ${cite}; expected a date the official table gives for this period`, zh: `${p[key]}（${day}）在${cite}的“${label(p.id)}”下找不到；应为官方表格中该时间段的日期` });
          }
        }
      });
    }
  }
  return problems;
}
