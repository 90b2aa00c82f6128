/**
 * The glossary's terms (content/data/glossary.yaml) are each listed once: an `id` names one term (it is
 * the term's anchor, /en/glossary/#id, and its page, /en/glossary/<id>/), and a Chinese term has one
 * entry (one English rendering, rules/glossary-renderings.ts). A second listing is a problem, named at
 * the second one with the line of the first.
 */
import { say } from '../messages.ts';
import type { Content, Problem, Rule } from '../types.ts';

export function checkGlossaryTerms(content: Content): Problem[] {
  const glossary = content.glossary;
  if (!glossary) return [];
  const problems: Problem[] = [];
  for (const key of ['id', 'zh'] as const) {
    const first = new Map<string, number>();
    glossary.data.terms.forEach((term, i) => {
      const value = term[key];
      const at = first.get(value);
      if (at === undefined) return void first.set(value, i);
      const line = glossary.file.lineOf(['terms', i, key]);
      problems.push({ file: glossary.file.path, line, field: `terms.${i}.${key}`, ...say('glossaryTermTwice', key, value, glossary.file.lineOf(['terms', at, key]) ?? 1) });
    });
  }
  return problems;
}

export const glossaryTermsRule: Rule = { name: 'glossary-terms', needs: ['glossary'], check: checkGlossaryTerms };
