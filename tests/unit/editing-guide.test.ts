/**
 * The editing guides (docs/editing-guide.{zh,en}.md) explain every kind of message the content
 * checker gives staff. The kinds are read from the checker's catalogue (src/checker/messages.ts):
 * every entry of MESSAGES, and every wording of the schemas' own messages (SCHEMA_WORDING). So a
 * new message that the guides do not explain fails here as soon as it is added to the catalogue,
 * and a message whose wording changes fails until the guides follow. The rules cannot bypass the
 * catalogue: a Problem carries the `kind` of its catalogue entry (tests/unit/bad-input.test.ts
 * checks it for every kind of bad input).
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { MESSAGES, SCHEMA_WORDING, enFor, zhFor, type Bilingual } from '../../src/checker/messages.ts';

const guide: Bilingual = { en: readFileSync('docs/editing-guide.en.md', 'utf8'), zh: readFileSync('docs/editing-guide.zh.md', 'utf8') };
const LANGS = ['en', 'zh'] as const;

interface Kind {
  name: string;
  guide: Bilingual;
}

/** Every kind of message of the catalogue, with the words the guides quote when they explain it. */
const kinds: Kind[] = [
  ...Object.entries(MESSAGES)
    // The schemas' messages are explained one by one, by their SCHEMA_WORDING entries below.
    .filter(([name]) => name !== 'schema')
    .map(([name, m]) => ({ name, guide: m.guide })),
  ...SCHEMA_WORDING.map((w) => ({ name: `schema ${w.en.source}`, guide: w.guide })),
];

/** The kinds whose quoted words a guide does not contain, as "name (lang): words". */
function unexplained(list: readonly Kind[], guides: Bilingual): string[] {
  return list.flatMap((k) => LANGS.filter((l) => !guides[l].includes(k.guide[l])).map((l) => `${k.name} (${l}): ${k.guide[l]}`));
}

test('the catalogue has kinds to explain, the schema wording among them', () => {
  expect(kinds.length).toBeGreaterThan(Object.keys(MESSAGES).length);
  for (const k of kinds) for (const l of LANGS) expect(k.guide[l].trim(), `${k.name} (${l})`).not.toBe('');
});

test('every kind of message in the catalogue is explained in both editing guides', () => {
  expect(unexplained(kinds, guide)).toEqual([]);
});

test('a message added to the catalogue without an explanation is reported, in the language it lacks', () => {
  const added: Kind = { name: 'newRule', guide: { en: `a message no guide explains ${Date.now()}`, zh: `指南未解释的信息 ${Date.now()}` } };
  expect(unexplained([...kinds, added], guide)).toEqual([`newRule (en): ${added.guide.en}`, `newRule (zh): ${added.guide.zh}`]);
  const enOnly: Bilingual = { en: `${guide.en}\n${added.guide.en}`, zh: guide.zh };
  expect(unexplained([added], enOnly)).toEqual([`newRule (zh): ${added.guide.zh}`]);
});

describe.each(Object.entries(MESSAGES))('message %s', (_name, m) => {
  test('the words the guides quote are in the message itself, in both languages', () => {
    // `text` takes the example's arguments; the catalogue's own typing ties them together.
    const text = (m.text as (...args: unknown[]) => Bilingual)(...m.example);
    for (const l of LANGS) expect(text[l], l).toContain(m.guide[l]);
  });
});

describe.each(SCHEMA_WORDING.map((w) => [w.en.source, w] as const))('schema message /%s/', (_source, w) => {
  test('the Chinese words the guide quotes are in its Chinese wording', () => {
    expect(w.zh).toContain(w.guide.zh);
  });
});

test('every message the schemas write has its Chinese wording (none is shown in English in both lines)', () => {
  const schemas = readFileSync('src/lib/schemas.ts', 'utf8');
  const written = [...schemas.matchAll(/\b(?:message|error):\s*'([^']+)'/g)].map((m) => m[1]!);
  expect(written.length).toBeGreaterThan(0);
  for (const en of written) expect(zhFor(en), en).not.toBe(en);
});

test("zod's own messages reach staff in plain words, in both languages, as the guides quote them", () => {
  const messages = [
    z.array(z.string()).min(1).safeParse([]),
    z.number().min(1).safeParse(0),
    z.string().safeParse(5),
    z.array(z.string()).safeParse(undefined),
  ].map((r) => r.error?.issues[0]?.message ?? '(parsed)');
  for (const raw of messages) {
    const w = SCHEMA_WORDING.find((x) => x.en.test(raw));
    expect(w, raw).toBeDefined();
    const [en, zh] = [enFor(raw), zhFor(raw)];
    expect(en, raw).toContain(w!.guide.en);
    expect(en, raw).not.toMatch(/Too small|Invalid input|received|>=|\b(string|array|undefined)\b/);
    expect(zh, raw).toContain(w!.guide.zh);
    expect(zh, raw).not.toMatch(/\b(string|number|array|undefined)\b/);
  }
});

test('both guides cover the editing tasks', () => {
  for (const [lang, words] of [
    ['en', ['Add a revision note', 'Correct a figure', 'Add a paragraph to a chapter', 'Add a main task', 'Publish the full text of a Part', 'Add an official source', 'Correct the English only', 'npm run dev', 'npm run check']],
    ['zh', ['添加修订记录', '更正一个数字', '增加一段文字', '增加一项主要任务', '发布某一部分的全文', '增加一份官方文本', '只更正英文', 'npm run dev', 'npm run check']],
  ] as const) {
    for (const w of words) expect(guide[lang], `${lang}: ${w}`).toContain(w);
  }
});
