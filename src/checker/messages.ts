/**
 * Every message the content checker gives staff, in Chinese and English, in one place.
 *
 * Each kind of message has:
 *  - `text`: the message itself, made from what the rule found (file names, values, lines);
 *  - `guide`: the words of it that the editing guides (docs/editing-guide.{zh,en}.md) quote when they
 *    explain it: a test reads them from here, so a new message the guides do not explain fails it;
 *  - `example`: arguments for `text`, to show the message (the test checks `text(...example)` contains `guide`).
 *
 * The schemas' own messages (src/lib/schemas.ts, written in English) get their Chinese wording from
 * SCHEMA_WORDING below.
 */
import { ZH_LIST_SEP } from '../i18n/lang.ts';
import { englishCount } from '../lib/format.ts';

/** A message in both languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

interface Message<A extends unknown[]> {
  guide: Bilingual;
  text: (...args: A) => Bilingual;
  example: A;
}

const message = <A extends unknown[]>(guide: Bilingual, text: (...args: A) => Bilingual, example: A): Message<A> => ({ guide, text, example });
const g = (en: string, zh: string): Bilingual => ({ en, zh });
const json = (v: unknown) => JSON.stringify(v);
const langName = { zh: { en: 'Chinese', zh: '中文' }, en: { en: 'English', zh: '英文' } } as const;
type LangName = keyof typeof langName;

export const MESSAGES = {
  // Reading the files (src/checker/load.ts).
  emptyFile: message(g('the file is empty', '文件为空'), () => ({
    en: 'the file is empty: add its front matter and text, or delete the file',
    zh: '文件为空：请填写前置元数据和正文，或删除该文件',
  }), []),
  yamlSyntax: message(g("the file's YAML cannot be read", '文件的 YAML 格式有误，无法读取'), (detail: string) => ({
    en: `the file's YAML cannot be read: ${detail}`,
    zh: `文件的 YAML 格式有误，无法读取：${detail}`,
  }), ['bad indentation']),
  missingFile: message(g('the file is missing', '缺少该文件'), () => ({ en: 'the file is missing', zh: '缺少该文件' }), []),
  unknownField: message(g('unknown field', '未知字段'), (key: string) => ({
    en: `unknown field "${key}": check its spelling, or remove it`,
    zh: `未知字段“${key}”：请检查拼写，或删除该字段`,
  }), ['titel']),
  requiredField: message(g('required field is missing', '缺少必填字段'), (schemaMessage: string) => ({
    en: `required field is missing (${enFor(schemaMessage)})`,
    zh: `缺少必填字段（${zhFor(schemaMessage)}）`,
  }), ['expected text']),
  /** A schema's own message (src/lib/schemas.ts): its guide words are in SCHEMA_WORDING. */
  schema: message(g('expected', '应'), (schemaMessage: string) => ({ en: enFor(schemaMessage), zh: zhFor(schemaMessage) }), ['expected a whole number such as 1']),
  duplicateDocument: message(g('duplicate document id', '每个编号只能使用一次'), (id: string) => ({
    en: `duplicate document id "${id}"; expected an id used once`,
    zh: `文件编号“${id}”重复；每个编号只能使用一次`,
  }), ['drafting-notes']),
  missingSourceText: message(g('does not exist; expected the official text saved as', '找不到文本文件'), (path: string) => ({
    en: `the text file ${path} does not exist; expected the official text saved as ${path}`,
    zh: `找不到文本文件 ${path}；应将官方文本保存为 ${path}`,
  }), ['sources/plan.zh.txt']),

  // The manifest (rules/source-manifest.ts).
  notASectionHeading: message(g('is not a section heading of', '的章节标题；应为以下之一'), (heading: string, path: string, headings: string[]) => ({
    en: `"${heading}" is not a section heading of ${path}; expected one of: ${headings.join(', ')}`,
    zh: `“${heading}”不是 ${path} 的章节标题；应为以下之一：${headings.join(ZH_LIST_SEP)}`,
  }), ['三、文本', 'sources/drafting-notes.zh.txt', ['一、项目背景', '三、文本内容']]),
  unknownSupersedes: message(g('which the manifest does not list', '所替代的文件'), (id: string) => ({
    en: `supersedes "${id}", which the manifest does not list; expected the id of an earlier document`,
    zh: `所替代的文件“${id}”不在清单中；应填写清单中较早版本的编号`,
  }), ['draft-2020']),

  // Both languages (rules/translations.ts).
  missingTranslation: message(g('missing translation', '缺少译文'), (want: string, have: LangName, need: LangName) => ({
    en: `missing translation: ${want} does not exist; every ${langName[have].en} file needs its ${langName[need].en} counterpart with the same file name`,
    zh: `缺少译文：找不到 ${want}；每个${langName[have].zh}文件都需要一个同名的${langName[need].zh}对应文件`,
  }), ['content/en/chapters/6.md', 'zh', 'en']),
  neutralFieldDiffers: message(g('must be the same as in', '应与'), (zhPath: string, zhValue: unknown, enValue: unknown) => ({
    en: `must be the same as in ${zhPath} (${json(zhValue)}), found ${json(enValue)}`,
    zh: `应与 ${zhPath} 中的值相同（${json(zhValue)}），实际为 ${json(enValue)}`,
  }), ['content/zh/chapters/3.md', 3, 4]),

  // Numbers, ids and references (rules/references.ts).
  duplicateValue: message(g('duplicate', '重复'), (field: string, value: unknown, otherFile: string) => ({
    en: `duplicate ${field} ${json(value)}: ${otherFile} already uses it; expected a ${field} used by no other file`,
    zh: `${field} 重复（${json(value)}）：${otherFile} 已使用该值；每个文件的 ${field} 必须唯一`,
  }), ['number', 3, 'content/zh/chapters/3.md']),
  unknownChapter: message(g('which does not exist', '不存在'), (chapter: unknown, numbers: unknown[]) => ({
    en: `refers to chapter ${json(chapter)}, which does not exist; expected one of: ${numbers.join(', ')}`,
    zh: `引用的第 ${json(chapter)} 部分不存在；应为以下之一：${numbers.join(ZH_LIST_SEP)}`,
  }), [9, [1, 2, 3]]),
  unknownPeriod: message(g('which content/data/survey.yaml does not list', '不在 content/data/survey.yaml 中'), (period: unknown, ids: string[]) => ({
    en: `refers to period ${json(period)}, which content/data/survey.yaml does not list; expected one of: ${ids.join(', ')}`,
    zh: `引用的时间段 ${json(period)} 不在 content/data/survey.yaml 中；应为以下之一：${ids.join(ZH_LIST_SEP)}`,
  }), ['2020-13', ['2020-07', '2020-08']]),
  periodWithoutText: message(g('has no text in content/', '中没有对应文字'), (id: string, lang: string) => ({
    en: `period ${id} has no text in content/${lang}/survey/; expected a file content/${lang}/survey/${id}.md`,
    zh: `时间段 ${id} 在 content/${lang}/survey/ 中没有对应文字；应有文件 content/${lang}/survey/${id}.md`,
  }), ['2020-07', 'en']),
  missingTargetName: message(g('missing name for', '的名称'), (id: string) => ({
    en: `missing name for "${id}", which content/data/targets.yaml lists; expected a line   ${id}: <name>`,
    zh: `缺少“${id}”的名称（content/data/targets.yaml 中列出了它）；应添加一行   ${id}: <名称>`,
  }), ['rd-intensity']),
  unknownTargetId: message(g('is not in content/data/targets.yaml', '不在 content/data/targets.yaml 中'), (id: string, ids: readonly string[]) => ({
    en: `"${id}" is not in content/data/targets.yaml; expected one of: ${ids.join(', ')}`,
    zh: `“${id}”不在 content/data/targets.yaml 中；应为以下之一：${ids.join(ZH_LIST_SEP)}`,
  }), ['rd-intensty', ['rd-intensity']]),
  duplicateIndicator: message(g('duplicate indicator id', '重复'), (id: string) => ({
    en: `duplicate indicator id "${id}"; expected an id used once`,
    zh: `指标编号“${id}”重复；每个编号只能使用一次`,
  }), ['rd-intensity']),

  // Revision dates (rules/revision-dates.ts).
  publishedMissing: message(g('a page with the field "updated" or "changes" also needs "published"', '填写了 updated 或 changes 的页面必须填写 published'), () => ({
    en: 'required field is missing: a page with the field "updated" or "changes" also needs "published" (the date it first appeared on this website, YYYY-MM-DD)',
    zh: '缺少必填字段：填写了 updated 或 changes 的页面必须填写 published（该页面首次在本网站发布的日期，年-月-日）',
  }), []),
  updatedBeforePublished: message(g('is before the date in "published"', '早于发布日期 published'), (updated: string, published: string) => ({
    en: `the date in "updated" (${updated}) is before the date in "published" (${published}); expected a date on or after ${published}`,
    zh: `更新日期 updated（${updated}）早于发布日期 published（${published}）；应不早于 ${published}`,
  }), ['2021-01-01', '2021-06-16']),
  changeBeforePublished: message(g('before the page was published', '早于页面发布日期'), (date: string, published: string) => ({
    en: `change dated ${date}, before the page was published (${published}); expected a date on or after ${published}`,
    zh: `修订日期 ${date} 早于页面发布日期（${published}）；应不早于 ${published}`,
  }), ['2021-01-01', '2021-06-16']),
  updatedBeforeChange: message(g('is before the change dated', '的修订'), (updated: string, date: string) => ({
    en: `the date in "updated" (${updated}) is before the change dated ${date}; expected "updated" to be the date of the latest change, ${date}`,
    zh: `更新日期 updated（${updated}）早于 ${date} 的修订；updated 应为最近一次修订的日期 ${date}`,
  }), ['2021-06-16', '2021-07-01']),

  // A change note in each language that changed (rules/change-notes.ts).
  changeNoteMissing: message(g('expected a new change note in the language that changed', '应在有修改的语言中添加一条新的修订记录'), (lang: LangName) => ({
    en: `the ${langName[lang].en} page changed, but it has no new change note: expected a new change note in the language that changed — add one at the top of changes (the date and what changed) and set updated to that date`,
    zh: `${langName[lang].zh}页面有修改，但没有新的修订记录：应在有修改的语言中添加一条新的修订记录——在 changes 最前面写明日期和修订内容，并将 updated 改为该日期`,
  }), ['en']),

  // Provenance of each entry (rules/provenance.ts).
  sourceInEnglish: message(g('English files declare no source', '英文文件不填写来源'), (zhPath: string) => ({
    en: `English files declare no source: they translate ${zhPath}, which declares it; remove the source field here`,
    zh: `英文文件不填写来源：来源写在对应的中文文件 ${zhPath} 中；请删除此处的 source 字段`,
  }), ['content/zh/chapters/3.md']),
  sourceMissing: message(g('required field is missing: source', '缺少必填字段 source'), () => ({
    en: 'required field is missing: source (the official text this page comes from), e.g. source: { document: drafting-notes, section: 三、文本内容, verbatim: true }',
    zh: '缺少必填字段 source（本页内容所依据的官方文本），例如 source: { document: drafting-notes, section: 三、文本内容, verbatim: true }',
  }), []),
  unknownDocument: message(g('unknown source document', '应为 sources/manifest.yaml 中的编号之一'), (document: string, ids: string[]) => ({
    en: `unknown source document "${document}"; expected one of the ids in sources/manifest.yaml: ${ids.join(', ')}`,
    zh: `来源文件“${document}”不存在；应为 sources/manifest.yaml 中的编号之一：${ids.join(ZH_LIST_SEP)}`,
  }), ['drafting-note', ['drafting-notes']]),
  unknownSection: message(g('has no section', '这一节；应为其中的标题之一'), (path: string, section: string, headings: string[]) => ({
    en: `${path} has no section "${section}"; expected one of its headings, exactly as written there: ${headings.join(' | ')}`,
    zh: `${path} 中没有“${section}”这一节；应为其中的标题之一（与原文一字不差）：${headings.join('｜')}`,
  }), ['sources/drafting-notes.zh.txt', '三、文本', ['一、项目背景', '三、文本内容']]),
  titleNotVerbatim: message(g("a verbatim section's title is its heading in the source", '逐字转载的章节，标题应与原文标题一字不差'), (title: string, cite: Bilingual) => ({
    en: `the title "${title}" is not in ${cite.en}; a verbatim section's title is its heading in the source, exactly as written there`,
    zh: `标题“${title}”不在${cite.zh}中；逐字转载的章节，标题应与原文标题一字不差`,
  }), ['项目背景', g('the Drafting Notes', '《起草说明》')]),
  passageDiffers: message(g('this passage differs from', '（已声明逐字转载）'), (cite: Bilingual, before: string, source: string, passage: string) => ({
    en:
      `this passage differs from ${cite.en} (declared verbatim) after “${before}”: the source has “${source}…”, this file has “${passage}…”; ` +
      'expected the official text word for word (whitespace is ignored), or source.verbatim: false for a summary',
    zh: `此段与${cite.zh}不一致（已声明逐字转载），在“${before}”之后：原文为“${source}…”，本文件为“${passage}…”；应与官方文本一字不差（空白不计），如为摘要请填写 source.verbatim: false`,
  }), [g('the Drafting Notes', '《起草说明》'), '研发投入', '3.3%', '3.5%']),
  passageNotFound: message(g('this passage is not in', '此段不在'), (cite: Bilingual, passage: string) => ({
    en: `this passage is not in ${cite.en} (declared verbatim): “${passage}…”; expected the official text word for word, or source.verbatim: false for a summary`,
    zh: `此段不在${cite.zh}中（已声明逐字转载）：“${passage}…”；应与官方文本一字不差，如为摘要请填写 source.verbatim: false`,
  }), [g('the Drafting Notes', '《起草说明》'), '完全不同的话']),
  figureNotInSource: message(g('every figure must come from the official text', '所有数字都必须出自官方文本'), (figures: string[], cite: Bilingual) => ({
    en:
      `${figures.length === 1 ? 'figure' : 'figures'} ${figures.join(', ')} ${figures.length === 1 ? 'is' : 'are'} not found in ${cite.en}; every figure must come from the official text: ` +
      'if it is a typing error, correct it in this file; if the official text itself was corrected, correct the official copy in sources/ first (see the editing guide); or point source at the document that states it',
    zh: `数字 ${figures.join(ZH_LIST_SEP)} 在${cite.zh}中找不到；所有数字都必须出自官方文本：如为录入错误，请在本文件中改正；如官方文本本身已更正，请先更正 sources/ 中的官方文本（见编辑指南）；或将 source 指向载有该数字的文件`,
  }), [['3.5'], g('the Drafting Notes', '《起草说明》')]),
  // Company names translated for this website (rules/translated-names.ts; docs/style-guide.en.md §7).
  companyNameUnmarked: message(g('a company name translated for this website ends in "*"', '本网站自译的企业名称应以“*”结尾'), (name: string, zh: string) => ({
    en: `"${name}" translates a company name (${zh}) for this website; a company name translated for this website ends in "*": write "${name}*"`,
    zh: `“${name}”是本网站自译的企业名称（${zh}）；本网站自译的企业名称应以“*”结尾：请写作“${name}*”`,
  }), ['Zhejiang Example Co., Ltd.', '浙江示例有限公司']),
  nameMarkedNotCompany: message(g('only a company name translated for this website ends in "*"', '只有本网站自译的企业名称以“*”结尾'), (name: string) => ({
    en: `"${name}" is not a company name; only a company name translated for this website ends in "*": remove the "*"`,
    zh: `“${name}”不是企业名称；只有本网站自译的企业名称以“*”结尾：请删除“*”`,
  }), ['Jindong District*']),
  companyMarkInText: message(g('the text names a company as its list does, with "\\*"', '正文中的企业名称应与列表一致，带“\\*”'), (name: string) => ({
    en: `the text names "${name}" without its mark; the text names a company as its list does, with "\\*": write ${name}\\*`,
    zh: `正文提到“${name}”时没有标记；正文中的企业名称应与列表一致，带“\\*”：请写作 ${name}\\*`,
  }), ['Zhejiang Example Co., Ltd.']),
  nameNotInSource: message(g('names, places and organizations must be written as the official text writes them', '名称、地点和单位应与官方文本的写法一致'), (name: string, cite: Bilingual) => ({
    en: `"${name}" is not found in ${cite.en}; names, places and organizations must be written as the official text writes them`,
    zh: `“${name}”在${cite.zh}中找不到；名称、地点和单位应与官方文本的写法一致`,
  }), ['金东区科技局', g('the Drafting Notes', '《起草说明》')]),
  nameDropsPlace: message(g('list the series of names whole, as the official text writes it', '请按原文整体列出这一串名称'), (name: string, place: string, series: string, cite: Bilingual) => ({
    en: `in ${cite.en}, "${name}" stands in the series "${series}", whose place "${place}" applies to every name in it; list the series of names whole, as the official text writes it ("${series}" …)`,
    zh: `“${name}”在${cite.zh}中属于“${series}”这一串名称，开头的地名“${place}”适用于其中每个名称；请按原文整体列出这一串名称（“${series}”……）`,
  }), ['发改局', '金东区', '金东区科技局、发改局', g('the Drafting Notes, Table 1: Details of Research Visits and Discussions (表1调研座谈具体情况)', '《起草说明》表1调研座谈具体情况')]),

  // Target figures and Table 1 dates against the source (rules/data-provenance.ts).
  groupNameNotInSource: message(g('expected the name as the official text writes it', '应与官方文本的写法一致'), (name: string, cite: Bilingual) => ({
    en: `the group name "${name}" is not found in ${cite.en}; expected the name as the official text writes it`,
    zh: `分组名称“${name}”在${cite.zh}中找不到；应与官方文本的写法一致`,
  }), ['创新投入', g('the Drafting Notes', '《起草说明》')]),
  indicatorNameNotInSource: message(g('expected the name as the official text writes it', '应与官方文本的写法一致'), (name: string, cite: Bilingual) => ({
    en: `the indicator name "${name}" is not found in ${cite.en}; expected the name as the official text writes it`,
    zh: `指标名称“${name}”在${cite.zh}中找不到；应与官方文本的写法一致`,
  }), ['研发投入', g('the Drafting Notes', '《起草说明》')]),
  targetFigureDiffers: message(g('is not the figure', '的数值（原文为'), (value: string, cite: Bilingual, name: string, clause: string) => ({
    en: `${value} is not the figure given for "${name}" in ${cite.en} (it says “${name}${clause}”); if it is a typing error, correct it in this file; if the official figure changed, correct the official copy in sources/ first`,
    zh: `${value} 不是${cite.zh}中“${name}”的数值（原文为“${name}${clause}”）；如为录入错误，请在本文件中改正；如官方数值已更正，请先更正 sources/ 中的官方文本`,
  }), ['3.5', g('the Drafting Notes', '《起草说明》'), '研发投入强度', '达到3.3%']),
  periodNotInSource: message(g('expected a period the official table lists', '应为官方表格中列出的时间段'), (id: string, label: string, cite: Bilingual) => ({
    en: `period ${id} (${label}) is not found in ${cite.en}; expected a period the official table lists`,
    zh: `时间段 ${id}（${label}）在${cite.zh}中找不到；应为官方表格中列出的时间段`,
  }), ['2020-09', '2020年9月', g('the Drafting Notes, Table 1', '《起草说明》表1')]),
  dateNotInSource: message(g('expected a date the official table gives for this period', '应为官方表格中该时间段的日期'), (date: string, day: string, label: string, cite: Bilingual) => ({
    en: `${date} (${day}) is not found under ${label} in ${cite.en}; expected a date the official table gives for this period`,
    zh: `${date}（${day}）在${cite.zh}的“${label}”下找不到；应为官方表格中该时间段的日期`,
  }), ['2020-07-30', '7月30日', '2020年7月', g('the Drafting Notes, Table 1', '《起草说明》表1')]),

  // Figures in both languages (rules/figures.ts).
  figuresDiffer: message(g('the figures differ from', '数字必须在中英文中同时修改'), (zhAt: string, missingInEnglish: string[], extraInEnglish: string[]) => {
    const en = [
      missingInEnglish.length ? `the Chinese has ${missingInEnglish.join(', ')}, which this English text does not` : '',
      extraInEnglish.length ? `this English text has ${extraInEnglish.join(', ')}, which the Chinese does not` : '',
    ];
    const zh = [missingInEnglish.length ? `中文有 ${missingInEnglish.join(ZH_LIST_SEP)}，英文没有` : '', extraInEnglish.length ? `英文有 ${extraInEnglish.join(ZH_LIST_SEP)}，中文没有` : ''];
    return {
      en: `the figures differ from ${zhAt}: ${en.filter(Boolean).join('; ')}; a figure must be changed in both languages (numbers one to ten may be written as words)`,
      zh: `数字与 ${zhAt} 不一致：${zh.filter(Boolean).join('；')}；数字必须在中英文中同时修改（英文中一至十可写作单词）`,
    };
  }, ['content/zh/chapters/3.md:12', ['3.3'], ['3.5']]),

  // The Markdown text (rules/alignment.ts, anchors.ts, raw-html.ts, links.ts, images.ts, empty-body.ts).
  notAligned: message(g('the text does not line up with', '不对应'), (zhPath: string, enCount: number, zhCount: number, from: string) => ({
    en:
      `the text does not line up with ${zhPath}: it has ${enCount} headings and paragraphs, the Chinese has ${zhCount}, and they diverge from #${from} onward; ` +
      'expected one English paragraph for each Chinese paragraph and the same heading ids ({#id}), in the same order',
    zh: `正文与 ${zhPath} 不对应：英文有 ${enCount} 个标题/段落，中文有 ${zhCount} 个，从 #${from} 起不一致；每个中文段落应有一个对应的英文段落，标题锚点（{#id}）相同且顺序一致`,
  }), ['content/zh/chapters/3.md', 5, 6, 'text-p5']),
  duplicateAnchor: message(g('duplicate anchor #', '重复'), (id: string, otherFile: string | undefined) => ({
    en: `duplicate anchor #${id}: ${otherFile ?? 'another heading in this file'} already uses it on the same page; give this heading its own anchor, e.g. ## Title {#my-title}`,
    zh: `锚点 #${id} 重复：同一页面上${otherFile === undefined ? '本文件的另一个标题' : ` ${otherFile} `}已使用该锚点；请为该标题另设锚点，例如 ## 标题 {#my-title}`,
  }), ['background', undefined]),
  emptyBody: message(g('the page has no text below the front matter', '页面正文为空'), () => ({
    en: 'the page has no text below the front matter: add the text after the second --- line',
    zh: '页面正文为空：请在第二个 --- 行之后填写正文',
  }), []),
  unsafeAddress: message(g('unsafe link address', '不安全的'), (kind: 'link' | 'image', url: string) => ({
    en: `unsafe ${kind} address "${url}": javascript:, vbscript: and data: addresses are not allowed; link to a page instead`,
    zh: `不安全的${kind === 'link' ? '链接' : '图片'}地址“${url}”：不允许使用 javascript:、vbscript: 或 data: 地址；请改为链接到网页`,
  }), ['link', 'javascript:alert(1)']),
  imageNotFound: message(g('image file not found', '找不到图片文件'), (url: string) => ({
    en: `image file not found: "${url}"; expected a file in public/ (write it as /images/name.png for public/images/name.png)`,
    zh: `找不到图片文件“${url}”：图片应放在 public/ 目录中（public/images/name.png 写作 /images/name.png）`,
  }), ['/images/map.png']),
  brokenLink: message(g('there is no such page on this website', '本网站没有这个页面'), (url: string, lang: string) => ({
    en: `broken link "${url}": there is no such page on this website; expected an address such as /${lang}/plan/part-3/ or /${lang}/tasks/2/ (see the list of pages in the editing guide)`,
    zh: `链接“${url}”无效：本网站没有这个页面；应为类似 /${lang}/plan/part-3/ 或 /${lang}/tasks/2/ 的地址（页面列表见编辑指南）`,
  }), ['/zh/plan/part-9/', 'zh']),
  missingAnchor: message(g('has no anchor #', '上没有锚点 #'), (url: string, page: string, fragment: string) => ({
    en: `broken link "${url}": the page ${page} has no anchor #${fragment}; expected a heading {#id} or paragraph anchor on that page (e.g. #section-1, #text-p1)`,
    zh: `链接“${url}”无效：页面 ${page} 上没有锚点 #${fragment}；应为该页面上的标题锚点 {#id} 或段落锚点（例如 #section-1、#text-p1）`,
  }), ['/zh/plan/part-3/#nowhere', '/zh/plan/part-3/', 'nowhere']),
  unsafeTag: message(g('unsafe HTML is not allowed: <script>', '不允许使用不安全的 HTML：<script>'), (tag: string) => ({
    en: `unsafe HTML is not allowed: <${tag}> can run code or embed other sites; remove it`,
    zh: `不允许使用不安全的 HTML：<${tag}> 可能运行代码或嵌入其他网站，请删除`,
  }), ['script']),
  eventHandler: message(g('unsafe HTML is not allowed: an on…= event handler', '不允许使用不安全的 HTML：on…= 事件属性'), (attribute: string) => ({
    en: `unsafe HTML is not allowed: an on…= event handler (${attribute}) runs code; remove it`,
    zh: `不允许使用不安全的 HTML：on…= 事件属性（${attribute}）会运行代码，请删除`,
  }), ['onclick=']),
  javascriptInHtml: message(g('unsafe HTML is not allowed: a javascript: address', '不允许使用不安全的 HTML：javascript: 地址'), () => ({
    en: 'unsafe HTML is not allowed: a javascript: address runs code; remove it',
    zh: '不允许使用不安全的 HTML：javascript: 地址会运行代码，请删除',
  }), []),
  htmlNotAllowed: message(g('HTML is not allowed in content files', '内容文件中不允许使用 HTML'), (snippet: string, lang: string) => ({
    en: `HTML is not allowed in content files (${snippet}): write Markdown instead, e.g. **bold**, [text](/${lang}/plan/), ## heading`,
    zh: `内容文件中不允许使用 HTML（${snippet}）：请改用 Markdown，例如 **加粗**、[文字](/${lang}/plan/)、## 标题`,
  }), ['<b>bold</b>', 'zh']),
  imageWithoutAlt: message(g('image without alt text', '图片缺少替代文字'), (url: string) => ({
    en: `image without alt text: ${url}; write a short description of the picture in the brackets, e.g. ![map of the district](${url})`,
    zh: `图片缺少替代文字：${url}；请在方括号中简要描述图片内容，例如 ![金东区地图](${url})`,
  }), ['/images/map.png']),
  imageReferenceWithoutAlt: message(g('image without alt text', '图片缺少替代文字'), () => ({
    en: 'image without alt text; write a short description of the picture in the brackets',
    zh: '图片缺少替代文字；请在方括号中简要描述图片内容',
  }), []),

  // Glossary aliases (rules/glossary-aliases.ts).
  aliasIsTerm: message(g('is itself a glossary term', '别称不能是术语'), (alias: string, term: string, otherId: string) => ({
    en: `the alias "${alias}" of "${term}" is itself a glossary term (${otherId}); expected a wording that is not a term`,
    zh: `“${term}”的别称“${alias}”本身就是术语表中的术语（${otherId}）；别称不能是术语`,
  }), ['研发', '研究与试验发展', 'rd']),
  aliasTwice: message(g('expected each alias to be listed once, for one term', '每个别称只能为一个术语列出一次'), (lang: LangName, alias: string, otherId: string | undefined) => ({
    en: `the ${langName[lang].en} alias "${alias}" is already an alias of ${otherId === undefined ? 'this term' : `"${otherId}"`}; expected each alias to be listed once, for one term`,
    zh: `${langName[lang].zh}别称“${alias}”已是${otherId === undefined ? '本术语' : `“${otherId}”`}的别称；每个别称只能为一个术语列出一次`,
  }), ['zh', '高企', undefined]),
  aliasInText: message(g('search finds this text for the alias too', '搜索该别称时也会找到这段文字'), (alias: string, path: string, context: string, term: string) => ({
    en:
      `(warning only; publication is not blocked) the alias "${alias}" of "${term}" also appears in ${path} ("${context}") outside the term, so search finds this text for the alias too; ` +
      'if the text does not mean the term there, consider another alias (the text itself is fine)',
    zh: `（提示，不影响发布）术语“${term}”的别称“${alias}”也出现在 ${path} 中（“${context}”），且不在该术语之内，搜索该别称时也会找到这段文字；如该处并非指这一术语，可考虑换用其他别称（正文无需修改）`,
  }), ['高企', 'content/zh/chapters/3.md', '…提高企业…', '高新技术企业']),

  // Each glossary term listed once (rules/glossary-terms.ts).
  glossaryTermTwice: message(g('expected each term to be listed once', '每个术语只能列出一次'), (key: 'id' | 'zh', value: string, firstLine: number) => ({
    en: `the glossary already lists ${key === 'id' ? `a term with the id "${value}"` : `the Chinese term "${value}"`} (line ${firstLine}); expected each term to be listed once, with its own id`,
    zh: `术语表第 ${firstLine} 行已列出${key === 'id' ? `编号为“${value}”的术语` : `中文术语“${value}”`}；每个术语只能列出一次，且编号各不相同`,
  }), ['id', 'high-tech-enterprise', 12]),

  // One term, one rendering (rules/glossary-renderings.ts).
  glossaryRendering: message(g("expected the glossary's English rendering", '应使用术语表规定的英文译法'), (term: string, rendering: string, zhAt: string) => ({
    en:
      `(warning only; publication is not blocked) the Chinese text uses the glossary term "${term}" (${zhAt}), but this English file does not contain its rendering; ` +
      `expected the glossary's English rendering "${rendering}" here (content/data/glossary.yaml), or, if the glossary's rendering is wrong, notify the glossary's maintainer`,
    zh:
      `（提示，不影响发布）中文使用了术语表中的术语“${term}”（${zhAt}），但本英文文件中没有出现其译法；` +
      `应使用术语表规定的英文译法“${rendering}”（见 content/data/glossary.yaml）；如术语表的译法有误，请告知术语表维护人员`,
  }), ['科技创新', 'science and technology innovation', 'content/zh/chapters/3.md:12']),
  // A glossary term's short form for the browser tab (rules/glossary-short.ts).
  shortNotShorter: message(g('expected a short form shorter than the term', '简称应比术语本身短'), (lang: LangName, short: string, term: string) => ({
    en: `the ${langName[lang].en} short form "${short}" is not shorter than the term "${term}"; expected a short form shorter than the term (its abbreviation as the sources use it), or no short form`,
    zh: `${langName[lang].zh}简称“${short}”并不比术语“${term}”短；简称应比术语本身短（采用来源文本中的简称），否则请删除该简称`,
  }), ['en', 'Science and Technology Bureau', 'S&T Bureau']),
  shortTooLong: message(g('expected a short form that fits a browser tab', '简称应能在浏览器标签页中完整显示'), (lang: LangName, short: string, max: number) => ({
    en: `the ${langName[lang].en} short form "${short}" is longer than ${max} characters; expected a short form that fits a browser tab (at most ${max} characters), or no short form (the tab then shows the term cut to fit)`,
    zh: `${langName[lang].zh}简称“${short}”超过${max}个字符；简称应能在浏览器标签页中完整显示（不超过${max}个字符），否则请删除该简称（标签页将截短显示术语）`,
  }), ['zh', '习近平新时代中国特色社会主义思想', 70]),
} as const;

