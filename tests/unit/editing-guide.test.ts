/**
 * The editing guides (docs/editing-guide.{zh,en}.md) explain every kind of message the content
 * checker emits: each message kind below must still be in the checker's source, and its wording
 * must be in the guide of that language. A new message without an explanation fails here once it
 * is added to this list; a message whose wording changes fails until the guide follows.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';

// Every message of the checker is in its catalogue; the schemas write their own.
const source = ['src/checker/messages.ts', 'src/lib/schemas.ts']
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const guide = { en: readFileSync('docs/editing-guide.en.md', 'utf8'), zh: readFileSync('docs/editing-guide.zh.md', 'utf8') };

/** [English wording, Chinese wording] of each message kind. */
const KINDS: [string, string][] = [
  ['unknown field', '未知字段'],
  ['required field is missing', '缺少必填字段'],
  ['expected a date written as YYYY-MM-DD', '应为日期，格式为 年-月-日'],
  ['expected a real calendar date', '应为真实存在的日期'],
  ['expected a month written as YYYY-MM', '应为月份，格式为 年-月'],
  ['expected lower-case letters, digits and hyphens only', '只能使用小写英文字母、数字和连字符'],
  ['expected text', '应为文字'],
  ['expected a whole number', '应为整数'],
  ['expected a number of 1 or more', '应为大于等于 1 的数'],
  ['expected a number such as 3.3', '应为数字，例如 3.3'],
  ['expected true or false', '应为 true 或 false'],
  ['expected status to be summary or full', 'status 应为 summary'],
  ['expected one of: ', '应为以下之一：'],
  ['expected a list of places', '应为地点列表'],
  ['expected a list of organisations', '应为单位列表'],
  ['expected start to be on or before end', '开始日期应早于或等于结束日期'],
  ['expected start to fall in the period’s month', '开始日期应在该时间段的月份内'],
  ['expected a change note with date and note', '应为修订记录，包含 date 和 note'],
  ["the file's YAML cannot be read", '文件的 YAML 格式有误，无法读取'],
  ['the file is empty', '文件为空'],
  ['the file is missing', '缺少该文件'],
  ['missing translation', '缺少译文'],
  ['must be the same as in', '应与'],
  ['duplicate indicator id', '重复'],
  ['which does not exist', '不存在'],
  ['which content/data/survey.yaml does not list', '不在 content/data/survey.yaml 中'],
  ['has no text in content/', '中没有对应文字'],
  ['missing name for', '的名称'],
  ['is not in content/data/targets.yaml', '不在 content/data/targets.yaml 中'],
  ['a page with updated or changes needs published', '填写了 updated 或 changes 的页面必须填写 published'],
  ['is before published', '早于发布日期 published'],
  ['before the page was published', '早于页面发布日期'],
  ['is before the change of', '的修订'],
  ['the page has no text below the front matter', '页面正文为空'],
  ['there is no such page on this site', '本网站没有这个页面'],
  ['has no anchor #', '上没有锚点 #'],
  ['duplicate anchor #', '重复'],
  ['the text does not line up with', '不对应'],
  ['image without alt text', '图片缺少替代文字'],
  ['image file not found', '找不到图片文件'],
  ['unsafe ${kind} address', '不安全的'],
  ['unsafe HTML is not allowed: <${tag}>', '不允许使用不安全的 HTML：<${tag}>'],
  ['unsafe HTML is not allowed: an on…= event handler', '不允许使用不安全的 HTML：on…= 事件属性'],
  ['unsafe HTML is not allowed: a javascript: address', '不允许使用不安全的 HTML：javascript: 地址'],
  ['HTML is not allowed in content files', '内容文件中不允许使用 HTML'],
  // Provenance (src/checker/rules/provenance.ts) and figures in both languages (figures.ts).
  ['expected a source with document, section (optional) and verbatim', '应为来源，包含 document、section（可省略）和 verbatim'],
  ['expected a source with document and section', '应为来源，包含 document 和 section'],
  ['required field is missing: source', '缺少必填字段 source'],
  ['English files declare no source', '英文文件不填写来源'],
  ['unknown source document', '应为 sources/manifest.yaml 中的编号之一'],
  ['has no section', '这一节；应为其中的标题之一'],
  ['this passage differs from', '（已声明逐字转载）'],
  ['this passage is not in', '此段不在'],
  ["a verbatim section's title is its heading in the source", '逐字转载的章节，标题应与原文标题一字不差'],
  ['every figure must come from the official text', '所有数字都必须出自官方文本'],
  ['names, places and organisations must be written as the official text writes them', '名称、地点和单位应与官方文本的写法一致'],
  ['is not the figure', '的数值（原文为'],
  ['expected the name as the official text writes it', '应与官方文本的写法一致'],
  ['expected a date the official table gives for this period', '应为官方表格中该时间段的日期'],
  ['expected a period the official table lists', '应为官方表格中列出的时间段'],
  ['the figures differ from', '数字必须在中英文中同时修改'],
  ['duplicate document id', '每个编号只能使用一次'],
  ['does not exist; expected the official text saved as', '找不到文本文件'],
  ['which the manifest does not list', '所替代的文件'],
  ['is not a section heading of', '的章节标题；应为以下之一'],
  // Glossary aliases (src/checker/rules/glossary-aliases.ts).
  ['is itself a glossary term', '别称不能是术语'],
  ['expected each alias to be listed once, for one term', '每个别称只能为一个术语列出一次'],
  ['search finds this text for the alias too', '搜索该别称时也会找到这段文字'],
];

/** How the guide writes a message whose source has a placeholder. */
const inGuide = (s: string) => s.replace('${kind} address', 'link address').replace('<${tag}>', '<script>');

describe.each(KINDS)('message "%s"', (en, zh) => {
  test('is emitted by the checker', () => {
    expect(source).toContain(en);
    expect(source).toContain(zh);
  });
  test('is explained in both editing guides', () => {
    expect(guide.en).toContain(inGuide(en));
    expect(guide.zh).toContain(inGuide(zh));
  });
});

test('both guides cover the editing tasks', () => {
  for (const [lang, words] of [
    ['en', ['Add a revision note', 'Correct a figure', 'Add a paragraph to a chapter', 'Add a main task', 'Publish the full text of a Part', 'Add an official source', 'Correct the English only', 'npm run dev', 'npm run check']],
    ['zh', ['添加修订记录', '更正一个数字', '增加一段文字', '增加一项主要任务', '发布某一部分的全文', '增加一份官方文本', '只更正英文', 'npm run dev', 'npm run check']],
  ] as const) {
    for (const w of words) expect(guide[lang], `${lang}: ${w}`).toContain(w);
  }
});
