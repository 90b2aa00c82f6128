/**
 * Search that speaks the enterprises' language (issue #10): glossary aliases, terms typed in the other
 * language, the link to the same search in the other language, term cards, policy-term pages, and an
 * index that keeps table cells apart. Every expectation is computed from content/data/glossary.yaml
 * and the content text (tests/support/ground-truth.ts), never from the built index.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { join } from 'node:path';
import { useBrowser, watchedPage } from '../support/chromium.ts';
import { readIndexedPages, results, searchHere } from '../support/search.ts';
import { DIST } from '../support/site.ts';
import { contains, contentPages, expectedForTerm, expectedPages, glossaryTerms, pagesContaining, searchedAs, type GlossaryTerm } from '../support/ground-truth.ts';
import { t } from '../../src/i18n/index.ts';
import { normalizeQuery } from '../../src/lib/search/match.ts';
import { expectedTarget } from '../support/expected.ts';
import { absentWord, plainWord } from '../support/queries.ts';
import { readMarkdown } from '../support/content-edit.ts';
import { readdirSync } from 'node:fs';

const baseUrl = inject('baseUrl');
const chromium = useBrowser();
const content = contentPages();
/** The main tasks' own text (title and Markdown) per language, without the page's "main task N" label, as their files say. */
const taskEntries = (['zh', 'en'] as const).flatMap((lang) =>
  readdirSync(`content/${lang}/tasks`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ lang, ...readMarkdown(`content/${lang}/tasks/${f}`) })),
);
const terms = glossaryTerms();
const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
/** A word no page has, per language (searched after a term or an alias, it leaves nothing to find). */
const ABSENT = { zh: absentWord('zh', ['元宇宙', '区块链', '量子计算']), en: absentWord('en', ['blockchain', 'metaverse', 'quantum']) };

/** Every alias the search finds as its term (abbreviations and synonyms), with the language it is written in. */
const aliases = LANGS.flatMap((lang) => terms.flatMap((term) => searchedAs(term, lang).map((alias) => ({ lang, term, alias }))));
/** Terms whose wording occurs in the content of both languages (so a cross-language search has pages to find). */
const sharedTerms = terms.filter((g) => LANGS.every((l) => pagesContaining(content, l, g[l]).some((p) => !p.endsWith('/glossary/'))));

test('the glossary has aliases and terms used in both languages to test with', () => {
  expect(aliases.length).toBeGreaterThan(0);
  expect(new Set(aliases.map((a) => a.lang)).size).toBe(2);
  expect(sharedTerms.length).toBeGreaterThan(0);
});

/**
 * The term card's expected text parts, from content/data/targets.yaml and the names files (never from
 * the card's code): the term; every target whose indicator names it, as "indicator name" + separator +
 * target (the targets page's row); the label, singular or plural; how many pages it lists.
 */
function expectedCard(lang: Lang, term: GlossaryTerm, pages: number) {
  const data = parse(readFileSync('content/data/targets.yaml', 'utf8')) as { groups: { indicators: { id: string; value: number; unit: string; comparison: string }[] }[] };
  const labels = parse(readFileSync(`content/${lang}/targets.yaml`, 'utf8')) as { indicators: Record<string, string>; units: Record<string, string> };
  const named = data.groups.flatMap((g) => g.indicators).filter((i) => contains(labels.indicators[i.id] ?? '', term[lang]));
  const phrases = named.map((i) => expectedTarget(lang, i, labels.units));
  const lines = named.map((i) => `${labels.indicators[i.id]}${t(lang, 'label.sep')}${expectedTarget(lang, i, labels.units)}`);
  const label = named.length ? t(lang, named.length === 1 ? 'search.cardTargetsOne' : 'search.cardTargets') : null;
  return { term: term[lang], phrases, lines, label, pages: pages === 1 ? t(lang, 'search.cardPagesOne') : t(lang, 'search.cardPages', { n: pages }) };
}

