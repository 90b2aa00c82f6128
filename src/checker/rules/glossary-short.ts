/**
 * A glossary term's short form (content/data/glossary.yaml `short`, per language): what the browser tab
 * of the term's page shows when the term is too long for a tab (src/lib/page-title.ts, TITLE_MAX). It
 * is only useful when it is shorter than the term and fits a tab by itself; otherwise the tab would
 * show the term cut anyway, and staff would think the short form is in use. These are problems.
 *
 * A long term without a short form is not a problem: its tab shows the term cut to fit ("…"), and the
 * page shows it whole. A short form is the term's own abbreviation as the sources use it; the checker
 * cannot know that, the editing guide says it (docs/editing-guide.*.md, glossary).
 */
import { LANGS } from '../../lib/schemas.ts';
import { TITLE_MAX, titleLength } from '../../lib/page-title.ts';
import { say } from '../messages.ts';
import type { Content, DataFile, Glossary, Problem, Rule } from '../types.ts';

/** The rule's problems on the glossary (also used on its own by tests). */
export function checkGlossaryShort(glossary: DataFile<Glossary> | undefined): Problem[] {
  if (!glossary) return [];
  const { file, data } = glossary;
  return data.terms.flatMap((term, ti) =>
    LANGS.flatMap((lang): Problem[] => {
      const short = term.short?.[lang];
      if (short === undefined) return [];
      const at = { file: file.path, line: file.lineOf(['terms', ti, 'short', lang]), field: `terms.${ti}.short.${lang}` };
      if (titleLength(short) >= titleLength(term[lang])) return [{ ...at, ...say('shortNotShorter', lang, short, term[lang]) }];
      if (titleLength(short) > TITLE_MAX) return [{ ...at, ...say('shortTooLong', lang, short, TITLE_MAX) }];
      return [];
    }),
  );
}

export const glossaryShortRule: Rule = {
  name: 'glossary-short',
  needs: ['glossary'],
  check: (content: Content) => checkGlossaryShort(content.glossary),
};
