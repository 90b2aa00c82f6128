/**
 * Rules of the code's shape (issue #20, point 4; docs/architecture.md): no import cycles (type-only
 * imports included) and no function longer than 80 lines. Read with TypeScript's own parser and
 * pre-processor; .astro files by their front matter and <script> blocks.
 */
import { expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { parse as parseAstro } from '@astrojs/compiler-rs';

const ROOT = resolve('.');
const CODE = /\.(ts|mts|mjs|js|astro)$/;
const MAX_LINES = 80;

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(join(ROOT, rel)).isDirectory() ? files(rel) : CODE.test(name) ? [rel] : [];
  });
}

/** A file's script, and the line its first line is on. */
function scriptOf(path: string): { text: string; firstLine: number } {
  const text = readFileSync(join(ROOT, path), 'utf8');
  if (!path.endsWith('.astro')) return { text, firstLine: 1 };
  return { text: /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '', firstLine: 2 };
}

/** The project files a file imports (relative specifiers that name an existing file). */
function imports(path: string): string[] {
  const { text } = scriptOf(path);
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((s) => s.startsWith('.'))
    .map((s) => relative(ROOT, resolve(ROOT, dirname(path), s.replace(/\?.*$/, ''))).split('\\').join('/'))
    .filter((p) => existsSync(join(ROOT, p)));
}

/** The cycles of a graph (its strongly connected components of more than one file, or a file importing itself). */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Functions of a file longer than `max` lines: `path:line name (n lines)`. */
export function longFunctions(path: string, text: string, firstLine = 1, max = MAX_LINES): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: string[] = [];
  const line = (pos: number) => source.getLineAndCharacterOfPosition(pos).line;
  const walk = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const lines = line(node.end) - line(node.getStart(source)) + 1;
      const name = 'name' in node && node.name && ts.isIdentifier(node.name) ? node.name.text : '(anonymous)';
      if (lines > max) out.push(`${path}:${line(node.getStart(source)) + firstLine} ${name} (${lines} lines)`);
    }
    ts.forEachChild(node, walk);
  };
  walk(source);
  return out;
}

test('no import cycles in src, tests, bench or scripts', () => {
  const all = ['src', 'tests', 'bench', 'scripts'].flatMap(files);
  const graph = new Map(all.map((f) => [f, imports(f)]));
  expect([...graph.values()].flat().length, 'imports were read').toBeGreaterThan(100);
  expect(cycles(graph)).toEqual([]);
});

test(`no function in src or scripts is longer than ${MAX_LINES} lines`, () => {
  const all = ['src', 'scripts'].flatMap(files);
  expect(all.length).toBeGreaterThan(50);
  expect(all.flatMap((f) => longFunctions(f, scriptOf(f).text, scriptOf(f).firstLine))).toEqual([]);
});

