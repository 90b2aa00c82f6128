/**
 * Synthetic content for the scale benchmark (`npm run bench:scale`) and for tests that need a big site.
 *
 * `scaleProject(n)` makes a throw-away copy of the project (node_modules linked) and adds `n`
 * synthetic entries per language to its content/, in the project's real schema and the same mix of
 * page types as the real plan:
 *   35 % chapters (long: several headed sections with paragraphs, a list and a table each),
 *   35 % task areas (belonging to the synthetic chapters),
 *   20 % glossary terms (content/data/glossary.yaml),
 *   10 % Table 1 rows (content/data/survey.yaml + one text file per language and period).
 * zh and en files line up paragraph for paragraph with the same figures. The text is plain plan
 * prose assembled from word lists (industries, places, measures) with a seeded random generator, so
 * two runs with the same n write the same files. NOTHING here is a fact about Jindong: it is filler
 * for measurements, written only into a temporary directory and never committed.
 *
 * Provenance (sources/): the synthetic chapters are the parts of synthetic plan documents, ten parts
 * each (sources/synthetic-plan-<k>.zh.txt, listed in the manifest), and every zh chapter and task area
 * declares its part as `source` (verbatim: its text is the part's text). The synthetic Table 1 rows
 * are added to the copy's drafting notes, under 表1, which content/data/survey.yaml cites.
 *
 * Search probes: exactly one synthetic chapter contains SPECIFIC_TERM (a term that appears nowhere
 * else); BROAD_TERM appears on nearly every page.
 *
 * CLI: `./node_modules/.bin/node bench/scale/generate.ts 250` prints the directory it wrote.
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { copyProject } from '../../tests/support/project-copy.ts';
import { splitHeadingId } from '../../src/lib/heading-id.ts';
import { join, resolve } from 'node:path';

export const SPECIFIC_TERM = { zh: '石墨烯导热膜', en: 'graphene thermal film' } as const;
export const BROAD_TERM = { zh: '科技创新', en: 'innovation' } as const;

/** What a synthetic site of `n` entries per language holds (the real content comes on top). */
export function mixOf(n: number) {
  const chapters = Math.max(1, Math.round(n * 0.35));
  const tasks = Math.max(1, Math.round(n * 0.35));
  const glossary = Math.max(1, Math.round(n * 0.2));
  const survey = Math.max(1, n - chapters - tasks - glossary);
  return { chapters, tasks, glossary, survey };
}

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return { next, int, pick };
}
type Rng = ReturnType<typeof rng>;

type Pair = readonly [zh: string, en: string];

