/**
 * The language-neutral data against its source: every 2025 target figure follows its indicator's
 * Chinese name in the declared section (and every group and indicator name is found there), and every
 * Table 1 date is found in its period's part of the table.
 */
import { arabicFigures, normalize } from '../../lib/sources/text.ts';
import { say } from '../messages.ts';
import type { Content, Problem, Rule } from '../types.ts';
import { citation, resolveRef } from './provenance.ts';

/** The clauses of `text` that follow each occurrence of `name`, up to the next Chinese punctuation mark. */
function clausesAfter(text: string, name: string): string[] {
  const clauses: string[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) clauses.push(text.slice(at + name.length).split(/[，。；！？]/)[0] ?? '');
  return clauses;
}

function targets({ targetData, targetText, sources }: Content, add: (p: Problem) => void): void {
  const words = targetText.zh;
  if (!targetData) return;
  const r = resolveRef(targetData.data.source, targetData.file, ['source'], sources, add);
  if (!r || !words) return;
  const cite = citation(r.doc, r.section);
  const at = (key: string, id: string) => ({ file: words.file.path, line: words.file.lineOf([key, id]), field: `${key}.${id}` });
  targetData.data.groups.forEach((g, gi) => {
    const groupName = words.data.groups[g.id];
    if (groupName && !r.text.includes(normalize(groupName))) add({ ...at('groups', g.id), ...say('groupNameNotInSource', groupName, cite) });
    g.indicators.forEach((ind, ii) => {
      const name = words.data.indicators[ind.id];
      if (!name) return; // reported by the references rule
      const clauses = clausesAfter(r.text, normalize(name));
      if (!clauses.length) {
        add({ ...at('indicators', ind.id), ...say('indicatorNameNotInSource', name, cite) });
        return;
      }
      const value = String(ind.value);
      if (!clauses.some((c) => arabicFigures(c).includes(value))) {
        const path = ['groups', gi, 'indicators', ii, 'value'];
        add({ file: targetData.file.path, line: targetData.file.lineOf(path), field: path.join('.'), ...say('targetFigureDiffers', value, cite, name, clauses[0]!) });
      }
    });
  });
}

function survey({ surveyData, sources }: Content, add: (p: Problem) => void): void {
  if (!surveyData) return;
  const r = resolveRef(surveyData.data.source, surveyData.file, ['source'], sources, add);
  if (!r) return;
  const { file } = surveyData;
  const cite = citation(r.doc, r.section);
  const label = (id: string) => normalize(`${Number(id.slice(0, 4))}年${Number(id.slice(5, 7))}月`);
  const starts = surveyData.data.periods.map((p) => r.text.indexOf(label(p.id)));
  surveyData.data.periods.forEach((p, i) => {
    const from = starts[i]!;
    if (from < 0) {
      add({ file: file.path, line: file.lineOf(['periods', i, 'id']), field: `periods.${i}.id`, ...say('periodNotInSource', p.id, label(p.id), cite) });
      return;
    }
    const next = starts.filter((s) => s > from).sort((a, b) => a - b)[0] ?? r.text.length;
    const block = r.text.slice(from, next);
    for (const key of ['start', 'end'] as const) {
      const [, m, d] = p[key].split('-').map(Number);
      const day = `${m}月${d}日`;
      if (!block.includes(day)) add({ file: file.path, line: file.lineOf(['periods', i, key]), field: `periods.${i}.${key}`, ...say('dateNotInSource', p[key], day, label(p.id), cite) });
    }
  });
}

function check(content: Content): Problem[] {
  if (!content.manifest) return [];
  const problems: Problem[] = [];
  const add = (p: Problem) => problems.push(p);
  targets(content, add);
  survey(content, add);
  return problems;
}

export const dataProvenanceRule: Rule = { name: 'data-provenance', needs: ['targetData', 'targetText', 'surveyData', 'sources', 'sourceTexts'], check };