export type MessageKind = keyof typeof MESSAGES;
type Args<K extends MessageKind> = (typeof MESSAGES)[K] extends Message<infer A> ? A : never;

/** The message of `kind` for these details: its kind and its text in both languages, to spread into a Problem. */
export function say<K extends MessageKind>(kind: K, ...args: Args<K>): { kind: K } & Bilingual {
  const m = MESSAGES[kind] as unknown as Message<Args<K>>;
  return { kind, ...m.text(...args) };
}

/**
 * The Chinese wording of the schemas' English messages (src/lib/schemas.ts), by the words they begin
 * with; `$1` is filled from the English. A message without a wording here is shown in English in
 * both lines. `guide` is what the editing guides quote (the beginning, unless given).
 */
/** A message's words from the groups its pattern matched. */
type Wording = (...groups: string[]) => string;

export const SCHEMA_WORDING: readonly { en: RegExp; zh: string; guide: Bilingual; english?: Wording; chinese?: Wording }[] = [
  ['expected a real calendar date written as YYYY-MM-DD', '应为真实存在的日期，格式为 年-月-日，例如 2021-06-16', g('expected a real calendar date', '应为真实存在的日期')],
  ['expected a date written as YYYY-MM-DD', '应为日期，格式为 年-月-日，例如 2021-06-16', g('expected a date written as YYYY-MM-DD', '应为日期，格式为 年-月-日')],
  ['expected a month written as YYYY-MM', '应为月份，格式为 年-月，例如 2020-07', g('expected a month written as YYYY-MM', '应为月份，格式为 年-月')],
  ['expected lower-case letters, digits and hyphens only', '只能使用小写英文字母、数字和连字符，例如 project-initiation', g('expected lower-case letters, digits and hyphens only', '只能使用小写英文字母、数字和连字符')],
  ['expected an identifier', '应为标识符，例如 project-initiation', g('expected an identifier', '应为标识符')],
  ['expected text, found an empty value', '应填写文字，不能为空', g('expected text', '应填写文字')],
  ['expected text \\(may be empty ""\\)', '应为文字（可以是空字符串 ""）', g('expected text', '应为文字')],
  ['expected text', '应为文字'],
  ['expected a whole number such as 1', '应为整数，例如 1', g('expected a whole number', '应为整数')],
  ['expected a whole number', '应为整数'],
  ['expected a number of 1 or more', '应为大于等于 1 的数'],
  ['expected a number such as 3\\.3', '应为数字，例如 3.3（不要加 % 号或引号）', g('expected a number such as 3.3', '应为数字，例如 3.3')],
  ['expected true or false', '应为 true 或 false'],
  ['expected status to be summary or full', 'status 应为 summary（仅概述）或 full（全文）', g('expected status to be summary or full', 'status 应为 summary')],
  ['expected a list of places', '应为地点列表（没有时写 []）', g('expected a list of places', '应为地点列表')],
  ['expected a list of organizations', '应为单位列表（没有时写 []）', g('expected a list of organizations', '应为单位列表')],
  ['expected start to be on or before end', '开始日期应早于或等于结束日期'],
  ['expected start to fall in the period’s month', '开始日期应在该时间段的月份内'],
  ['expected a change note with date and note', '应为修订记录，包含 date 和 note'],
  ['expected one of: (.*)$', '应为以下之一：$1', g('expected one of: ', '应为以下之一：')],
  [
    'expected a source with document, section \\(optional\\) and verbatim',
    '应为来源，包含 document、section（可省略）和 verbatim，例如 { document: drafting-notes, section: 三、文本内容, verbatim: true }',
    g('expected a source with document, section (optional) and verbatim', '应为来源，包含 document、section（可省略）和 verbatim'),
  ],
  [
    'expected a source with document and section',
    '应为来源，包含 document 和 section，例如 { document: drafting-notes, section: 三、文本内容 }',
    g('expected a source with document and section', '应为来源，包含 document 和 section'),
  ],
  ['expected a file name such as drafting-notes\\.zh\\.txt', '应为文件名，例如 drafting-notes.zh.txt', g('expected a file name such as', '应为文件名')],
  ['expected a plain-text file name in sources/', '应为 sources/ 中的纯文本文件名，例如 drafting-notes.zh.txt', g('expected a plain-text file name in sources/', '应为 sources/ 中的纯文本文件名')],
  ['expected a list of corrections with date, note', '应为更正记录列表，每条包含 date、note（中文）和 en（英文）', g('expected a list of corrections', '应为更正记录列表')],
  ['expected a map from a section heading of the text to its English name', '应为从文本章节标题到其英文名称的对照表', g('expected a map from a section heading', '应为从文本章节标题到其英文名称的对照表')],
  ['expected at least one document', '清单中至少应有一份文件'],
  // Zod's own messages (a list or number too small, a value of the wrong kind), said in plain words in both languages.
  ['Too small: expected array to have >=?(\\d+)(?: items?)?', '列表至少应有 $1 项', g('expected a list of at least', '列表至少应有'), (n: string) => `expected a list of at least ${englishCount(Number(n), 'item')}`],
  ['Too small: expected number to be >=?(\\d+)', '应为不小于 $1 的数', g('expected a number of at least', '应为不小于'), (n: string) => `expected a number of at least ${n}`],
  [
    'Invalid input: expected (\\w+), received (\\w+)',
    '类型不对：应为 $1，实际为 $2',
    g('the value is of the wrong kind', '类型不对：应为'),
    (want: string, got: string) => `the value is of the wrong kind: expected ${kindName(want)}, found ${kindName(got)}`,
    (want: string, got: string) => `类型不对：应为${kindName(want, 'zh')}，实际为${kindName(got, 'zh')}`,
  ],
].map(([en, zh, guide, english, chinese]) => ({
  en: new RegExp(`^${en as string}`),
  zh: zh as string,
  guide: (guide as Bilingual | undefined) ?? g(en as string, zh as string),
  english: english as Wording | undefined,
  chinese: chinese as Wording | undefined,
}));

