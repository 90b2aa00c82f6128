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
import { blocks, editMarkdown, editYaml, frontMatterText, readMarkdown, readYaml } from './content-edit.ts';

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
   * files the edit changes or deletes (or reads the values of); `reads`: other files the problem depends
   * on (e.g. the source a figure is checked against), which another case must not change in the same
   * copy; `apply`: the edit itself, which returns the problems it
   * must cause: one, or one per file when a language-neutral field is given the same
   * wrong value in both languages (each file is named, so staff fix both at once).
   */
  plan(dir: string): { files: string[]; reads?: string[]; apply(): ExpectedProblem[] };
  /** The edit causes a warning, not a problem (Rule.warn): the check passes, and `apply` returns the warnings it must cause. */
  warning?: true;
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
/** The organizations a Table 1 English file marks as translated company names, without the mark. */
const markedOrgs = (dir: string, file: string) => ((data(dir, file).organisations as string[] | undefined) ?? []).filter((o) => o.endsWith('*')).map((o) => o.slice(0, -1));

/** Chinese files of a collection whose source is a summary (not verbatim), so their wording may change; with their English counterparts. */
function summaries(dir: string, collection: Collection): string[] {
  const out = filesOf(dir, 'zh', collection).filter((f) => (data(dir, f).source as { verbatim?: boolean } | undefined)?.verbatim === false);
  if (!out.length) throw new Error(`no Chinese ${collection} file is a summary: the bad-input cases need one`);
  return out;
}

/** Chinese files of a collection declared verbatim (word for word the official text). */
function verbatim(dir: string, collection: Collection): string[] {
  const out = filesOf(dir, 'zh', collection).filter((f) => (data(dir, f).source as { verbatim?: boolean } | undefined)?.verbatim === true);
  if (!out.length) throw new Error(`no Chinese ${collection} file is verbatim: the bad-input cases need one`);
  return out;
}

/** A whole number that no text in sources/ contains (so no official text gives it). */
function absentFigure(dir: string): number {
  const texts = readdirSync(join(dir, 'sources')).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(dir, 'sources', f), 'utf8')).join('\n');
  let n = 97_531;
  while (texts.includes(String(n)) || texts.includes(n.toLocaleString('en-US'))) n += 2;
  return n;
}

/** The `i`-th item of a list (wrapping round), so that cases spread over the files there are. */
const pick = <T>(list: T[], i: number): T => {
  if (!list.length) throw new Error('nothing to pick from');
  return list[i % list.length]!;
};

/**
 * The line (1-based, in the file) of the value at a path of a YAML text that starts at line `first`:
 * for a list or a map, the line of its first item (where staff see what is wrong), as messages name it.
 */
function yamlLine(text: string, path: (string | number)[], first = 1): number {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc });
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === step);
      if (!pair) throw new Error(`no ${String(step)} in the YAML`);
      node = pair.value;
    } else if (isSeq(node)) node = node.items[step as number];
    else throw new Error(`cannot follow ${path.join('.')}`);
  }
  const at = (node as Node | undefined)?.range?.[0];
  if (at === undefined) throw new Error(`no position for ${path.join('.')}`);
  return lc.linePos(at).line + first - 1;
}