const INDUSTRIES: Pair[] = [
  ['新能源汽车', 'new energy vehicle'], ['智能装备', 'intelligent equipment'], ['生物医药', 'biomedicine'],
  ['新材料', 'new materials'], ['数字经济', 'digital economy'], ['集成电路', 'integrated circuit'],
  ['光电信息', 'optoelectronic information'], ['节能环保', 'energy saving and environmental protection'],
  ['现代农业', 'modern agriculture'], ['健康食品', 'health food'], ['纺织服装', 'textiles and apparel'],
  ['五金工具', 'hardware tools'], ['磁性材料', 'magnetic materials'], ['工业互联网', 'industrial internet'],
  ['人工智能', 'artificial intelligence'], ['氢能', 'hydrogen energy'], ['电子商务', 'e-commerce'],
  ['文化创意', 'cultural and creative'], ['现代物流', 'modern logistics'], ['精细化工', 'fine chemicals'],
  ['医疗器械', 'medical devices'], ['智能家居', 'smart home'], ['储能电池', 'energy storage battery'],
  ['软件信息服务', 'software and information services'], ['航空航天配套', 'aerospace supply chain'],
];
const PLACES: Pair[] = [
  ['多湖街道', 'Duohu Subdistrict'], ['东孝街道', 'Dongxiao Subdistrict'], ['孝顺镇', 'Xiaoshun Town'],
  ['傅村镇', 'Fucun Town'], ['曹宅镇', 'Caozhai Town'], ['澧浦镇', 'Lipu Town'], ['岭下镇', 'Lingxia Town'],
  ['江东镇', 'Jiangdong Town'], ['塘雅镇', 'Tangya Town'], ['赤松镇', 'Chisong Town'],
  ['源东乡', 'Yuandong Township'], ['金义新区', 'Jinyi New Area'], ['高铁新城', 'High-speed Rail New Town'],
  ['经济开发区', 'Economic Development Zone'], ['科创走廊', 'Science and Innovation Corridor'],
];
const MEASURES: Pair[] = [
  ['研发投入', 'R&D investment'], ['高新技术企业数量', 'the number of high-tech enterprises'],
  ['科技型中小企业数量', 'the number of tech-based SMEs'], ['发明专利授权量', 'invention patents granted'],
  ['技术合同成交额', 'the value of technology contracts'], ['新产品产值', 'new product output'],
  ['研发人员数量', 'the number of R&D personnel'], ['孵化面积', 'incubation floor space'],
  ['省级研发中心数量', 'the number of provincial R&D centres'], ['创新平台数量', 'the number of innovation platforms'],
];
const ACTIONS: Pair[] = [
  ['加快建设', 'accelerate the construction of'], ['统筹推进', 'coordinate the development of'],
  ['积极培育', 'actively cultivate'], ['大力发展', 'vigorously develop'], ['持续完善', 'continuously improve'],
  ['着力打造', 'strive to build'], ['深化推进', 'deepen'], ['探索建立', 'explore the establishment of'],
];
const THINGS: Pair[] = [
  ['产业创新服务综合体', 'industrial innovation service complexes'], ['企业研究院', 'enterprise research institutes'],
  ['众创空间', 'maker spaces'], ['科技企业孵化器', 'technology business incubators'],
  ['产学研合作平台', 'industry–university–research cooperation platforms'], ['中试基地', 'pilot-scale test bases'],
  ['科技金融服务体系', 'technology finance service systems'], ['人才引育机制', 'talent attraction and development mechanisms'],
  ['知识产权保护体系', 'intellectual property protection systems'], ['技术交易市场', 'technology trading markets'],
  ['重点实验室', 'key laboratories'], ['成果转化中心', 'technology transfer centres'],
];
const SECTION_TITLES: Pair[] = [
  ['发展基础', 'Foundations'], ['面临形势', 'The situation'], ['总体思路', 'General approach'],
  ['重点任务', 'Key tasks'], ['重大项目', 'Major projects'], ['保障措施', 'Safeguards'],
  ['实施步骤', 'Implementation steps'], ['考核评估', 'Assessment and evaluation'],
];
const SURNAMES: Pair[] = [['华', 'Hua'], ['金', 'Jin'], ['东', 'Dong'], ['义', 'Yi'], ['婺', 'Wu'], ['双', 'Shuang'], ['明', 'Ming'], ['信', 'Xin']];
const SUFFIXES: Pair[] = [['科技', 'Technology'], ['智能', 'Intelligent'], ['新材', 'New Material'], ['电子', 'Electronics'], ['生物', 'Biotech'], ['机械', 'Machinery']];

interface Para { zh: string; en: string }

