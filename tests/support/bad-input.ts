/**
 * Bad input as staff could write it: each case is one small edit of today's content in a copy of the
 * project (made with ./content-edit.ts, as the editing guide describes edits), and the one problem the
 * checker must report for it: its kind (an entry of src/checker/messages.ts), file, field and line.
 *
 * Nothing here names today's files, figures or wording: each case picks its file by what it needs
 * (e.g. "a Chinese chapter whose source is a summary") from the copy it edits, and computes the line
 * from the edit it made (with the yaml library's own positions, not the checker's reader). A case
 * edits one language only where the field is not language-neutral, so that one mistake is one problem.
 *
 * Used by tests/unit/bad-input.test.ts (the checker in-process, every case), tests/integration/
 * check-all-at-once.test.ts (one `npm run check` for many cases) and bad-input-cli.test.ts / publish.test.ts.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node } from 'yaml';
import type { MessageKind } from '../../src/checker/messages.ts';
import { blocks, editMarkdown, editYaml, readMarkdown, readYaml } from './content-edit.ts';

export interface ExpectedProblem {
  kind: MessageKind;
  /** Repo-relative path, e.g. content/zh/chapters/3.md */
  file: string;
  /** Dotted field path, or null when the problem is about the whole file. */
  field: string | null;
  /** The line the checker must name (null: none, the problem is about a missing file). */
  line: number | null;
}

export interface BadInput {
  name: string;
  description: string;
  /**
   * Reads what the edit needs from the project at `dir` (nothing changes until `apply`). `files`: the
   * files the edit changes, deletes or reads; `apply`: the edit itself, which returns the problems it
   * must cause: one, or one per file when a language-neutral field is given the same
   * wrong value in both languages (each file is named, so staff fix both at once).
   */
  plan(dir: string): { files: string[]; apply(): ExpectedProblem[] };
}

type Lang = 'zh' | 'en';
type Collection = 'chapters' | 'tasks' | 'notes' | 'survey';

/** The Markdown files of a collection in one language, by repo-relative path, in name order. */
export function filesOf(dir: string, lang: Lang, collection: Collection): string[] {
  const folder = join(dir, 'content', lang, collection);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.md'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => `content/${lang}/${collection}/${f}`);
}

const counterpart = (file: string) => file.replace(/^content\/(zh|en)\//, (_, l: string) => `content/${l === 'zh' ? 'en' : 'zh'}/`);
const data = (dir: string, file: string) => readMarkdown(join(dir, file)).data;

/** Chinese files of a collection whose source is a summary (not verbatim), so their wording may change; with their English counterparts. */
function summaries(dir: string, collection: Collection): string[] {
  const out = filesOf(dir, 'zh', collection).filter((f) => (data(dir, f).source as { verbatim?: boolean } | undefined)?.verbatim === false);
  if (!out.length) throw new Error(`no Chinese ${collection} file is a summary: the bad-input cases need one`);
  return out;
}

/** The `i`-th item of a list (wrapping round), so that cases spread over the files there are. */
const pick = <T>(list: T[], i: number): T => {
  if (!list.length) throw new Error('nothing to pick from');
  return list[i % list.length]!;
};

/** The line (1-based, in the file) of the YAML node at a path of a YAML text that starts at line `first`. */
function yamlLine(text: string, path: (string | number)[], first = 1): number {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, keepSourceTokens: true });
  let node: unknown = doc.contents;
  let keyNode: Node | undefined;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === step);
      if (!pair) throw new Error(`no ${String(step)} in the YAML`);
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[step as number];
      keyNode = node as Node;
    } else throw new Error(`cannot follow ${path.join('.')}`);
  }
  const at = (keyNode ?? (node as Node)).range?.[0];
  if (at === undefined) throw new Error(`no position for ${path.join('.')}`);
  return lc.linePos(at).line + first - 1;
}

/** The front matter's text of a Markdown file (between the --- lines, which start at line 1). */
const frontMatterText = (dir: string, file: string) => /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))![1]!;
/** The line of a front-matter field of a Markdown file. */
const fieldLine = (dir: string, file: string, path: (string | number)[]) => yamlLine(frontMatterText(dir, file), path, 2);

/** The file line of the last line of the body's last block. */
function lastLineOfBody(dir: string, file: string): number {
  const md = readMarkdown(join(dir, file));
  const last = blocks(md.body).at(-1);
  if (!last) throw new Error(`${file} has no text`);
  return md.bodyLine + last.line - 1 + last.text.split('\n').length - 1;
}

/** Append words to the body's last paragraph (no new paragraph, so both languages still line up); returns its line. */
function appendToLastParagraph(dir: string, file: string, words: string): number {
  editMarkdown(join(dir, file), { body: (body) => body.replace(/\s*$/, `${words}\n`) });
  return lastLineOfBody(dir, file);
}

