/**
 * The content checker: validates every content file and the links between them, and reports
 * every problem at once, each naming the file, the line, the field and what was expected,
 * in Chinese and English. Runs as `npm run check` and as the first step of every build
 * (src/integrations/content-guard.ts), so nothing is published from bad content; the browser
 * editor runs it before saving.
 *
 * Pure and browser-bundlable: `checkContent(files)` takes the files as text, by repo-relative path
 * (`content/…`, `sources/…`); src/checker/node.ts reads them from disk. Each file is read once
 * (load.ts); then each rule (one file each in rules/) checks the content it needs.
 */
import { MARKDOWN_COLLECTIONS } from '../model/collections.ts';
import { loadContent, type Loaded } from './load.ts';
import { sourceManifestRule } from './rules/source-manifest.ts';
import { translationsRule } from './rules/translations.ts';
import { referencesRule } from './rules/references.ts';
import { revisionDatesRule } from './rules/revision-dates.ts';
import { provenanceRule } from './rules/provenance.ts';
import { dataProvenanceRule } from './rules/data-provenance.ts';
import { figuresRule } from './rules/figures.ts';
import { alignmentRule } from './rules/alignment.ts';
import { anchorsRule } from './rules/anchors.ts';
import { emptyBodyRule } from './rules/empty-body.ts';
import { rawHtmlRule } from './rules/raw-html.ts';
import { linksRule } from './rules/links.ts';
import { imagesRule } from './rules/images.ts';
import { glossaryAliasesRule } from './rules/glossary-aliases.ts';
import { glossaryRenderingsRule } from './rules/glossary-renderings.ts';
import { glossaryTermsRule } from './rules/glossary-terms.ts';
import { glossaryShortRule } from './rules/glossary-short.ts';
import { changeNotesRule } from './rules/change-notes.ts';
import { translatedNamesRule } from './rules/translated-names.ts';
import type { CheckOptions, CheckResult, Input, MarkdownCollection, Problem, Rule } from './types.ts';
import { englishCount } from '../lib/format.ts';

export type * from './types.ts';

/** Every rule, in the order their problems are listed. */
export const RULES: readonly Rule[] = [
  sourceManifestRule,
  translationsRule,
  referencesRule,
  revisionDatesRule,
  changeNotesRule,
  provenanceRule,
  dataProvenanceRule,
  figuresRule,
  alignmentRule,
  anchorsRule,
  emptyBodyRule,
  rawHtmlRule,
  linksRule,
  imagesRule,
  glossaryTermsRule,
  glossaryAliasesRule,
  glossaryRenderingsRule,
  glossaryShortRule,
  translatedNamesRule,
];

/** The rules that can run on the inputs `held` (all of them when `held` is not given). */
export const rulesFor = (held?: ReadonlySet<Input>): Rule[] => RULES.filter((rule) => !held || rule.needs.every((n) => held.has(n)));

/** Front-matter fields that mean the same in every language (src/model/collections.ts `neutralFields`), by collection. */
export const NEUTRAL_FIELDS = Object.fromEntries(MARKDOWN_COLLECTIONS.map((c) => [c.name, c.neutralFields])) as unknown as Record<
  MarkdownCollection,
  readonly string[]
>;

/**
 * Check the content in `files` (repo-relative path → text: everything under content/ and sources/).
 * Pure: the same files give the same problems.
 */
export function checkContent(files: ReadonlyMap<string, string>, options: CheckOptions = {}): CheckResult {
  return checkLoaded(loadContent(files, options), options);
}

/** The rules on content already read (src/checker/load.ts), after the problems found reading it. */
export function checkLoaded(loaded: Loaded, options: Pick<CheckOptions, 'inputs' | 'previous'> = {}): CheckResult {
  const problems = [...loaded.problems];
  const content = options.previous ? { ...loaded.content, previous: options.previous } : loaded.content;
  const warnings: Problem[] = [];
  for (const rule of rulesFor(options.inputs)) {
    problems.push(...rule.check(content));
    if (rule.warn) warnings.push(...rule.warn(content));
  }
  return { problems, warnings, entries: loaded.content.entries, files: loaded.content.files };
}

export function formatProblem(p: Problem, mark = '✗'): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.field ? `  [${p.field}]` : ''}`;
  return `${mark} ${where}\n    ${p.zh}\n    ${p.en}`;
}

/** The warnings, for whoever maintains the files they name (they block nothing). */
export function formatWarnings(warnings: readonly Problem[]): string {
  if (!warnings.length) return '';
  return [
    `内容检查有${warnings.length}条提示（不影响发布）。/ The content check has ${englishCount(warnings.length, 'warning')} (they do not block publication).`,
    '',
    ...warnings.map((w) => formatProblem(w, '⚠')),
  ].join('\n');
}

export function formatReport(problems: Problem[], warnings: readonly Problem[] = []): string {
  const notes = warnings.length ? ['', formatWarnings(warnings)] : [];
  if (!problems.length) return ['✓ 内容检查通过 / content check passed', ...notes].join('\n');
  return [
    `内容检查发现${problems.length}个问题，网站未发布。/ The content check found ${englishCount(problems.length, 'problem')}; nothing was published.`,
    '',
    ...problems.map((p) => formatProblem(p)),
    ...notes,
  ].join('\n');
}