/** The front matter's text of a Markdown file (between the --- lines, which start at line 1). */
/** The line of a front-matter field of a Markdown file. */
const fieldLine = (dir: string, file: string, path: (string | number)[]) => yamlLine(frontMatterText(join(dir, file)), path, 2);

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
    description: 'An on…= event handler in inline HTML',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'tasks'), 3));
      // Inline, in a paragraph: the sanitizer must drop the handler and keep the words around it.
      return { files: [en], apply: () => [{ kind: 'eventHandler', file: en, field: 'body', line: appendToLastParagraph(dir, en, ` Click <img src="${anImage(dir)}" alt="" onerror="alert(1)"> here.`) }] };
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

  // Declaring sources (rules/provenance.ts).
  {
    name: 'source-missing',
    description: 'A Chinese file without its source',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 0);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.delete('source') });
          // A missing source is reported at the top of the file.
          return [{ kind: 'sourceMissing', file: zh, field: 'source', line: 1 }];
        },
      };
    },
  },
  {
    name: 'source-in-english',
    description: 'An English file that declares a source (its Chinese file declares it)',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 2);
      const en = counterpart(zh);
      const source = data(dir, zh).source;
      return {
        files: [zh, en],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, en), { data: (doc) => doc.set('source', source) });
          return [{ kind: 'sourceInEnglish', file: en, field: 'source', line: fieldLine(dir, en, ['source']) }];
        },
      };
    },
  },
  {
    name: 'unknown-source-document',
    description: 'A source document id that the manifest does not list',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 3);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.setIn(['source', 'document'], `${String(doc.getIn(['source', 'document']))}-misspelt`) });
          return [{ kind: 'unknownDocument', file: zh, field: 'source.document', line: fieldLine(dir, zh, ['source', 'document']) }];
        },
      };
    },
  },
  {
    name: 'unknown-source-section',
    description: 'A source section that is not a heading of the official text',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks').filter((f) => typeof (data(dir, f).source as { section?: unknown }).section === 'string'), 4);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.setIn(['source', 'section'], `${String(doc.getIn(['source', 'section']))}（续）`) });
          return [{ kind: 'unknownSection', file: zh, field: 'source.section', line: fieldLine(dir, zh, ['source', 'section']) }];
        },
      };
    },
  },
  // Verbatim entries and figures against the source (rules/provenance.ts).
  {
    name: 'verbatim-title-differs',
    description: "A verbatim drafting-notes section whose title is not its heading in the source",
    plan: (dir) => {
      const zh = pick(verbatim(dir, 'notes').filter((f) => typeof (data(dir, f).source as { section?: unknown }).section === 'string'), 1);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.set('title', `${String(doc.get('title'))}（摘要）`) });
          return [{ kind: 'titleNotVerbatim', file: zh, field: 'title', line: fieldLine(dir, zh, ['title']) }];
        },
      };
    },
  },
  {
    name: 'verbatim-passage-differs',
    description: 'A word of a verbatim paragraph left out',
    plan: (dir) => {
      const zh = pick(verbatim(dir, 'notes'), 1);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          const md = readMarkdown(join(dir, zh));
          const para = blocks(md.body).find((b) => !b.text.startsWith('#') && (b.text.match(/[\u4e00-\u9fff]/g) ?? []).length > 20);
          if (!para) throw new Error(`${zh} has no paragraph to change`);
          // Leave out one character in the middle of the paragraph.
          const chars = [...para.text.matchAll(/[\u4e00-\u9fff]/g)];
          const at = chars[Math.floor(chars.length / 2)]!.index!;
          const changed = para.text.slice(0, at) + para.text.slice(at + 1);
          editMarkdown(join(dir, zh), { body: (body) => body.replace(para.text, changed) });
          return [{ kind: 'passageDiffers', file: zh, field: 'body', line: md.bodyLine + para.line - 1 }];
        },
      };
    },
  },
  {
    name: 'verbatim-passage-not-in-source',
    description: 'A verbatim paragraph replaced by words the source does not have',
    plan: (dir) => {
      // A paragraph without figures in either language, so that only its words change.
      const noFigures = (zh: string) => {
        const en = blocks(readMarkdown(join(dir, counterpart(zh))).body);
        return blocks(readMarkdown(join(dir, zh)).body).findIndex((b, n) => !b.text.startsWith('#') && !/\d/.test(b.text) && en[n] !== undefined && !/\d/.test(en[n]!.text));
      };
      const zh = pick([...verbatim(dir, 'notes'), ...verbatim(dir, 'survey')].filter((f) => noFigures(f) >= 0), 0);
      const i = noFigures(zh);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          const md = readMarkdown(join(dir, zh));
          const para = blocks(md.body)[i]!;
          editMarkdown(join(dir, zh), { body: (body) => body.replace(para.text, '这一段文字在官方文本中根本找不到。') });
          return [{ kind: 'passageNotFound', file: zh, field: 'body', line: md.bodyLine + para.line - 1 }];
        },
      };
    },
  },
  {
    name: 'figure-not-in-source',
    description: 'A figure, in both languages, that the official text does not give',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 5);
      const en = counterpart(zh);
      const figure = absentFigure(dir);
      return {
        files: [zh, en],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          const line = appendToLastParagraph(dir, zh, `共${figure}项。`);
          appendToLastParagraph(dir, en, ` In all, ${figure} items.`);
          return [{ kind: 'figureNotInSource', file: zh, field: 'body', line }];
        },
      };
    },
  },
  {
    name: 'figures-differ',
    description: 'A figure added in the English only',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'chapters'), 2));
      const figure = absentFigure(dir);
      return {
        files: [en],
        apply: () => [{ kind: 'figuresDiffer', file: en, field: 'body', line: appendToLastParagraph(dir, en, ` In all, ${figure} items.`) }],
      };
    },
  },
  {
    name: 'name-not-in-source',
    description: 'A Table 1 place written otherwise than the official text',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'survey').filter((f) => (data(dir, f).places as unknown[] | undefined)?.length), 1);
      return {
        files: [zh],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, zh), { data: (doc) => doc.setIn(['places', 0], `${String(doc.getIn(['places', 0]))}新区`) });
          return [{ kind: 'nameNotInSource', file: zh, field: 'places.0', line: fieldLine(dir, zh, ['places', 0]) }];
        },
      };
    },
  },
  {
    name: 'name-in-another-row',
    description: "A Table 1 company listed under a period whose row of the official table does not name it (another period's row does)",
    plan: (dir) => {
      const companies = (f: string) => ((data(dir, f).organisations as string[] | undefined) ?? []).map((o, i) => ({ o, i })).filter(({ o }) => /有限公司$/.test(o));
      const listing = filesOf(dir, 'zh', 'survey').filter((f) => companies(f).length);
      const a = pick(listing, 0);
      const body = readMarkdown(join(dir, a)).body;
      // A company of another period that this period's text (its row, word for word) does not name.
      const taken = listing.filter((f) => f !== a).flatMap((f) => companies(f).map((c) => c.o)).find((o) => !body.includes(o) && !companies(a).some((c) => c.o === o));
      const { i } = companies(a)[0]!;
      return {
        files: [a],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editMarkdown(join(dir, a), { data: (doc) => doc.setIn(['organisations', i], taken) });
          return [{ kind: 'nameNotInSource', file: a, field: `organisations.${i}`, line: fieldLine(dir, a, ['organisations', i]) }];
        },
      };
    },
  },
  // Company names translated for this website (rules/translated-names.ts).
  {
    name: 'company-name-unmarked',
    description: 'A translated company name in the English list of Table 1 without its "*"',
    plan: (dir) => {
      const en = pick(filesOf(dir, 'en', 'survey').filter((f) => markedOrgs(dir, f).length), 0);
      const i = (data(dir, en).organisations as string[]).findIndex((o) => o.endsWith('*'));
      return {
        files: [en],
        apply: () => {
          editMarkdown(join(dir, en), { data: (doc) => doc.setIn(['organisations', i], String(doc.getIn(['organisations', i])).slice(0, -1)) });
          return [{ kind: 'companyNameUnmarked', file: en, field: `organisations.${i}`, line: fieldLine(dir, en, ['organisations', i]) }];
        },
      };
    },
  },
  {
    name: 'name-marked-not-company',
    description: 'A place in the English list of Table 1 marked "*" as if it were a translated company name',
    plan: (dir) => {
      const en = pick(filesOf(dir, 'en', 'survey').filter((f) => (data(dir, f).places as unknown[] | undefined)?.length), 0);
      return {
        files: [en],
        apply: () => {
          editMarkdown(join(dir, en), { data: (doc) => doc.setIn(['places', 0], `${String(doc.getIn(['places', 0]))}*`) });
          return [{ kind: 'nameMarkedNotCompany', file: en, field: 'places.0', line: fieldLine(dir, en, ['places', 0]) }];
        },
      };
    },
  },
  {
    name: 'company-mark-missing-in-text',
    description: 'The English text of a Table 1 period names a marked company without its "\\*"',
    plan: (dir) => {
      const en = pick(filesOf(dir, 'en', 'survey').filter((f) => markedOrgs(dir, f).some((n) => readMarkdown(join(dir, f)).body.includes(`${n}\\*`))), 0);
      const name = markedOrgs(dir, en).find((n) => readMarkdown(join(dir, en)).body.includes(`${n}\\*`))!;
      return {
        files: [en],
        apply: () => {
          const text = readFileSync(join(dir, en), 'utf8');
          const at = text.indexOf(`${name}\\*`, text.indexOf('\n---', 3) + 4);
          writeFileSync(join(dir, en), text.slice(0, at + name.length) + text.slice(at + name.length + 2));
          return [{ kind: 'companyMarkInText', file: en, field: 'body', line: text.slice(0, at).split('\n').length }];
        },
      };
    },
  },
  // The 2025 targets and Table 1 dates against the source (rules/data-provenance.ts).
  {
    name: 'target-figure-differs',
    description: 'A 2025 target value that the official text does not give',
    plan: (dir) => {
      const file = 'content/data/targets.yaml';
      const groups = (readYaml(join(dir, file)) as { groups: { indicators: { value: number }[] }[] }).groups;
      const gi = groups.length - 1;
      return {
        files: [file],
        reads: ['sources/manifest.yaml', 'content/zh/targets.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['groups', gi, 'indicators', 0, 'value'], absentFigure(dir)));
          const path = ['groups', gi, 'indicators', 0, 'value'];
          return [{ kind: 'targetFigureDiffers', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  {
    name: 'group-name-not-in-source',
    description: 'A target group name written otherwise than the official text',
    plan: (dir) => {
      const file = 'content/zh/targets.yaml';
      const id = Object.keys((readYaml(join(dir, file)) as { groups: Record<string, string> }).groups)[0]!;
      return {
        files: [file],
        reads: ['sources/manifest.yaml', 'content/data/targets.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['groups', id], `${String(doc.getIn(['groups', id]))}（示例）`));
          return [{ kind: 'groupNameNotInSource', file, field: `groups.${id}`, line: yamlLine(readFileSync(join(dir, file), 'utf8'), ['groups', id]) }];
        },
      };
    },
  },
  {
    name: 'indicator-name-not-in-source',
    description: 'A target indicator name written otherwise than the official text',
    plan: (dir) => {
      const file = 'content/zh/targets.yaml';
      const id = Object.keys((readYaml(join(dir, file)) as { indicators: Record<string, string> }).indicators).at(-1)!;
      return {
        files: [file],
        reads: ['sources/manifest.yaml', 'content/data/targets.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['indicators', id], `${String(doc.getIn(['indicators', id]))}（示例）`));
          return [{ kind: 'indicatorNameNotInSource', file, field: `indicators.${id}`, line: yamlLine(readFileSync(join(dir, file), 'utf8'), ['indicators', id]) }];
        },
      };
    },
  },
  {
    name: 'survey-date-not-in-source',
    description: 'A Table 1 start date moved to a day the official table does not give',
    plan: (dir) => {
      const file = 'content/data/survey.yaml';
      const periods = (readYaml(join(dir, file)) as { periods: { start: string }[] }).periods;
      // A period whose start is not the 1st, so the day before is in the same month.
      const i = periods.findIndex((p) => !String(p.start).endsWith('-01'));
      return {
        files: [file],
        reads: ['sources/manifest.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['periods', i, 'start'], nextDay(String(periods[i]!.start), -1)));
          return [{ kind: 'dateNotInSource', file, field: `periods.${i}.start`, line: yamlLine(readFileSync(join(dir, file), 'utf8'), ['periods', i, 'start']) }];
        },
      };
    },
  },
  // The manifest (rules/source-manifest.ts, load.ts).
  {
    name: 'manifest-section-name',
    description: "An English section name in the manifest keyed by a heading the text does not have",
    plan: (dir) => {
      const file = 'sources/manifest.yaml';
      return {
        files: [file],
        apply: () => {
          const heading = '四、不存在的一节';
          editYaml(join(dir, file), (doc) => doc.setIn(['documents', 0, 'en', 'sections', heading], 'Section IV: No Such Section'));
          const path = ['documents', 0, 'en', 'sections', heading];
          return [{ kind: 'notASectionHeading', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  {
    name: 'manifest-unknown-supersedes',
    description: 'A document that supersedes one the manifest does not list',
    plan: (dir) => {
      const file = 'sources/manifest.yaml';
      return {
        files: [file],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['documents', 0, 'supersedes'], 'no-such-earlier-version'));
          const path = ['documents', 0, 'supersedes'];
          return [{ kind: 'unknownSupersedes', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  // Numbers, ids and references (rules/references.ts).
  {
    name: 'missing-target-name',
    description: 'A target indicator without its Chinese name',
    plan: (dir) => {
      const file = 'content/zh/targets.yaml';
      const id = Object.keys((readYaml(join(dir, file)) as { indicators: Record<string, string> }).indicators)[1]!;
      return {
        files: [file],
        reads: ['content/data/targets.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.deleteIn(['indicators', id]));
          return [{ kind: 'missingTargetName', file, field: `indicators.${id}`, line: yamlLine(readFileSync(join(dir, file), 'utf8'), ['indicators']) }];
        },
      };
    },
  },
  {
    name: 'unknown-target-id',
    description: 'An English target name for an indicator id that content/data/targets.yaml does not have',
    plan: (dir) => {
      const file = 'content/en/targets.yaml';
      return {
        files: [file],
        reads: ['content/data/targets.yaml'],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['indicators', 'no-such-indicator'], 'No such indicator'));
          return [{ kind: 'unknownTargetId', file, field: 'indicators.no-such-indicator', line: yamlLine(readFileSync(join(dir, file), 'utf8'), ['indicators', 'no-such-indicator']) }];
        },
      };
    },
  },
  {
    name: 'duplicate-indicator',
    description: 'A target indicator listed twice (the same id, value and unit)',
    plan: (dir) => {
      const file = 'content/data/targets.yaml';
      const groups = (readYaml(join(dir, file)) as { groups: { indicators: unknown[] }[] }).groups;
      const gi = groups.length - 1;
      const copy = groups[gi]!.indicators[0];
      return {
        files: [file],
        apply: () => {
          const n = groups[gi]!.indicators.length;
          editYaml(join(dir, file), (doc) => doc.addIn(['groups', gi, 'indicators'], doc.createNode(copy)));
          const path = ['groups', gi, 'indicators', n, 'id'];
          return [{ kind: 'duplicateIndicator', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  // Revision dates (rules/revision-dates.ts).
  {
    name: 'change-before-publication',
    description: 'A change note dated before the page was published',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'tasks').filter((f) => data(dir, f).published && !data(dir, f).updated), 0);
      return {
        files: [zh],
        apply: () => {
          editMarkdown(join(dir, zh), {
            data: (doc) => {
              const published = String(doc.get('published'));
              doc.set('updated', published);
              doc.set('changes', doc.createNode([{ date: nextDay(published, -1), note: '修订了表述。' }]));
            },
          });
          return [{ kind: 'changeBeforePublished', file: zh, field: 'changes.0.date', line: fieldLine(dir, zh, ['changes', 0, 'date']) }];
        },
      };
    },
  },
  {
    name: 'updated-before-change',
    description: 'A last-updated date before the newest change note',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'tasks').filter((f) => data(dir, f).published && !data(dir, f).updated), 1);
      return {
        files: [zh],
        apply: () => {
          editMarkdown(join(dir, zh), {
            data: (doc) => {
              const published = String(doc.get('published'));
              doc.set('updated', nextDay(published, 1));
              doc.set('changes', doc.createNode([{ date: nextDay(published, 2), note: '修订了表述。' }]));
            },
          });
          return [{ kind: 'updatedBeforeChange', file: zh, field: 'updated', line: fieldLine(dir, zh, ['updated']) }];
        },
      };
    },
  },
  {
    name: 'published-missing',
    description: 'A page with an updated date but no published date (in both languages)',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'chapters').filter((f) => data(dir, f).published), 3);
      return {
        files: [zh, counterpart(zh)],
        apply: () =>
          [zh, counterpart(zh)].map((file) => {
            editMarkdown(join(dir, file), {
              data: (doc) => {
                if (!doc.has('updated')) doc.set('updated', String(doc.get('published')));
                doc.delete('published');
              },
            });
            // Reported where the field that needs it is: updated.
            return { kind: 'publishedMissing' as const, file, field: 'published', line: fieldLine(dir, file, ['updated']) };
          }),
      };
    },
  },
  // Reading the files (load.ts) and the Markdown text (rules/raw-html.ts, links.ts, images.ts, empty-body.ts).
  {
    name: 'unknown-field',
    description: 'A misspelt front-matter field',
    plan: (dir) => {
      const en = pick(filesOf(dir, 'en', 'tasks'), 3);
      return {
        files: [en],
        apply: () => {
          editMarkdown(join(dir, en), { data: (doc) => doc.set('titel', String(doc.get('title'))) });
          return [{ kind: 'unknownField', file: en, field: 'titel', line: fieldLine(dir, en, ['titel']) }];
        },
      };
    },
  },
  {
    name: 'missing-data-file',
    description: 'A language-neutral data file deleted',
    plan: (dir) => {
      const file = 'content/data/targets.yaml';
      return {
        files: [file],
        apply: () => {
          rmSync(join(dir, file));
          return [{ kind: 'missingFile', file, field: null, line: null }];
        },
      };
    },
  },
  {
    name: 'image-not-found',
    description: 'An image whose file is not in public/',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 0);
      return {
        files: [zh],
        apply: () => [{ kind: 'imageNotFound', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, '![示意图](/images/no-such-picture.png)') }],
      };
    },
  },
  {
    name: 'html-not-allowed',
    description: 'Harmless HTML (a line break) in the text',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'chapters'), 1);
      return { files: [zh], apply: () => [{ kind: 'htmlNotAllowed', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, '<br>') }] };
    },
  },
  {
    name: 'javascript-in-html',
    description: 'A javascript: address inside HTML',
    plan: (dir) => {
      const en = counterpart(pick(summaries(dir, 'tasks'), 1));
      return { files: [en], apply: () => [{ kind: 'javascriptInHtml', file: en, field: 'body', line: appendBlock(dir, en, '<p><a href="javascript:void(0)">here</a></p>') }] };
    },
  },

  {
    name: 'empty-body',
    description: 'A page whose text was deleted (in both languages)',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 2);
      return {
        files: [zh, counterpart(zh)],
        apply: () =>
          [zh, counterpart(zh)].map((file) => {
            editMarkdown(join(dir, file), { body: () => '\n' });
            return { kind: 'emptyBody' as const, file, field: 'body', line: readMarkdown(join(dir, file)).bodyLine };
          }),
      };
    },
  },
  {
    name: 'image-reference-without-alt',
    description: 'A reference-style image without alt text',
    plan: (dir) => {
      const zh = pick(summaries(dir, 'tasks'), 3);
      return {
        files: [zh],
        apply: () => [{ kind: 'imageReferenceWithoutAlt', file: zh, field: 'body', line: appendToLastParagraph(dir, zh, `![][picture]\n\n[picture]: ${anImage(dir)}`) - 2 }],
      };
    },
  },
  {
    name: 'duplicate-document',
    description: 'Two documents in the manifest with the same id',
    plan: (dir) => {
      const file = 'sources/manifest.yaml';
      const docs = (readYaml(join(dir, file)) as { documents: Record<string, unknown>[] }).documents;
      return {
        files: [file],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.addIn(['documents'], doc.createNode({ ...docs[0] })));
          const path = ['documents', docs.length, 'id'];
          return [{ kind: 'duplicateDocument', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  {
    name: 'missing-source-text',
    description: 'A document in the manifest whose text file is not in sources/',
    plan: (dir) => {
      const file = 'sources/manifest.yaml';
      const docs = (readYaml(join(dir, file)) as { documents: Record<string, unknown>[] }).documents;
      return {
        files: [file],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.addIn(['documents'], doc.createNode({ ...docs[0], id: 'later-version', file: 'later-version.zh.txt', supersedes: docs[0]!.id })));
          const path = ['documents', docs.length, 'file'];
          return [{ kind: 'missingSourceText', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
  {
    name: 'period-without-text',
    description: 'A Table 1 period whose text files were deleted (in both languages)',
    plan: (dir) => {
      const data = 'content/data/survey.yaml';
      const zh = pick(filesOf(dir, 'zh', 'survey'), 3);
      const id = String((readMarkdown(join(dir, zh)).data as { period: unknown }).period);
      const i = (readYaml(join(dir, data)) as { periods: { id: unknown }[] }).periods.findIndex((p) => String(p.id) === id);
      return {
        files: [zh, counterpart(zh), data],
        apply: () => {
          rmSync(join(dir, zh));
          rmSync(join(dir, counterpart(zh)));
          const line = yamlLine(readFileSync(join(dir, data), 'utf8'), ['periods', i, 'id']);
          return [0, 1].map(() => ({ kind: 'periodWithoutText' as const, file: data, field: `periods.${i}.id`, line }));
        },
      };
    },
  },
  {
    name: 'glossary-term-twice',
    description: 'A glossary term given the id of the term before it',
    plan: (dir) => {
      const file = 'content/data/glossary.yaml';
      return {
        files: [file],
        apply: () => {
          let first = '';
          editYaml(join(dir, file), (doc) => {
            first = String(doc.getIn(['terms', 0, 'id']));
            doc.setIn(['terms', 1, 'id'], first);
          });
          const text = readFileSync(join(dir, file), 'utf8');
          return [{ kind: 'glossaryTermTwice', file, field: 'terms.1.id', line: yamlLine(text, ['terms', 1, 'id']) }];
        },
      };
    },
  },
  {
    name: 'glossary-rendering-missing',
    description: 'A glossary term added to a Chinese summary, and its English file without the glossary’s rendering (a warning)',
    warning: true,
    plan: (dir) => {
      const zh = pick(summaries(dir, 'chapters'), 0);
      const en = counterpart(zh);
      const fold = (x: string) => x.toLowerCase().replace(/[’']/g, "'");
      const terms = (readYaml(join(dir, 'content/data/glossary.yaml')) as { terms: { zh: string; en: string }[] }).terms;
      const zhText = readFileSync(join(dir, zh), 'utf8');
      const enText = fold(readFileSync(join(dir, en), 'utf8'));
      // A term neither file uses, with no figures (the figures rule compares them between languages) and no other term inside it.
      const term = terms.find(
        (t) => !zhText.includes(t.zh) && !enText.includes(fold(t.en)) && !/[0-9〇零一二两三四五六七八九十百千万]/.test(t.zh) && !terms.some((o) => o !== t && t.zh.includes(o.zh)),
      );
      if (!term) throw new Error(`no glossary term is absent from both ${zh} and ${en}`);
      return {
        files: [zh, en],
        reads: ['content/data/glossary.yaml'],
        apply: () => {
          appendToLastParagraph(dir, zh, `${term.zh}。`);
          const md = readMarkdown(join(dir, en));
          return [{ kind: 'glossaryRendering', file: en, field: 'body', line: md.bodyLine + blocks(md.body).at(-1)!.line - 1 }];
        },
      };
    },
  },
  {
    name: 'unknown-period',
    description: 'A Table 1 text (in both languages) for a period that content/data/survey.yaml does not list',
    plan: (dir) => {
      const zh = pick(filesOf(dir, 'zh', 'survey'), 0);
      const periods = (readYaml(join(dir, 'content/data/survey.yaml')) as { periods: { id: unknown }[] }).periods.map((p) => String(p.id));
      // The month after the last period: a period the data does not have.
      const last = periods.sort().at(-1)!;
      const next = nextDay(`${last}-${daysInMonth(last)}`, 1).slice(0, 7);
      const copies = [zh, counterpart(zh)].map((f) => f.replace(/[^/]+\.md$/, `${next}.md`));
      return {
        files: [zh, counterpart(zh), ...copies],
        reads: ['content/data/survey.yaml'],
        apply: () =>
          [zh, counterpart(zh)].map((f, n) => {
            const file = copies[n]!;
            writeFileSync(join(dir, file), readFileSync(join(dir, f), 'utf8'));
            editMarkdown(join(dir, file), { data: (doc) => doc.set('period', next) });
            return { kind: 'unknownPeriod' as const, file, field: 'period', line: fieldLine(dir, file, ['period']) };
          }),
      };
    },
  },
  {
    name: 'glossary-short-not-shorter',
    description: 'A glossary term whose English short form (for the browser tab) is longer than the term itself',
    plan: (dir) => {
      const file = 'content/data/glossary.yaml';
      const terms = (readYaml(join(dir, file)) as { terms: { en: string; short?: unknown }[] }).terms;
      const i = Math.max(0, terms.findIndex((t) => t.short === undefined));
      return {
        files: [file],
        apply: () => {
          editYaml(join(dir, file), (doc) => doc.setIn(['terms', i, 'short'], doc.createNode({ en: `${terms[i]!.en} (short form)` })));
          const path = ['terms', i, 'short', 'en'];
          return [{ kind: 'shortNotShorter', file, field: path.join('.'), line: yamlLine(readFileSync(join(dir, file), 'utf8'), path) }];
        },
      };
    },
  },
];

/** The case of that name (the integration tests use a few by name). */
export function badInput(name: string): BadInput {
  const c = BAD_INPUTS.find((x) => x.name === name);
  if (!c) throw new Error(`no bad-input case ${name}`);
  return c;
}
