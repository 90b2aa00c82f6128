/**
 * Company names translated for this website are marked with an asterisk (docs/style-guide.en.md §7):
 * in Table 1's English texts, an organization whose Chinese name is a company (…有限公司) ends in "*",
 * no other organization or place does, and wherever the English text names a marked company it
 * carries the mark too (written "\*" in Markdown).
 */
import { say } from '../messages.ts';
import type { Content, Problem, Rule } from '../types.ts';

const isCompany = (zhName: string) => /有限公司$/.test(zhName);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

function check(content: Content): Problem[] {
  const problems: Problem[] = [];
  const survey = content.entries.survey;
  for (const en of survey.filter((e) => e.lang === 'en')) {
    const zh = survey.find((e) => e.lang === 'zh' && e.name === en.name);
    const { file } = en;
    const at = (path: (string | number)[]) => ({ file: file.path, line: file.lineOf(path), field: path.join('.') });
    const zhOrgs = strings(zh?.data['organisations']);
    const enOrgs = strings(en.data['organisations']);
    // A list of another length is the translations rule's problem: the names cannot be paired.
    if (zh && zhOrgs.length === enOrgs.length) {
      enOrgs.forEach((name, i) => {
        const marked = name.endsWith('*');
        if (isCompany(zhOrgs[i]!) && !marked) problems.push({ ...at(['organisations', i]), ...say('companyNameUnmarked', name, zhOrgs[i]!) });
        if (!isCompany(zhOrgs[i]!) && marked) problems.push({ ...at(['organisations', i]), ...say('nameMarkedNotCompany', name) });
      });
    }
    strings(en.data['places']).forEach((place, i) => {
      if (place.endsWith('*')) problems.push({ ...at(['places', i]), ...say('nameMarkedNotCompany', place) });
    });
    const body = file.body;
    for (const name of enOrgs.filter((n) => n.endsWith('*')).map((n) => n.slice(0, -1))) {
      for (let i = body.indexOf(name); i >= 0; i = body.indexOf(name, i + name.length)) {
        if (body.startsWith('\\*', i + name.length)) continue;
        const line = file.bodyLine + (body.slice(0, i).match(/\n/g)?.length ?? 0);
        problems.push({ file: file.path, line, field: 'body', ...say('companyMarkInText', name) });
      }
    }
  }
  return problems;
}

export const translatedNamesRule: Rule = { name: 'translated-names', needs: ['survey'], check };