describe('an alias finds the pages with its canonical term, says so, marks the term and shows its card', () => {
  // Every alias of the glossary, on one search page per language (searched through the form, no reload).
  for (const lang of LANGS) {
    test(`${lang}: every alias`, async () => {
      const { page, errors } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/search/`);
      const problems: string[] = [];
      const own = aliases.filter((a) => a.lang === lang);
      expect(own.length).toBeGreaterThan(0);
      for (const { term, alias } of own) {
        const expected = expectedForTerm(content, terms, lang, alias);
        if (expected?.term.id !== term.id) {
          problems.push(`${alias}: the ground truth names ${expected?.term.id ?? 'no term'}, not ${term.id}`);
          continue;
        }
        const want = expected.pages;
        // A term the content no longer uses (a legitimate revision of the text) leaves its alias nothing to find.
        if (!want.length) continue;
        const { shown, status, card, cardHref } = await searchHere(page, alias);
        const got = shown.map((r) => r.path).sort();
        if (got.join() !== want.join()) problems.push(`${alias}: found ${got.join(' ') || 'nothing'}, expected ${want.join(' ')}`);
        if (!status.startsWith(t(lang, 'search.widenedAlias', { term: term[lang], typed: normalizeQuery(alias) }))) problems.push(`${alias}: status "${status}"`);
        // Every mark is the canonical term or the alias itself; each result marks something; the term is marked somewhere.
        for (const r of shown) {
          if (!r.marks.length) problems.push(`${alias} @ ${r.path}: nothing marked`);
          for (const m of r.marks) if (!contains(m, term[lang]) && !contains(m, alias)) problems.push(`${alias} @ ${r.path}: marks "${m}"`);
        }
        if (!shown.some((r) => r.marks.some((m) => contains(m, term[lang])))) problems.push(`${alias}: ${term[lang]} is marked nowhere`);
        // The term card heads the results: the term, its targets, how many pages, its term page.
        const exp = expectedCard(lang, term, shown.length);
        if (!card?.includes(exp.term) || !card.includes(exp.pages) || exp.lines.some((l) => !card.includes(l))) problems.push(`${alias}: card "${card}"`);
        if (cardHref !== `/${lang}/glossary/${term.id}/`) problems.push(`${alias}: card links to ${cardHref}`);
      }
      expect(problems).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }, 120_000);
  }
});

describe('a term written together, apart or hyphenated otherwise finds the term’s pages (no alias needed)', () => {
  // Terms (other than Chinese) of two or more words: the first two words written as one (maker space → makerspace).
  const variants = terms
    .filter((g) => /^[\p{L}\p{N}]+[\s-][\p{L}\p{N}]/u.test(g.en) && LANGS.every((l) => pagesContaining(content, l, g[l]).length > 0))
    .map((g) => ({ term: g, q: g.en.replace(/^([\p{L}\p{N}]+)[\s-]/u, '$1').toUpperCase() }))
    .filter(({ q }) => pagesContaining(content, 'en', q).length === 0)
    .slice(0, 4);

  test('on both search pages, with nothing else matched', async () => {
    expect(variants.length).toBeGreaterThan(0);
    const { page, errors } = await watchedPage(chromium.browser);
    for (const lang of LANGS) {
      await page.goto(`${baseUrl}${lang}/search/`);
      for (const { term, q } of variants) {
        const expected = expectedForTerm(content, terms, lang, q);
        expect(expected?.term.id, q).toBe(term.id);
        expect(expected!.pages).toEqual(pagesContaining(content, lang, term[lang]));
        const { shown, status, card } = await searchHere(page, q);
        expect(shown.map((r) => r.path).sort(), `${lang}: ${q}`).toEqual(expected!.pages);
        for (const r of shown) for (const m of r.marks) expect(contains(m, term[lang]), `${lang} ${q} @ ${r.path}: ${m}`).toBe(true);
        expect(status.startsWith(t(lang, lang === 'en' ? 'search.widenedAlias' : 'search.widenedOther', { term: term[lang], typed: q })), status).toBe(true);
        expect(card).toContain(term[lang]);
        // The variant with a word no page has finds nothing.
        const absent = `${q} ${ABSENT.en}`;
        expect(pagesContaining(content, lang, absent)).toEqual([]);
        expect((await searchHere(page, absent)).shown).toEqual([]);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a query with an alias inside that, rewritten, names a term (research and development spending → R&D spending → R&D expenditure)', () => {
  // Alias A of term T inside a longer wording: T's wording followed by more words that form an alias B of another term.
  const cases = LANGS.flatMap((lang) =>
    aliases
      .filter((a) => a.lang === lang)
      .flatMap(({ term, alias }) =>
        aliases
          .filter((b) => b.lang === lang && b.term.id !== term.id && b.alias.toLowerCase().startsWith(`${term[lang].toLowerCase()} `))
          .map((b) => ({ lang, q: `${alias}${b.alias.slice(term[lang].length)}`, named: b.term })),
      )
      .filter(({ q }) => !aliases.some((a) => a.lang === lang && a.alias.toLowerCase() === q.toLowerCase()))
      .slice(0, 2),
  );

  test('finds the named term’s pages too, with its card', async () => {
    expect(cases.length).toBeGreaterThan(0);
    const { page, errors } = await watchedPage(chromium.browser);
    for (const lang of LANGS) {
      if (!cases.some((c) => c.lang === lang)) continue;
      await page.goto(`${baseUrl}${lang}/search/`);
      for (const { q, named } of cases.filter((c) => c.lang === lang)) {
        const want = expectedPages(content, terms, lang, q);
        expect(want).toEqual(expect.arrayContaining(pagesContaining(content, lang, named[lang])));
        expect(want.length).toBeGreaterThan(0);
        const { shown, card } = await searchHere(page, q);
        expect(shown.map((r) => r.path).sort(), q).toEqual(want);
        expect(card, q).toContain(named[lang]);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('aliases keep the search exact', () => {
  test('a query that is an alias with other words around it finds only pages that hold the whole phrase', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    for (const lang of LANGS) {
      // Aliases spread over the glossary (every k-th), each with words no page has: nothing is found, and no term card.
      const own = aliases.filter((a) => a.lang === lang);
      const sample = own.filter((_, i) => i % Math.max(1, Math.floor(own.length / 8)) === 0);
      expect(sample.length).toBeGreaterThan(0);
      await page.goto(`${baseUrl}${lang}/search/`);
      for (const { term, alias } of sample) {
        const q = lang === 'zh' ? `${alias}${ABSENT.zh}` : `${alias} ${ABSENT.en}`;
        expect(pagesContaining(content, lang, q)).toEqual([]);
        expect(pagesContaining(content, lang, lang === 'zh' ? `${term[lang]}${ABSENT.zh}` : `${term[lang]} ${ABSENT.en}`)).toEqual([]);
        const { shown, status, card } = await searchHere(page, q);
        expect(shown, q).toEqual([]);
        expect(status).toBe(t(lang, 'search.none', { q: normalizeQuery(q) }));
        expect(card, q).toBeNull();
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a query containing an alias also finds the phrase with the alias replaced by its term', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    await page.goto(`${baseUrl}zh/search/`);
    // Aliases whose term is followed by more words in some passage: the alias plus those words.
    let tried = 0;
    for (const { lang, term, alias } of aliases) {
      const longer = content
        .filter((p) => p.lang === lang)
        .map((p) => p.text.match(new RegExp(`${term[lang].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([\\p{Script=Han}]{2})`, 'u'))?.[1])
        .find(Boolean);
      if (lang !== 'zh' || !longer) continue;
      const q = `${alias}${longer}`;
      const want = pagesContaining(content, lang, `${term[lang]}${longer}`);
      expect(want.length).toBeGreaterThan(0);
      const { shown } = await searchHere(page, q);
      expect(shown.map((r) => r.path).sort(), q).toEqual(expectedPages(content, terms, lang, q));
      expect(expectedPages(content, terms, lang, q)).toEqual(expect.arrayContaining(want));
      tried++;
    }
    expect(tried).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a glossary term typed in the other language finds this language’s pages', () => {
  for (const lang of LANGS) {
    test(`${lang} search, ${other(lang)} terms`, async () => {
      const { page, errors } = await watchedPage(chromium.browser);
      await page.goto(`${baseUrl}${lang}/search/`);
      for (const term of sharedTerms.slice(0, 4)) {
        const q = term[other(lang)];
        const want = expectedForTerm(content, terms, lang, q)!.pages;
        expect(want).toEqual(expect.arrayContaining(pagesContaining(content, lang, term[lang])));
        const { shown, status, card } = await searchHere(page, q);
        expect(shown.map((r) => r.path).sort(), q).toEqual(want);
        for (const r of shown) expect(r.path.startsWith(`/${lang}/`)).toBe(true);
        expect(status.startsWith(t(lang, 'search.widenedOther', { term: term[lang], typed: q })), status).toBe(true);
        expect(card).toContain(term[lang]);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

test('the results offer the same search in the other language, as one link', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  for (const lang of LANGS) {
    // A term: the link searches the term's rendering in the other language.
    const term = sharedTerms[0]!;
    await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(term[lang])}`);
    await results(page, term[lang]);
    const links = page.locator('#search-other a');
    expect(await links.count()).toBe(1);
    expect(await links.textContent()).toBe(t(lang, 'search.otherLanguage', { q: term[other(lang)] }));
    await links.click();
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).pathname).toBe(`/${other(lang)}/search/`);
    const there = await results(page, term[other(lang)]);
    expect(there.shown.map((r) => r.path).sort()).toEqual(pagesContaining(content, other(lang), term[other(lang)]));
    // A word of this language's text that names no term: the other language cannot have it, no link.
    const q = plainWord(lang);
    await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(q)}`);
    await results(page, q);
    expect(await page.locator('#search-other').isHidden(), q).toBe(true);
    // A word of the other language's text that names no term: the same words, there.
    const foreign = plainWord(other(lang));
    await page.goto(`${baseUrl}${lang}/search/?q=${encodeURIComponent(foreign)}`);
    await results(page, foreign);
    const href = await page.getAttribute('#search-other a', 'href');
    expect(await page.locator('#search-other').isVisible(), foreign).toBe(true);
    expect(new URL(href!, baseUrl).pathname).toBe(`/${other(lang)}/search/`);
    expect(new URL(href!, baseUrl).searchParams.get('q')).toBe(foreign);
    await page.locator('#search-other a').click();
    await page.waitForURL(/\/search\/\?q=/);
    const found = await results(page, foreign);
    expect(found.shown.map((r) => r.path).sort()).toEqual(pagesContaining(content, other(lang), foreign));
  }
  expect(errors).toEqual([]);
  await page.close();
});

test('a query that is a term gets a term card: the term, every 2025 target with its indicator’s full name, how many pages it lists, its term page', async () => {
  const { page, errors } = await watchedPage(chromium.browser);
  const withTarget = terms.filter((g) => LANGS.every((l) => expectedCard(l, g, 0).phrases.length > 0));
  expect(withTarget.length).toBeGreaterThan(0);
  for (const lang of LANGS) {
    await page.goto(`${baseUrl}${lang}/search/`);
    // Every term with a target, in the form the plural of a page count needs (and in the English plural form of the term).
    for (const term of withTarget) {
      for (const q of lang === 'en' ? [term.en, `${term.en}s`] : [term.zh]) {
        const { shown, card, cardHref } = await searchHere(page, q);
        if (q !== term[lang] && !card) continue; // the plural spelled so is no wording of the term
        const exp = expectedCard(lang, term, shown.length);
        expect(shown.length, q).toBe(pagesContaining(content, lang, term[lang]).length);
        expect(card, q).toContain(exp.term);
        expect(card, q).toContain(exp.pages);
        expect(card, q).toContain(exp.label!);
        for (const line of exp.lines) expect(card, q).toContain(line);
        // The targets, one per line: exactly as many as the indicators that name the term.
        expect(await page.locator('#search-card .search-card-targets li').count(), q).toBe(exp.lines.length);
        expect(cardHref).toBe(`/${lang}/glossary/${term.id}/`);
      }
    }
    // No card for a query that names no term: a word of the text that is no glossary wording (tests/support/queries.ts).
    const plain = plainWord(lang);
    expect(pagesContaining(content, lang, plain).length, plain).toBeGreaterThan(0);
    expect((await searchHere(page, plain)).card).toBeNull();
  }
  expect(errors).toEqual([]);
  await page.close();
});

describe('policy-term pages', () => {
  /** The content pages of the site whose passages a term page lists. */
  const contentUrls = (lang: Lang) => content.filter((p) => p.lang === lang && !p.url.endsWith('/glossary/')).map((p) => p.url);

  for (const lang of LANGS) {
    test(`${lang}: every term has a page, linked from the glossary, listing every passage where it occurs, by its anchor`, async () => {
      const { page, errors } = await watchedPage(chromium.browser);
      // Each content page's anchored blocks (paragraphs, lists, tables, table rows), with their own text.
      const blocks: { url: string; id: string; text: string }[] = [];
      for (const url of contentUrls(lang)) {
        await page.goto(baseUrl + url.slice(1));
        const found = await page.$$eval('main :is(p, ul, ol, table, blockquote, tbody, tr)[id]', (els) =>
          els
            .filter((el) => !el.closest('[data-pagefind-ignore], nav, .doc-meta'))
            .map((el) => {
              // Its own text: without the anchored blocks inside it, every element's text kept apart.
              const copy = el.cloneNode(true) as HTMLElement;
              // (A table's caption and column headings are its labels, not a passage.)
              for (const inner of copy.querySelectorAll(':is(p, ul, ol, table, blockquote, tbody, tr)[id], caption, thead')) inner.remove();
              for (const e of copy.querySelectorAll('*')) e.append(' ');
              return { id: el.id, text: (copy.textContent ?? '').replace(/\s+/g, ' ') };
            }),
        );
        blocks.push(...found.map((b) => ({ url, ...b })));
      }
      expect(blocks.length).toBeGreaterThan(0);
      await page.goto(`${baseUrl}${lang}/glossary/`);
      const glossaryLinks = await page.$$eval('main table a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(glossaryLinks.sort()).toEqual(terms.map((g) => `/${lang}/glossary/${g.id}/`).sort());
      // The term pages themselves, as built (read from dist/: 2 × the glossary's size is too many page loads).
      const built = (id: string) => readFileSync(join(DIST, lang, 'glossary', id, 'index.html'), 'utf8');
      const hrefsIn = (html: string, cls: string) => {
        const list = html.match(new RegExp(`<(?:ol|ul) class="${cls}"[^>]*>([\\s\\S]*?)</(?:ol|ul)>`))?.[1] ?? '';
        return [...list.matchAll(/<li[^>]*><a href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
      };
      /** The passages a term's pages list: its first page and every next one its pager links (src/lib/term-pages.ts). */
      const listedOn = (id: string): string[] => {
        const out: string[] = [];
        const seen = new Set<string>();
        for (let path: string | undefined = `${lang}/glossary/${id}/`; path && !seen.has(path); ) {
          seen.add(path);
          const html: string = readFileSync(join(DIST, path, 'index.html'), 'utf8');
          out.push(...hrefsIn(html, 'term-passages'));
          const next: string | undefined = html.match(/<a rel="next" href="([^"]+)"/)?.[1];
          path = next ? decodeURI(next).replace(/^\//, '') : undefined;
        }
        return out;
      };
      let listed = 0;
      for (const term of terms) {
        const html = built(term.id);
        const links = listedOn(term.id);
        const want = blocks.filter((b) => contains(b.text, term[lang])).map((b) => `${b.url}#${b.id}`);
        expect(links.sort(), `${lang} ${term.id}`).toEqual(want.sort());
        listed += links.length;
        // Its aliases, as the glossary lists them.
        const shownAliases = html.match(/<dd class="term-aliases"[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '';
        for (const a of searchedAs(term, lang)) expect(shownAliases.replace(/&amp;/g, '&')).toContain(a);
        const shownRelated = html.match(/<dd class="term-related"[^>]*>([\s\S]*?)<\/dd>/)?.[1] ?? '';
        for (const a of term.related?.[lang] ?? []) expect(shownRelated.replace(/&amp;/g, '&')).toContain(a);
        // The task areas whose text holds the term.
        expect(hrefsIn(html, 'term-tasks').sort(), `${lang} ${term.id} tasks`).toEqual(
          taskEntries.filter((e) => e.lang === lang && contains(`${e.data['title']}\n${e.body}`, term[lang])).map((e) => `/${lang}/tasks/${e.data['number']}/`).sort(),
        );
        // The 2025 targets whose indicator names the term.
        const targets = hrefsIn(html, 'term-targets');
        const exp = expectedCard(lang, term, 0).phrases;
        expect(targets.length, `${lang} ${term.id} targets`).toBe(exp.length);
        for (const phrase of exp) expect(html).toContain(phrase);
      }
      expect(listed).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }, 180_000);
  }

  test('a passage link opens its page at the paragraph that holds the term', async () => {
    const { page, errors } = await watchedPage(chromium.browser);
    for (const lang of LANGS) {
      const term = sharedTerms[0]!;
      await page.goto(`${baseUrl}${lang}/glossary/${term.id}/`);
      const hrefs = await page.$$eval('main .term-passages > li > a', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) {
        await page.goto(href);
        const id = decodeURIComponent(new URL(href).hash.slice(1));
        const text = await page.$eval(`[id="${id}"]`, (el) => (el as HTMLElement).innerText);
        expect(contains(text, term[lang]), `${href}: ${text.slice(0, 80)}`).toBe(true);
      }
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

test('the index keeps every table cell, term and caption apart: each one’s words are found as words', async () => {
  const { page } = await watchedPage(chromium.browser);
  let cells = 0;
  for (const lang of LANGS) {
    for (const url of content.filter((p) => p.lang === lang).map((p) => p.url)) {
      await page.goto(baseUrl + url.slice(1));
      const texts = await page.$$eval('main :is(th, td, dt, dd, caption)', (els) =>
        els
          .filter((el) => !el.closest('[data-pagefind-ignore], .doc-meta, .page-dates') && !el.querySelector('p, ul, ol, dl, div, li, table'))
          .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
          .filter(Boolean),
      );
      const record = readIndexRecord(url);
      for (const text of texts) {
        // The cell's text stands alone: no letter or digit glued to either end.
        const at = new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
        expect(at.test(record), `${url}: "${text}"`).toBe(true);
        cells++;
      }
    }
  }
  expect(cells).toBeGreaterThan(0);
  await page.close();
});

test('the read-aloud buttons on every page are not indexed: their labels find no page', () => {
  const indexed = readIndexedPages(DIST);
  for (const lang of LANGS) {
    const labels = (['readAloud.start', 'readAloud.pause', 'readAloud.resume', 'readAloud.stop'] as const).map((k) => t(lang, k)).filter((l) => pagesContaining(content, lang, l).length === 0);
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(indexed.filter((p) => p.lang === lang && contains(p.text, label)).map((p) => p.url), label).toEqual([]);
  }
});

/** The text the built index holds for one page (its record, whitespace collapsed). */
let records: Map<string, string> | undefined;
function readIndexRecord(url: string): string {
  records ??= new Map(readIndexedPages(DIST).map((p) => [p.url, p.text.replace(/\s+/g, ' ')]));
  const text = records.get(url);
  expect(text, `${url} is indexed`).toBeDefined();
  return text!;
}
