/**
 * What the browser editor calls each field, in both languages, keyed by the field's path in its
 * schema (src/lib/schemas.ts) without list positions: `changes.note`, `documents.en.title`.
 * The editor shows "中文 · English". A schema field without an entry here still appears in the
 * editor (under its own name); tests/unit/editor-config.test.ts lists the ones that lack a label.
 */
import type { Lang } from '../schemas.ts';

export type Label = Record<Lang, string>;

export const FIELD_LABELS: Record<string, Label> = {
  // Shared by the page-like collections
  source: { zh: '来源', en: 'Source' },
  'source.document': { zh: '官方文本', en: 'Official text' },
  'source.section': { zh: '所在章节（原文标题）', en: 'Section (its heading in the official text)' },
  'source.verbatim': { zh: '逐字转载原文', en: 'Reproduces the official text word for word' },
  published: { zh: '发布日期（网站）', en: 'Published on this website' },
  updated: { zh: '更新日期', en: 'Last updated' },
  changes: { zh: '修订记录（最新的在前）', en: 'Change notes (newest first)' },
  'changes.date': { zh: '日期', en: 'Date' },
  'changes.note': { zh: '修订说明', en: 'What changed' },
  'changes.minor': { zh: '细微修改（不公示修订说明）', en: 'Minor change (no public change note)' },
  body: { zh: '正文', en: 'Text' },
  // Drafting notes
  order: { zh: '顺序', en: 'Order' },
  anchor: { zh: '网址锚点', en: 'Anchor in the address' },
  title: { zh: '标题', en: 'Title' },
  surveyTable: { zh: '本节之后显示表1', en: 'Show Table 1 after this section' },
  // Plan page
  document: { zh: '规划基本信息', en: 'Document information' },
  'document.publisher': { zh: '发布机构', en: 'Issued by' },
  'document.commissionedBy': { zh: '组织编制单位', en: 'Commissioned by' },
  'document.draftedBy': { zh: '编制单位', en: 'Drafted by' },
  'document.written': { zh: '成文日期', en: 'Date of the document' },
  'document.stage': { zh: '文稿状态', en: 'Stage of the document' },
  // Parts and main tasks
  number: { zh: '序号', en: 'Number' },
  shortTitle: { zh: '短标题', en: 'Short title' },
  summary: { zh: '概述', en: 'Summary' },
  status: { zh: '发布状态（summary 摘要 / full 全文）', en: 'Status (summary / full text)' },
  targets: { zh: '本部分列出2025年目标', en: 'This Part sets out the 2025 targets' },
  tasks: { zh: '本部分列出主要任务', en: 'This Part sets out the main tasks' },
  chapter: { zh: '所属部分', en: 'Part it belongs to' },
  // Table 1 periods
  period: { zh: '时间段（年-月）', en: 'Period (year-month)' },
  label: { zh: '时间段名称', en: 'Name of the period' },
  places: { zh: '地点', en: 'Places' },
  organisations: { zh: '单位', en: 'Organisations' },
  // Target names (per language)
  groups: { zh: '目标分组', en: 'Target groups' },
  indicators: { zh: '指标名称', en: 'Indicator names' },
  units: { zh: '单位用词', en: 'Unit words' },
  // Target figures
  'groups.id': { zh: '分组编号', en: 'Group id' },
  'groups.indicators': { zh: '指标', en: 'Indicators' },
  'groups.indicators.id': { zh: '指标编号', en: 'Indicator id' },
  'groups.indicators.value': { zh: '数值', en: 'Figure' },
  'groups.indicators.unit': { zh: '单位', en: 'Unit' },
  'groups.indicators.comparison': { zh: '表述方式', en: 'How the figure is stated' },
  // Table 1 dates
  periods: { zh: '时间段', en: 'Periods' },
  'periods.id': { zh: '时间段（年-月）', en: 'Period (year-month)' },
  'periods.start': { zh: '开始日期', en: 'First day' },
  'periods.end': { zh: '结束日期', en: 'Last day' },
  // Glossary
  terms: { zh: '术语', en: 'Terms' },
  'terms.id': { zh: '术语编号', en: 'Term id' },
  'terms.zh': { zh: '中文', en: 'Chinese' },
  'terms.en': { zh: '英文译法', en: 'English rendering' },
  'terms.abbreviations': { zh: '检索用简称（搜索时视同本术语）', en: 'Abbreviations (search finds the term)' },
  'terms.abbreviations.zh': { zh: '中文简称', en: 'Chinese abbreviations' },
  'terms.abbreviations.en': { zh: '英文缩写', en: 'English abbreviations' },
  'terms.synonyms': { zh: '检索用同义词（搜索时视同本术语）', en: 'Synonyms (search finds the term)' },
  'terms.synonyms.zh': { zh: '中文同义词', en: 'Chinese synonyms' },
  'terms.synonyms.en': { zh: '英文同义词', en: 'English synonyms' },
  'terms.related': { zh: '相关词（仅作搜索建议）', en: 'Related words (search suggestions only)' },
  'terms.related.zh': { zh: '中文相关词', en: 'Chinese related words' },
  'terms.related.en': { zh: '英文相关词', en: 'English related words' },
  'terms.short': { zh: '简称（浏览器标签页）', en: 'Short form (browser tab)' },
  'terms.short.zh': { zh: '中文简称', en: 'Chinese short form' },
  'terms.short.en': { zh: '英文简称', en: 'English short form' },
  // Official texts
  documents: { zh: '官方文本', en: 'Official texts' },
  'documents.id': { zh: '编号', en: 'Id' },
  'documents.title': { zh: '标题', en: 'Title' },
  'documents.shortTitle': { zh: '简称', en: 'Short title' },
  'documents.lang': { zh: '语言', en: 'Language' },
  'documents.status': { zh: '文稿状态', en: 'Stage of the document' },
  'documents.file': { zh: '文本文件（sources/ 中的 .txt）', en: 'Text file (.txt in sources/)' },
  'documents.provenance': { zh: '来源说明', en: 'Provenance' },
  'documents.corrections': { zh: '更正记录（最新的在前）', en: 'Corrections (newest first)' },
  'documents.corrections.date': { zh: '日期', en: 'Date' },
  'documents.corrections.note': { zh: '更正说明（中文）', en: 'Correction (Chinese)' },
  'documents.corrections.en': { zh: '更正说明（英文）', en: 'Correction (English)' },
  'documents.supersedes': { zh: '取代的旧版本', en: 'Replaces the earlier version' },
  'documents.en': { zh: '英文信息', en: 'In English' },
  'documents.en.title': { zh: '英文标题', en: 'Title in English' },
  'documents.en.shortTitle': { zh: '英文简称', en: 'Short title in English' },
  'documents.en.status': { zh: '英文文稿状态', en: 'Stage in English' },
  'documents.en.provenance': { zh: '英文来源说明', en: 'Provenance in English' },
  'documents.en.sections': { zh: '章节英文名称（原文标题 → 英文）', en: 'English names of sections (heading → English)' },
};

/** "中文 · English", or the field's own name when it has no label. */
export function fieldLabel(path: string): string {
  const label = FIELD_LABELS[path];
  return label ? `${label.zh} · ${label.en}` : path.split('.').at(-1)!;
}