/** Append a new block (paragraph or HTML) to the body; returns its first line. */
function appendBlock(dir: string, file: string, block: string): number {
  editMarkdown(join(dir, file), { body: (body) => `${body.trimEnd()}\n\n${block}\n` });
  const md = readMarkdown(join(dir, file));
  return md.bodyLine + blocks(md.body).at(-1)!.line - 1;
}

/** Any image in public/, as the site writes its address. */
function anImage(dir: string): string {
  const found = readdirSync(join(dir, 'public'), { recursive: true, encoding: 'utf8' }).find((f) => /\.(svg|png|jpe?g|gif|webp)$/i.test(f));
  if (!found) throw new Error('public/ has no image');
  return `/${found.split('\\').join('/')}`;
}

const nextDay = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const daysInMonth = (ym: string) => new Date(Date.UTC(Number(ym.slice(0, 4)), Number(ym.slice(5, 7)), 0)).getUTCDate();

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'wrong-type',
    description: 'A chapter number written as a word',
    plan: (dir) => {
      const file = pick(filesOf(dir, 'zh', 'chapters'), 2);
      return {
        files: [file],
        apply: () => {
          editMarkdown(join(dir, file), { data: (doc) => doc.set('number', 'three') });
          return [{ kind: 'schema', file, field: 'number', line: fieldLine(dir, file, ['number']) }];
        },
      };
    },
  },
  {
    name: 'missing-field',
    description: 'A task whose title line was deleted',
    plan: (dir) => {
      const file = pick(filesOf(dir, 'en', 'tasks'), 1);
      return {
        files: [file],
        apply: () => {
          editMarkdown(join(dir, file), { data: (doc) => doc.delete('title') });
          // A field that is not there is reported where the front matter begins.
          return [{ kind: 'requiredField', file, field: 'title', line: 2 }];
        },
      };
    },
  },
  {
    name: 'broken-front-matter',
    description: 'Front matter that YAML cannot read (a colon and a space inside an unquoted title)',
    plan: (dir) => {
      const file = pick(filesOf(dir, 'zh', 'chapters'), 1);
      return {
        files: [file],
        apply: () => {
          const path = join(dir, file);
          const line = fieldLine(dir, file, ['title']);
          const lines = readFileSync(path, 'utf8').split('\n');
          // A colon and a space inside an unquoted title, as when a heading "Part 2: …" is pasted in.
          lines[line - 1] = `title: ${String(data(dir, file).title).replace(/^(.)/, '$1: ')}`;
          writeFileSync(path, lines.join('\n'));
          return [{ kind: 'yamlSyntax', file, field: null, line }];
        },
      };
    },
  },
  {
    name: 'empty-file',
    description: 'An empty Markdown file',
    plan: (dir) => {
      const file = pick(filesOf(dir, 'zh', 'tasks'), 2);
      return {
        files: [file],
        apply: () => {
          writeFileSync(join(dir, file), '');
          return [{ kind: 'emptyFile', file, field: null, line: 1 }];
        },
      };
    },
  },
  {
    name: 'missing-translation',
    description: 'A chapter with no English translation',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'chapters'), 4);
      const en = counterpart(zh);
      return {
        files: [zh, en],
        apply: () => {
          rmSync(join(dir, en));
          return [{ kind: 'missingTranslation', file: zh, field: null, line: null }];
        },
      };
    },
  },
  {
    name: 'neutral-field-differs',
    description: 'A language-neutral field (status) changed in the English file only',
    plan: (dir) => {
      const en = counterpart(pick(filesOf(dir, 'zh', 'chapters'), 2));
      return {
        files: [en],
        apply: () => {
          editMarkdown(join(dir, en), { data: (doc) => doc.set('status', doc.get('status') === 'full' ? 'summary' : 'full') });
          return [{ kind: 'neutralFieldDiffers', file: en, field: 'status', line: fieldLine(dir, en, ['status']) }];
        },
      };
    },
  },
  {
    name: 'paragraphs-differ',
    description: 'The English file has one paragraph more than the Chinese file',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'chapters'), 0));
      return {
        files: [en],
        apply: () => [{ kind: 'notAligned', file: en, field: 'body', line: appendBlock(dir, en, 'An extra paragraph that the Chinese file does not have.') }],
      };
    },
  },
  {
    name: 'dangling-reference',
    description: 'A task area that refers to a chapter that does not exist (in both languages)',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'tasks'), 5);
      const none = Math.max(...filesOf(dir, 'zh', 'chapters').map((f) => Number(data(dir, f).number))) + 1;
      return {
        files: [zh, counterpart(zh)],
        apply: () => {
          return [zh, counterpart(zh)].map((file) => {
            editMarkdown(join(dir, file), { data: (doc) => doc.set('chapter', none) });
            return { kind: 'unknownChapter', file, field: 'chapter', line: fieldLine(dir, file, ['chapter']) };
          });
        },
      };
    },
  },
  {
    name: 'duplicate-number',
    description: 'Two drafting-notes sections with the same order (in both languages)',
    plan: (dir) => {
      const notes = filesOf(dir, 'zh', 'notes');
      const zh = pick(notes, 2);
      const other = notes[notes.indexOf(zh) - 1] ?? notes[1]!;
      const taken = data(dir, other).order;
      return {
        files: [zh, counterpart(zh), other, counterpart(other)],
        apply: () => {
          return [zh, counterpart(zh)].map((file) => {
            editMarkdown(join(dir, file), { data: (doc) => doc.set('order', taken) });
            return { kind: 'duplicateValue', file, field: 'order', line: fieldLine(dir, file, ['order']) };
          });
        },
      };
    },
  },
  {
    name: 'duplicate-anchor',
    description: 'Two headings with the same anchor on one page (in both languages)',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'chapters'), 4);
      return {
        files: [zh, counterpart(zh)],
        apply: () =>
          (
            [
              [zh, '## 保障措施 {#measures}', '## 其他 {#measures}'],
              [counterpart(zh), '## Safeguards {#measures}', '## Other {#measures}'],
            ] as const
          ).map(([file, first, second]) => {
            appendBlock(dir, file, first);
            return { kind: 'duplicateAnchor', file, field: 'body', line: appendBlock(dir, file, second) };
          }),
      };
    },
  },
  {
    name: 'broken-link',
    description: 'A link to a page that does not exist',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'chapters'), 0);
      return {
        files: [zh],
        apply: () => [{ kind: 'brokenLink', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, '详见[另一页](/zh/no-such-page/)。') }],
      };
    },
  },
  {
    name: 'broken-anchor',
    description: 'A link to a heading anchor that does not exist on the page',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'chapters'), 1));
      return {
        files: [en],
        apply: () => [{ kind: 'missingAnchor', file: en, field: 'body', line: appendToLastParagraph(dir, en, ' See [the drafting notes](/en/drafting-notes/#no-such-anchor).') }],
      };
    },
  },
  {
    name: 'image-without-alt',
    description: 'An image without alt text',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 1);
      return {
        files: [zh],
        apply: () => [{ kind: 'imageWithoutAlt', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, `![](${anImage(dir)})`) }],
      };
    },
  },
  {
    name: 'impossible-date',
    description: 'A Table 1 end date that does not exist (the day after the last of its month)',
    plan: (dir) => {
      const file = 'content/data/survey.yaml';
      return {
        files: [file],
        apply: () => {
          const periods = (readYaml(join(dir, file)) as { periods: { id: string; end: string }[] }).periods;
          const i = periods.length - 1;
          const month = String(periods[i]!.end).slice(0, 7);
          editYaml(join(dir, file), (doc) => doc.setIn(['periods', i, 'end'], `${month}-${daysInMonth(month) + 1}`));
          const line = yamlLine(readFileSync(join(dir, file), 'utf8'), ['periods', i, 'end']);
          return [{ kind: 'schema', file, field: `periods.${i}.end`, line }];
        },
      };
    },
  },
  {
    name: 'revision-before-publication',
    description: 'A last-updated date before the publication date',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'tasks').filter((f) => data(dir, f).published && !data(dir, f).updated), 5);
      return {
        files: [zh],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.set('updated', nextDay(String(doc.get('published')), -1)) });
          return [{ kind: 'updatedBeforePublished', file: zh, field: 'updated', line: fieldLine(dir, zh, ['updated']) }];
        },
      };
    },
  },
  {
    name: 'unsafe-script',
    description: 'A <script> element in the text',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'chapters'), 3);
      return { files: [zh], apply: () => [{ kind: 'unsafeTag', file: zh, field: 'body', line: appendBlock(dir, zh, '<script>alert("x")</script>') }] };
    },
  },
  {
    name: 'unsafe-iframe',
    description: 'An <iframe> in the text',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'chapters'), 4));
      return { files: [en], apply: () => [{ kind: 'unsafeTag', file: en, field: 'body', line: appendBlock(dir, en, '<iframe src="https://example.com/"></iframe>') }] };
    },
  },
  {
    name: 'unsafe-event-handler',
    description: 'An on…= event handler in HTML',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'tasks'), 3));
      return { files: [en], apply: () => [{ kind: 'eventHandler', file: en, field: 'body', line: appendBlock(dir, en, '<p onclick="alert(1)">Click here</p>') }] };
    },
  },
  {
    name: 'unsafe-javascript-url',
    description: 'A javascript: link address',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 4);
      return { files: [zh], apply: () => [{ kind: 'unsafeAddress', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, '[点击这里](javascript:void)') }] };
    },
  },
];

/** The case of that name (the integration tests use a few by name). */
export function badInput(name: string): BadInput {
  const c = BAD_INPUTS.find((x) => x.name === name);
  if (!c) throw new Error(`no bad-input case ${name}`);
  return c;
}