test('the rules catch a cycle (type-only ones too) and a long function', () => {
  const graph = new Map([
    ['a.ts', ['b.ts']],
    ['b.ts', ['c.ts']],
    ['c.ts', ['a.ts']],
    ['d.ts', ['d.ts']],
    ['e.ts', ['a.ts']],
  ]);
  expect(cycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts'], ['d.ts']]);
  const body = Array.from({ length: 85 }, (_, i) => `  const v${i} = ${i};`).join('\n');
  expect(longFunctions('x.ts', `export function big() {\n${body}\n}\nconst small = () => 1;\n`)).toEqual(['x.ts:1 big (87 lines)']);
  expect(longFunctions('x.ts', `const f = () => {\n${body}\n};`)).toEqual(['x.ts:1 (anonymous) (87 lines)']);
});

/**
 * One kept library or module per concern (issue #20, point 5): a new hand-written copy of one of
 * these is reported with its file and line. Code in src/, scripts/, bench/ and tests/support/.
 */
const COPIES: { what: string; pattern: RegExp; home: string[]; under?: string }[] = [
  { what: 'an HTML escaper (use escapeHtml/decodeHtml from src/lib/html.ts: the entities package)', pattern: /&(?:amp|lt|gt|quot|apos|#39);|replace\(\/&\/g/, home: ['src/lib/html.ts'] },
  { what: 'an HTML entity table (use decodeHtml from src/lib/html.ts, or read the HTML with hast-util-from-html)', pattern: /\bamp\s*:\s*['"]&['"]/, home: ['src/lib/html.ts'] },
  { what: 'a hand-written HTML tag scanner or tag stripper (read HTML with hast-util-from-html)', pattern: /<\[\^>\]|<\(\\\/\?\)|<\(\[a-zA-Z\]/, home: [] },
  { what: 'Markdown turned into text by regex (parse it and use mdast-util-to-string)', pattern: /\\\[\(\[\^\\\]\]\*\)\\\]\\\(/, home: [] },
  { what: "a language tag written inline (use htmlLang from src/i18n/lang.ts)", pattern: /['"`]zh-CN['"`]|lang="zh-CN"/, home: ['src/i18n/lang.ts'], under: 'src/' },
  { what: 'a second “other language” helper (use otherLang from src/i18n/lang.ts)', pattern: /\?\s*'en'\s*:\s*'zh'\)/, home: ['src/i18n/lang.ts'] },
  { what: "the Chinese list separator written inline (use ZH_LIST_SEP or listSep from src/i18n/lang.ts)", pattern: /['"`]、['"`]/, home: ['src/i18n/lang.ts'], under: 'src/' },
  { what: "a field picked by language by hand (use inLangOf or noteIn from src/i18n/lang.ts)", pattern: /=== 'zh' \? [\w.[\]']+ : [\w.[\]']+\.en\b/, home: ['src/i18n/lang.ts'] },
  { what: 'a heading-id regex (use splitHeadingId from src/lib/heading-id.ts)', pattern: /\\\{#/, home: ['src/lib/heading-id.ts'] },
  { what: 'a front-matter regex (use splitFrontMatter from src/lib/front-matter.ts)', pattern: /\/\^---/, home: ['src/lib/front-matter.ts', 'tests/support/content-edit.ts'] },
];

/** `path:line what` for every line of `texts` that matches a copy's pattern outside its home (language tags: in src/ only; test stubs may name them). */
export function copiesIn(texts: Map<string, string>): string[] {
  return [...texts].flatMap(([path, text]) =>
    COPIES.filter((c) => !c.home.includes(path) && path.startsWith(c.under ?? '')).flatMap((c) =>
      text.split('\n').flatMap((line, i) => (c.pattern.test(line) && !/^\s*(\*|\/\/)/.test(line) ? [`${path}:${i + 1} ${c.what}`] : [])),
    ),
  );
}

test('each helper exists once: no hand-written escaper, entity table, tag scanner, language tag, other-language helper, list separator, language pick, heading-id or front-matter regex', () => {
  const all = ['src', 'scripts', 'bench', 'tests/support'].flatMap(files).filter((f) => !f.startsWith('src/client/admin/vendor'));
  expect(all.length).toBeGreaterThan(50);
  expect(copiesIn(new Map(all.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')])))).toEqual([]);
});

test('the copy rule catches a new copy of each helper', () => {
  const copies = new Map([
    ['src/a.ts', "const esc = (s: string) => s.replace(/&/g, '&amp;');"],
    ['src/b.astro', '<p lang="zh-CN">中文</p>'],
    ['src/c.ts', "export const other = (l: Lang) => (l === 'zh' ? 'en' : 'zh');"],
    ['src/d.ts', 'const FM = /^---\\n([\\s\\S]*?)\\n---/;'],
    ['src/lib/html.ts', "// the one place: '&amp;'"],
    ['src/e.ts', "const NAMED = { amp: '&', lt: '<' };"],
    ['src/f.ts', 'const text = (html: string) => html.replace(/<[^>]+>/g, "");'],
    ['src/g.ts', 'const TAG = /<(\\/?)([a-zA-Z][\\w-]*)/g;'],
    ['src/h.ts', "const text = (md: string) => md.replace(/\\[([^\\]]*)\\]\\([^)]*\\)/g, '$1');"],
    ['src/i.ts', "const id = (heading: string) => /\\{#([a-z-]+)\\}$/.exec(heading)?.[1];"],
    ['src/j.ts', "const sep = lang === 'zh' ? '、' : ', ';"],
    ['src/k.ts', "const title = lang === 'zh' ? meta.title : meta.en.title;"],
    ['src/l.astro', "<li>{lang === 'zh' ? c.note : c.en}</li>"],
  ]);
  expect(copiesIn(copies).map((c) => c.split(' ')[0])).toEqual(['src/a.ts:1', 'src/b.astro:1', 'src/c.ts:1', 'src/d.ts:1', 'src/e.ts:1', 'src/f.ts:1', 'src/g.ts:1', 'src/h.ts:1', 'src/i.ts:1', 'src/j.ts:1', 'src/k.ts:1', 'src/l.astro:1']);
});

/** Components that import a value (not only a type) from src/queries/: they should be given their data. */
export function fetchingComponents(scripts: Map<string, string>): string[] {
  return [...scripts]
    .filter(([, script]) => ts.preProcessFile(script, true, true).importedFiles.some((f) => /(^|\/)queries\//.test(f.fileName) && !new RegExp(`import\\s+type\\s[^;]*['"]${f.fileName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]`).test(script)))
    .map(([path]) => path);
}

test('components display the data they are given: none imports a query (src/queries/) except as a type', () => {
  const components = files('src/components');
  expect(components.length).toBeGreaterThan(10);
  expect(fetchingComponents(new Map(components.map((f) => [f, scriptOf(f).text])))).toEqual([]);
  expect(
    fetchingComponents(
      new Map([
        ['A.astro', "import { targets } from '../queries/content-queries.ts';"],
        ['B.astro', "import type { FooterData } from '../queries/footer-queries.ts';"],
      ]),
    ),
  ).toEqual(['A.astro']);
});

test('the checker, the model and the library import nothing from the build (src/integrations) or the pages', () => {
  const layers = ['src/checker', 'src/model', 'src/lib'].flatMap((d) => files(d));
  expect(layers.length).toBeGreaterThan(20);
  const upward = layers.flatMap((f) => imports(f).filter((i) => /^src\/(integrations|pages|components|layouts)\//.test(i)).map((i) => `${f} → ${i}`));
  expect(upward).toEqual([]);
});

/** The project paths a document names in `code` (placeholders such as <lang>, … or * left out). */
export function namedPaths(markdown: string): string[] {
  return [...markdown.matchAll(/`((?:src|tests|docs|bench|scripts|content|sources|public)\/[^`\s]*)`/g)]
    .map((m) => m[1]!.replace(/[.,:;)]+$/, ''))
    .filter((p) => !/[…<>*{}]/.test(p));
}

/** Paths the documents name that are not in the repository by design: the worked example's new template, benchmark output (git-ignored). */
const NOT_IN_REPO = [/^src\/pages\/\[lang\]\/sources\/index\.astro$/, /^bench\/results\//];

test.each(['docs/architecture.md', 'README.md'])('every project path %s names exists', (doc) => {
  const named = namedPaths(readFileSync(join(ROOT, doc), 'utf8'));
  expect(named.length).toBeGreaterThan(10);
  expect(named.filter((p) => !existsSync(join(ROOT, p)) && !NOT_IN_REPO.some((r) => r.test(p)))).toEqual([]);
  expect(namedPaths('`src/lib/html.ts` and `src/no-such-file.ts` and `content/<lang>/x`')).toEqual(['src/lib/html.ts', 'src/no-such-file.ts']);
});

const HAN = /\p{Script=Han}/u;

/**
 * Every string in a file's code — string and template literals, regular expressions, JSX/Astro
 * text and attribute values, `<script>` and `<style>` included — with its line; comments are not
 * read. .ts/.js files with TypeScript's parser, .astro files with Astro's own (the compiler Astro
 * builds with, which parses the front matter and scripts as well as the template).
 */
export function codeTexts(path: string, text: string): { line: number; text: string }[] {
  const lineOf = (pos: number) => text.slice(0, pos).split('\n').length;
  const out: { line: number; text: string }[] = [];
  if (path.endsWith('.astro')) {
    // An ESTree-shaped tree (front matter and <script> programs inside it); comments are AstroComment
    // nodes in the template and `comments` lists beside the programs, and are skipped.
    type Node = { type?: string; start?: number; value?: unknown; regex?: { pattern: string } };
    const textOf = (n: Node): unknown => {
      if (n.type === 'TemplateElement') {
        const v = n.value as { raw: string; cooked?: string | null };
        return v.cooked ?? v.raw;
      }
      if (n.type === 'Literal') return n.regex?.pattern ?? n.value;
      return n.type === 'JSXText' ? n.value : undefined;
    };
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (!node || typeof node !== 'object' || (node as Node).type === 'AstroComment') return;
      const value = textOf(node as Node);
      if (typeof value === 'string') out.push({ line: lineOf((node as Node).start ?? 0), text: value });
      for (const [key, child] of Object.entries(node)) if (key !== 'comments') walk(child);
    };
    const { ast, diagnostics } = parseAstro(text);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${path}: Astro could not parse it: ${errors.map((d) => d.text).join('; ')}`);
    walk(ast);
    return out;
  }
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, /\.m?js$/.test(path) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const walk = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node) || ts.isRegularExpressionLiteral(node))
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: node.text });
    ts.forEachChild(node, walk);
  };
  walk(source);
  return out;
}

/**
 * Code under src/ (outside src/i18n/) that may hold Han characters, and why. `only`: the texts of
 * the file that may (each must match it); without it, the whole file.
 */
const HAN_ALLOWED: { path: string; only?: RegExp; why: string }[] = [
  // Chinese the code works on, not words it shows
  { path: 'src/lib/format.ts', only: /^[零一二三四五六七八九十]$/, why: 'the digits of chineseNumeral (number formatting logic)' },
  { path: 'src/checker/rules/figures.ts', why: 'reads Chinese numerals in the official texts (十四, 二〇三五): the characters are its grammar' },
  { path: 'src/checker/rules/provenance.ts', why: 'Han-script regexes that find series of names and place prefixes (金东区) in the official texts' },
  { path: 'src/checker/rules/data-provenance.ts', only: /^[年月日]$/, why: 'finds Table 1 months and days in the official text as it writes them (2020年7月, 7月29日)' },
  { path: 'src/lib/sources/text.ts', why: 'a regex for the official texts’ heading numbers (第一部分, 一、, 表1)' },
  { path: 'src/checker/rules/translated-names.ts', only: /有限公司/, why: 'recognises a company by the legal form that ends its Chinese name (…有限公司)' },
  { path: 'src/lib/search/fallback.ts', why: 'search stop words and question words (的, 什么) that queries are matched against' },
  { path: 'src/lib/schemas.ts', only: /三、文本内容/, why: 'a section title as the data writes it, the example in an English schema message' },
  // Words declared once with both languages side by side, by design
  { path: 'src/checker/messages.ts', why: 'the content checker’s message catalogue: each message in both languages in one place by design (the editing guides quote its guide words; a test checks them)' },
  { path: 'src/model/collections.ts', why: 'each collection’s { zh, en } label, declared with the collection' },
  { path: 'src/lib/editor/labels.ts', why: 'each schema field’s { zh, en } editor label, keyed by the field’s path (tests/unit/editor-config.test.ts checks coverage)' },
  // Build and CI output for maintainers, "中文 / English" on one line: not the site's interface (not moved yet)
  { path: 'src/checker/check.ts', why: 'the content check’s summary lines in the terminal and editor' },
  { path: 'src/integrations/site-check.ts', why: 'the built-site check’s build errors' },
  { path: 'src/integrations/pagefind.ts', why: 'the search-index build error' },
  { path: 'src/lib/ci-report.ts', why: 'the CI report (step names, results, tables)' },
  { path: 'src/lib/history/git.ts', why: 'the build notice when there is no full git history' },
  { path: 'src/lib/site-settings.ts', why: 'build errors for wrong PLAN_CMS_* settings' },
];

/** `path:line text` for each text in code outside src/i18n/ with a Han character that the allow-list does not cover. */
export function hanInCode(texts: Map<string, string>, allowed = HAN_ALLOWED): string[] {
  return [...texts]
    .filter(([path]) => !path.startsWith('src/i18n/'))
    .flatMap(([path, text]) => {
      const allow = allowed.filter((a) => a.path === path);
      if (allow.some((a) => !a.only)) return [];
      return codeTexts(path, text)
        .filter((t) => HAN.test(t.text) && !allow.some((a) => a.only!.test(t.text)))
        .map((t) => `${path}:${t.line} ${t.text.trim().slice(0, 60)}`);
    });
}

test('no Han character in code under src/ outside src/i18n/: visible words are interface strings (src/i18n/zh.json, en.json)', () => {
  const all = files('src');
  expect(all.length).toBeGreaterThan(50);
  expect(hanInCode(new Map(all.map((f) => [f, readFileSync(join(ROOT, f), 'utf8')])))).toEqual([]);
  for (const a of HAN_ALLOWED) expect(existsSync(join(ROOT, a.path)), `allow-list entry ${a.path}`).toBe(true);
});

test('the Han rule reads strings, templates, JSX text and regexes, not comments', () => {
  const texts = new Map([
    ['src/a.ts', "// 注释\n/** 注释 */\nconst a = '字';\nconst b = `${1}年`;\nconst c = /[一二]/;\nconst d = 'plain';"],
    ['src/b.astro', '---\n// 注释\nconst x = "字";\n---\n<!-- 注释 -->\n<p title="标题">正文{`模${1}板`}</p>\n<script>\n// 注释\nconst y = "脚本";\n</script>'],
    ['src/i18n/c.ts', "const z = '中文';"],
    ['src/d.ts', "const ok = '零';\nconst no = '年';"],
  ]);
  expect(hanInCode(texts, [{ path: 'src/d.ts', only: /^零$/, why: 'test' }]).map((h) => h.split(' ')[0])).toEqual([
    'src/a.ts:3', 'src/a.ts:4', 'src/a.ts:5', 'src/b.astro:3', 'src/b.astro:6', 'src/b.astro:6', 'src/b.astro:6', 'src/b.astro:6', 'src/b.astro:9', 'src/d.ts:2',
  ]);
});