/** What a value of a JavaScript type is called in a message (zod names the types). */
function kindName(type: string, lang: 'en' | 'zh' = 'en'): string {
  const names: Record<string, Bilingual> = {
    string: g('text', '文字'),
    number: g('a number', '数字'),
    boolean: g('true or false', 'true 或 false'),
    array: g('a list', '列表'),
    object: g('a set of fields', '一组字段'),
    undefined: g('nothing', '空值'),
    null: g('nothing', '空值'),
    date: g('a date', '日期'),
  };
  return names[type]?.[lang] ?? type;
}

/** `message` with the wording's match put in `words`' terms (`fallback`: a replacement pattern, $1 …). */
function reword(message: string, w: (typeof SCHEMA_WORDING)[number], words: Wording | undefined, fallback?: string): string {
  if (words) return message.replace(w.en, (_m, ...groups: unknown[]) => words(...groups.filter((x): x is string => typeof x === 'string')));
  return fallback === undefined ? message : message.replace(w.en, fallback);
}

/** The Chinese wording of a schema's English message (the English itself when there is none). */
export function zhFor(en: string): string {
  const w = SCHEMA_WORDING.find((x) => x.en.test(en));
  return w ? reword(en, w, w.chinese, w.zh) : en;
}

/** The English wording staff see for a schema's message: zod's own messages in plain words, the schemas' as written. */
export function enFor(en: string): string {
  const w = SCHEMA_WORDING.find((x) => x.en.test(en));
  return w ? reword(en, w, w.english) : en;
}