/** A sentence with figures: the same numbers in both languages. */
function sentence(r: Rng): Para {
  const ind = r.pick(INDUSTRIES);
  const pl = r.pick(PLACES);
  const me = r.pick(MEASURES);
  const ac = r.pick(ACTIONS);
  const th = r.pick(THINGS);
  const year = r.int(2021, 2025);
  const pct = `${r.int(5, 40)}.${r.int(0, 9)}`;
  const count = r.int(3, 120);
  switch (r.int(0, 4)) {
    case 0:
      return { zh: `${ac[0]}${pl[0]}${ind[0]}${th[0]}，到${year}年${me[0]}年均增长${pct}%以上。`, en: `We will ${ac[1]} ${ind[1]} ${th[1]} in ${pl[1]}, with ${me[1]} growing by more than ${pct}% a year by ${year}.` };
    case 1:
      return { zh: `围绕${ind[0]}产业链关键环节，新建${th[0]}${count}家，力争${me[0]}达到${count * 3}。`, en: `Around the key links of the ${ind[1]} industry chain, ${count} new ${th[1]} will be set up, striving for ${me[1]} to reach ${count * 3}.` };
    case 2:
      return { zh: `支持${pl[0]}龙头企业牵头组建创新联合体，推动${ind[0]}领域科技创新成果就地转化。`, en: `Leading enterprises in ${pl[1]} will be supported in forming innovation consortia, so that science and technology innovation results in ${ind[1]} are transferred locally.` };
    case 3:
      return { zh: `${year}年，全区${me[0]}比上年提高${pct}个百分点，${ind[0]}产业规模位居全市前列。`, en: `In ${year}, ${me[1]} in the district rose by ${pct} percentage points over the previous year, and the ${ind[1]} industry ranked among the largest in the city.` };
    default:
      return { zh: `${ac[0]}面向${ind[0]}的${th[0]}，完善“研发—中试—产业化”全链条科技创新服务。`, en: `We will ${ac[1]} ${th[1]} for ${ind[1]} and complete the full chain of innovation services from R&D through pilot testing to industrialization.` };
  }
}

function paragraph(r: Rng, sentences: number): Para {
  const parts = Array.from({ length: sentences }, () => sentence(r));
  return { zh: parts.map((p) => p.zh).join(''), en: parts.map((p) => p.en).join(' ') };
}

function list(r: Rng, items: number): Para {
  const rows = Array.from({ length: items }, () => sentence(r));
  return { zh: rows.map((p) => `- ${p.zh}`).join('\n'), en: rows.map((p) => `- ${p.en}`).join('\n') };
}

function table(r: Rng, rows: number): Para {
  const lines = (lang: 0 | 1, head: string) => {
    const out = [head, '| --- | --- | --- |'];
    for (const [me, a, b] of body) out.push(`| ${me[lang]} | ${a} | ${b} |`);
    return out.join('\n');
  };
  const body = Array.from({ length: rows }, () => {
    const a = r.int(10, 900);
    return [r.pick(MEASURES), a, a + r.int(5, 300)] as const;
  });
  return { zh: lines(0, '| 指标 | 2020年 | 2025年 |'), en: lines(1, '| Indicator | 2020 | 2025 |') };
}

interface Files { zh: string; en: string }
const yamlString = (s: string) => JSON.stringify(s);

/** A `source` block for a zh front matter. */
const sourceField = (document: string, section: string) => ['source:', `  document: ${document}`, `  section: ${yamlString(section)}`, '  verbatim: true'];

/**
 * The lines of a source text that hold a Markdown text's headings, paragraphs, list items and table
 * rows (cells separated by 、 and a row ended by ；so that figures in neighbouring cells stay apart).
 */
