/**
 * The drafting notes' document information block (issue #22, point 3): on the 起草说明 page of each
 * language, a block in government house style with exactly the facts the site holds, read here straight
 * from sources/manifest.yaml and content/<lang>/plan/index.md: the notes' title, their own stage only when
 * the manifest states one, the plan they explain and its stage as the notes report it, that the English
 * page is a translation, where the copy comes from (linked to the readable copy). Nothing else: no
 * issuing body, number or date (the notes state none; the page's dates are shown once, at its foot).
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { DIST } from '../support/site.ts';
import { frontMatter } from '../support/content-facts.ts';
import { UI, t } from '../../src/i18n/index.ts';
import { paths } from '../../src/model/routes.ts';

interface ManifestDoc {
  id: string;
  title: string;
  shortTitle: string;
  lang: string;
  status?: string;
  provenance: string;
  en: { title: string; shortTitle: string; status?: string; provenance: string };
}
const manifest = parse(readFileSync('sources/manifest.yaml', 'utf8'), { schema: 'core' }) as { documents: ManifestDoc[] };
/** The official text the drafting notes' sections reproduce (their `source.document`, in the Chinese files). */
const notesSource = readdirSync('content/zh/notes')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => (frontMatter(join('content/zh/notes', f)).source as { document?: string } | undefined)?.document)
  .find(Boolean);

const textOf = (node: Element | Root): string => {
  let out = '';
  visit(node, 'text', (n) => {
    out += n.value;
  });
  return out.trim();
};
const classes = (el: Element) => [el.properties.className ?? []].flat().map(String);

/** The rows of the page's document information block: [data-field, label, value, link]. */
function metaRows(lang: 'zh' | 'en') {
  const tree = fromHtml(readFileSync(join(DIST, lang, paths.notes, 'index.html'), 'utf8'));
  const blocks: Element[] = [];
  visit(tree, 'element', (el) => {
    if (classes(el).includes('doc-meta')) blocks.push(el);
  });
  const rows: { field: string; label: string; value: string; href?: string; time: boolean }[] = [];
  for (const block of blocks)
    visit(block, 'element', (el) => {
      if (el.tagName !== 'div' || el.properties.dataField === undefined) return;
      const cell = (tag: string) => el.children.find((c): c is Element => c.type === 'element' && c.tagName === tag)!;
      let href: string | undefined;
      let time = false;
      visit(cell('dd'), 'element', (x) => {
        if (x.tagName === 'a') href = String(x.properties.href);
        if (x.tagName === 'time') time = true;
      });
      rows.push({ field: String(el.properties.dataField), label: textOf(cell('dt')), value: textOf(cell('dd')), href, time });
    });
  return { blocks: blocks.length, rows };
}

describe.each(['zh', 'en'] as const)('the drafting notes’ document information (%s)', (lang) => {
  test('one block, with exactly the facts of the manifest and the plan’s front matter', () => {
    const doc = manifest.documents.find((d) => d.id === notesSource)!;
    expect(doc, `the notes' source ${notesSource} in sources/manifest.yaml`).toBeDefined();
    const words = lang === 'zh' ? doc : doc.en;
    const plan = frontMatter(`content/${lang}/plan/index.md`) as { title: string; document?: { stage?: string } };
    const { blocks, rows } = metaRows(lang);
    expect(blocks).toBe(1);
    const expected = [
      { field: 'title', label: UI[lang]['doc.title'], value: words.title },
      ...(lang !== doc.lang ? [{ field: 'language', label: UI[lang]['doc.language'], value: t(lang, 'doc.translation') }] : []),
      ...(words.status ? [{ field: 'stage', label: UI[lang]['doc.stage'], value: words.status }] : []),
      { field: 'plan', label: UI[lang]['doc.plan'], value: plan.title },
      ...(plan.document?.stage ? [{ field: 'planStage', label: UI[lang]['doc.planStage'], value: t(lang, 'doc.stageAsStated', { stage: plan.document.stage, source: words.shortTitle }) }] : []),
      { field: 'provenance', label: UI[lang]['source.provenance'], value: words.provenance },
    ];
    expect(rows.map(({ field, label, value }) => ({ field, label, value }))).toEqual(expected);
    // Where the copy comes from links to the readable copy; no row is a date (the page's dates are at its foot).
    expect(rows.find((r) => r.field === 'provenance')?.href).toBe(`/${lang}/${paths.source(doc.id)}`);
    expect(rows.filter((r) => r.time)).toEqual([]);
  });
});
