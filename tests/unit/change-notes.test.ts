/**
 * The rule "a change note in each language that changed" (src/checker/rules/change-notes.ts), on the
 * project's own content with revisions made in memory: which page and which paragraph are read from
 * the content, not pinned. The editor runs it before saving (src/client/admin/checks.ts passes the
 * files before the save as `previous`); without `previous` it reports nothing.
 */
import { describe, expect, test } from 'vitest';
import { parseDocument } from 'yaml';
import { checkContent } from '../../src/checker/check.ts';
import { readContentFiles } from '../../src/checker/node.ts';
import { problemsOfSave } from '../../src/client/admin/checks.ts';

const files = readContentFiles('.');
const FRONT = /^---\n([\s\S]*?)\n---\n/;

/** A page with change notes in both languages' schema and a publication date: a task or a Part. */
const en = [...files.keys()].find((p) => /^content\/en\/(tasks|chapters)\/[^/]+\.md$/.test(p) && /^published: /m.test(files.get(p)!))!;
const zh = en.replace('content/en/', 'content/zh/');

/** The file with its front matter edited and/or its body's last line extended. */
function revise(path: string, { note, data, suffix }: { note?: string; data?: Record<string, unknown>; suffix?: string }): string {
  const raw = files.get(path)!;
  const m = FRONT.exec(raw)!;
  const doc = parseDocument(m[1]!, { schema: 'core' });
  for (const [k, v] of Object.entries(data ?? {})) doc.set(k, v);
  const published = doc.get('published') as string;
  if (note) {
    const old = (doc.toJS().changes ?? []) as unknown[];
    doc.set('changes', doc.createNode([{ date: published, note }, ...old]));
    doc.set('updated', published);
  }
  const body = raw.slice(m[0].length);
  return `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n${suffix ? `${body.trimEnd()}${suffix}\n` : body}`;
}

const missing = (after: Map<string, string>, previous?: ReadonlyMap<string, string>) =>
  checkContent(after, { previous }).problems.filter((p) => p.kind === 'changeNoteMissing');
const withFiles = (changes: Record<string, string>) => new Map([...files, ...Object.entries(changes)]);

describe('a change note in each language that changed', () => {
  test('a changed English text without a new English note is refused, naming the file, the line of its notes and the field, in both languages', () => {
    const problems = missing(withFiles({ [en]: revise(en, { suffix: ' Reworded.' }) }), files);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: en, field: 'changes' });
    expect(problems[0]!.line).toBeGreaterThan(0);
    expect(problems[0]!.zh).toMatch(/英文/);
    expect(problems[0]!.en).toMatch(/English/);
  });

  test('the same change with a note in that language passes; the other language, unchanged, needs none', () => {
    expect(missing(withFiles({ [en]: revise(en, { suffix: ' Reworded.', note: 'Reworded.' }) }), files)).toEqual([]);
  });

  test('a field changed in both files needs a note in each', () => {
    const after = withFiles({ [en]: revise(en, { data: { status: 'full' } }), [zh]: revise(zh, { data: { status: 'full' }, note: '发布全文。' }) });
    expect(missing(after, files).map((p) => p.file)).toEqual([en]);
  });

  test('dates and notes alone, a new page and a check without the files before are not reported', () => {
    expect(missing(withFiles({ [en]: revise(en, { note: 'Only noted.' }) }), files)).toEqual([]);
    const fresh = en.replace(/[^/]+\.md$/, 'new-page.md');
    expect(missing(withFiles({ [fresh]: files.get(en)! }), files).filter((p) => p.file === fresh)).toEqual([]);
    expect(missing(withFiles({ [en]: revise(en, { suffix: ' Reworded.' }) }))).toEqual([]);
  });

  test('the editor runs it before saving, against the files as they were before the save', () => {
    const saved = [{ path: en, text: revise(en, { suffix: ' Reworded.' }) }];
    expect(problemsOfSave(files, new Set(), saved).filter((p) => p.kind === 'changeNoteMissing').map((p) => p.file)).toEqual([en]);
  });
});