export function sourceLinesOf(markdown: string): string[] {
  return markdown
    .split('\n')
    .filter((l) => l.trim() && !/^\|\s*-/.test(l))
    .map((l) => splitHeadingId(l.replace(/^#+\s*/, '')).text.replace(/^-\s+/, '').replace(/^\|(.*)\|$/, (_m, row: string) => `${row.split('|').map((c) => c.trim()).join('、')}；`));
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

interface Source { document: string; section: string }

function chapterFiles(r: Rng, number: number, hasTasks: boolean, specific: boolean, source: (title: string) => Source): Files & { source: Source; lines: string[] } {
  const ind = r.pick(INDUSTRIES);
  const th = r.pick(THINGS);
  const title: Pair = [`推动${ind[0]}${th[0]}高质量发展`, `Promoting high-quality development of ${ind[1]} ${th[1]}`];
  const summary: Pair = [`第${number}部分提出${ind[0]}领域科技创新的主要任务。`, `Part ${number} sets out the main tasks of science and technology innovation in ${ind[1]}.`];
  const blocks: { zh: string; en: string }[] = [paragraph(r, 3)];
  const sections = r.int(3, 5);
  const titles = [...SECTION_TITLES].sort(() => r.next() - 0.5).slice(0, sections);
  titles.forEach((t, i) => {
    const id = `s${i + 1}`;
    blocks.push({ zh: `## ${t[0]} {#${id}}`, en: `## ${t[1]} {#${id}}` });
    blocks.push(paragraph(r, r.int(2, 4)), paragraph(r, r.int(2, 4)));
    if (i % 2 === 0) blocks.push(list(r, r.int(3, 5)));
    else blocks.push(table(r, r.int(3, 6)));
    blocks.push(paragraph(r, r.int(1, 3)));
  });
  if (specific) {
    blocks.push({
      zh: `重点支持${SPECIFIC_TERM.zh}等前沿材料的研发和产业化，建设${SPECIFIC_TERM.zh}中试基地。`,
      en: `Research, development and industrialization of frontier materials such as ${SPECIFIC_TERM.en} will receive priority support, with a pilot-scale test base for ${SPECIFIC_TERM.en}.`,
    });
  }
  const src = source(title[0]);
  const fm = (lang: 0 | 1) =>
    [
      '---',
      `number: ${number}`,
      `title: ${yamlString(title[lang])}`,
      `summary: ${yamlString(summary[lang])}`,
      'status: full',
      ...(hasTasks ? ['tasks: true'] : []),
      ...(lang === 0 ? sourceField(src.document, src.section) : []),
      'published: 2026-11-26',
      '---',
      '',
    ].join('\n');
  const zhBody = blocks.map((b) => b.zh).join('\n\n') + '\n';
  return { zh: fm(0) + zhBody, en: fm(1) + blocks.map((b) => b.en).join('\n\n') + '\n', source: src, lines: [summary[0], ...sourceLinesOf(zhBody)] };
}

function taskFiles(r: Rng, number: number, chapter: number, src: Source): Files & { lines: string[] } {
  const ac = r.pick(ACTIONS);
  const ind = r.pick(INDUSTRIES);
  const th = r.pick(THINGS);
  const short: Pair = [`${ac[0]}${ind[0]}${th[0]}`, `${ac[1][0]!.toUpperCase()}${ac[1].slice(1)} ${ind[1]} ${th[1]}`];
  const title: Pair = [`${short[0]}，提升${ind[0]}产业科技创新能力`, `${short[1]} and raise the innovation capacity of the ${ind[1]} industry`];
  const blocks = [paragraph(r, 2), list(r, r.int(3, 6)), paragraph(r, r.int(2, 3))];
  const fm = (lang: 0 | 1) =>
    [
      '---',
      `number: ${number}`,
      `chapter: ${chapter}`,
      `shortTitle: ${yamlString(short[lang])}`,
      `title: ${yamlString(title[lang])}`,
      'status: full',
      ...(lang === 0 ? sourceField(src.document, src.section) : []),
      'published: 2026-11-26',
      '---',
      '',
    ].join('\n');
  const zhBody = blocks.map((b) => b.zh).join('\n\n') + '\n';
  return { zh: fm(0) + zhBody, en: fm(1) + blocks.map((b) => b.en).join('\n\n') + '\n', lines: sourceLinesOf(zhBody) };
}

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function company(r: Rng, i: number): Pair {
  const s = r.pick(SURNAMES);
  const f = r.pick(SUFFIXES);
  const ind = r.pick(INDUSTRIES);
  // A company name translated for the site carries its mark (docs/style-guide.en.md §7; rules/translated-names.ts).
  return [`浙江${s[0]}${f[0]}${ind[0]}第${i}有限公司`, `Zhejiang ${s[1]} ${f[1]} ${ind[1]} No. ${i} Co., Ltd.*`];
}

const TABLE_1 = { document: 'drafting-notes', section: '表1调研座谈具体情况' };

function surveyFiles(r: Rng, id: string, day1: number, day2: number): Files & { line: string } {
  const [y, m] = id.split('-').map(Number) as [number, number];
  const places = Array.from({ length: r.int(1, 3) }, () => r.pick(PLACES)).filter((p, i, a) => a.indexOf(p) === i);
  const orgs = Array.from({ length: r.int(2, 6) }, (_, i) => company(r, r.int(1, 999) * 10 + i));
  const ind = r.pick(INDUSTRIES);
  const zhDates = `${m}月${day1}日-${m}月${day2}日`;
  const enDates = `${day1}–${day2} ${EN_MONTHS[m - 1]}`;
  const fm = (lang: 0 | 1) =>
    [
      '---',
      `period: ${id}`,
      `label: ${yamlString(lang === 0 ? `${y}年${m}月` : `${EN_MONTHS[m - 1]} ${y}`)}`,
      'places:',
      ...places.map((p) => `  - ${yamlString(p[lang])}`),
      'organisations:',
      ...orgs.map((o) => `  - ${yamlString(o[lang])}`),
      ...(lang === 0 ? sourceField(TABLE_1.document, TABLE_1.section) : []),
      '---',
      '',
    ].join('\n');
  const body: Pair = [
    `${zhDates}赴${places.map((p) => p[0]).join('、')}调研，了解${ind[0]}领域科技创新工作进展；与${orgs.map((o) => o[0]).join('、')}等开展座谈。`,
    `From ${enDates}, the team visited ${places.map((p) => p[1]).join(', ')} to learn about progress in science and technology innovation in ${ind[1]}, and held discussions with ${orgs.map((o) => o[1].replace(/\*$/, '\\*')).join(', ')} and others.`,
  ];
  return { zh: fm(0) + body[0] + '\n', en: fm(1) + body[1] + '\n', line: `${y}年${m}月\t${body[0]}` };
}

const maxNumber = (dir: string) =>
  existsSync(dir) ? Math.max(0, ...readdirSync(dir).map((f) => Number(f.replace(/\.md$/, ''))).filter(Number.isFinite)) : 0;

/** Adds n synthetic entries per language to `projectDir/content` (a copy of the real content). */
export function generateContent(projectDir: string, n: number, seed = 13): ReturnType<typeof mixOf> {
  const r = rng(seed);
  const mix = mixOf(n);
  const content = join(projectDir, 'content');
  const write = (lang: 'zh' | 'en', rel: string, text: string) => {
    const file = join(content, lang, rel);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  };
  const both = (rel: string, f: Files) => {
    write('zh', rel, f.zh);
    write('en', rel, f.en);
  };

  // Chapters after the real ones, as the parts of synthetic plan documents (ten parts each); the
  // first synthetic chapters carry the synthetic task areas, whose text is in their chapter's part.
  const firstChapter = maxNumber(join(content, 'zh', 'chapters')) + 1;
  const taskChapters = Math.max(1, Math.ceil(mix.chapters / 3));
  const docs: { id: string; parts: { heading: string; lines: string[] }[] }[] = [];
  const chapterSource: Source[] = [];
  for (let i = 0; i < mix.chapters; i++) {
    const k = Math.floor(i / 10);
    const doc = (docs[k] ??= { id: `synthetic-plan-${k + 1}`, parts: [] });
    const f = chapterFiles(r, firstChapter + i, i < taskChapters, i === Math.floor(mix.chapters / 2), (title) => ({ document: doc.id, section: `第${CN[i % 10]}部分 ${title}` }));
    doc.parts.push({ heading: f.source.section, lines: f.lines });
    chapterSource.push(f.source);
    both(`chapters/${firstChapter + i}.md`, f);
  }
  const firstTask = maxNumber(join(content, 'zh', 'tasks')) + 1;
  for (let i = 0; i < mix.tasks; i++) {
    const c = i % taskChapters;
    const f = taskFiles(r, firstTask + i, firstChapter + c, chapterSource[c]!);
    docs[Math.floor(c / 10)]!.parts[c % 10]!.lines.push(...f.lines);
    both(`tasks/${firstTask + i}.md`, f);
  }
  const sources = join(projectDir, 'sources');
  mkdirSync(sources, { recursive: true });
  const manifest: string[] = [];
  docs.forEach((doc, k) => {
    const title = `《金东区科技创新专项规划（合成样例${k + 1}）》`;
    writeFileSync(join(sources, `${doc.id}.zh.txt`), [title, ...doc.parts.flatMap((p) => [p.heading, ...p.lines])].join('\n') + '\n');
    manifest.push(
      [
        `  - id: ${doc.id}`,
        `    title: ${yamlString(title)}`,
        `    shortTitle: ${yamlString(`《合成样例${k + 1}》`)}`,
        '    lang: zh',
        '    status: 合成样例',
        `    file: ${doc.id}.zh.txt`,
        '    provenance: 性能测试生成的合成文本，不是官方文件。',
        '    en:',
        `      title: ${yamlString(`Synthetic sample plan ${k + 1} (benchmark only)`)}`,
        `      shortTitle: ${yamlString(`Sample plan ${k + 1}`)}`,
        '      status: synthetic sample',
        '      provenance: Synthetic text generated for the scale benchmark; not an official document.',
      ].join('\n'),
    );
  });
  if (manifest.length) appendFileSync(join(sources, 'manifest.yaml'), `\n  # Synthetic documents for the scale benchmark\n${manifest.join('\n')}\n`);

  // Table 1 rows: one period per month after the real ones, written into the copy's drafting notes
  // under 表1 (which content/data/survey.yaml cites) and as one text file per language.
  const surveyYaml = join(content, 'data', 'survey.yaml');
  const lastId = [...readFileSync(surveyYaml, 'utf8').matchAll(/id: (\d{4})-(\d{2})/g)].at(-1);
  let month = lastId ? Number(lastId[1]) * 12 + Number(lastId[2]) - 1 : 2021 * 12 + 5;
  const periods: string[] = [];
  const rows: string[] = [];
  for (let i = 0; i < mix.survey; i++) {
    month += 1;
    const id = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    const d1 = r.int(1, 25);
    const d2 = d1 + r.int(0, 3);
    periods.push(`  - id: ${id}\n    start: ${id}-${String(d1).padStart(2, '0')}\n    end: ${id}-${String(d2).padStart(2, '0')}`);
    const f = surveyFiles(r, id, d1, d2);
    rows.push(f.line);
    both(`survey/${id}.md`, f);
  }
  appendFileSync(surveyYaml, `\n  # Synthetic rows for the scale benchmark\n${periods.join('\n')}\n`);
  const notes = join(sources, 'drafting-notes.zh.txt');
  if (existsSync(notes)) {
    const lines = readFileSync(notes, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.trim() === TABLE_1.section);
    if (at < 0) throw new Error(`sources/drafting-notes.zh.txt has no line ${TABLE_1.section}`);
    lines.splice(at + 1, 0, ...rows);
    writeFileSync(notes, lines.join('\n'));
  }

  // Glossary terms.
  const terms: string[] = [];
  for (let i = 0; i < mix.glossary; i++) {
    const ind = r.pick(INDUSTRIES);
    const th = r.pick(THINGS);
    terms.push(`  - id: synthetic-term-${i + 1}\n    zh: ${yamlString(`${ind[0]}${th[0]}（${i + 1}）`)}\n    en: ${yamlString(`${ind[1]} ${th[1]} (${i + 1})`)}`);
  }
  appendFileSync(join(content, 'data', 'glossary.yaml'), `\n  # Synthetic terms for the scale benchmark\n${terms.join('\n')}\n`);
  return mix;
}

/** A throw-away copy of the project at `root` with n synthetic entries per language. */
export function scaleProject(n: number, root = resolve('.'), seed = 13): { dir: string; mix: ReturnType<typeof mixOf> } {
  const dir = copyProject(root, { prefix: `plan-scale-${n}-` });
  // The glossary keeps every alias: one the synthetic text uses is a warning of the check, never a problem.
  const mix = generateContent(dir, n, seed);
  return { dir, mix };
}

if (import.meta.main) {
  const n = Number(process.argv[2] ?? 50);
  const { dir, mix } = scaleProject(n);
  console.log(dir, JSON.stringify(mix));
}
