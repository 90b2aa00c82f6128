/**
 * The rows of a page's document information block (DocumentMeta.astro), built only from facts the site
 * holds: a field the content or sources/manifest.yaml does not state has no row (never an empty label,
 * never a guess). Government house style: 名称, then who made it, its date and stage, each labelled.
 * The page's own dates on this website are not rows: they are shown once, at the page's foot (PageDates).
 */
import type { Lang } from './schemas.ts';
import { formatDate } from './format.ts';
import { t, type UiKey } from '../i18n/index.ts';

export interface MetaRow {
  /** What the row is (data-field on the page), e.g. `title`, `stage`. */
  field: string;
  label: UiKey;
  value: string;
  /** A date's ISO form (the value is shown in a <time>). */
  iso?: string;
  /** The value links here. */
  href?: string;
}

/** The plan's fields (content/<lang>/plan/index.md `title` and `document`). */
export interface PlanFacts {
  title: string;
  /** Short title of the source that states the status (《起草说明》 / Drafting Notes). */
  stageSource?: string | undefined;
  document: { publisher?: string | undefined; commissionedBy?: string | undefined; draftedBy?: string | undefined; written?: string | undefined; stage?: string | undefined };
}

/** "送审稿（据《起草说明》）": the status as the source that reports it states it, not a claim about the plan today. */
const stageAsStated = (lang: Lang, stage: string, source: string | undefined) => (source ? t(lang, 'doc.stageAsStated', { stage, source }) : stage);

/** The plan's block (chapter, task and plan pages); `partOf`: the Part a task area is set out in. */
export function planMetaRows(lang: Lang, plan: PlanFacts | undefined, partOf?: { href: string; label: string }): MetaRow[] {
  if (!plan) return [];
  const doc = plan.document;
  const rows: MetaRow[] = [{ field: 'title', label: 'doc.title', value: plan.title }];
  if (doc.publisher) rows.push({ field: 'publisher', label: 'doc.publisher', value: doc.publisher });
  if (doc.commissionedBy) rows.push({ field: 'commissionedBy', label: 'doc.commissionedBy', value: doc.commissionedBy });
  if (doc.draftedBy) rows.push({ field: 'draftedBy', label: 'doc.draftedBy', value: doc.draftedBy });
  if (doc.written) rows.push({ field: 'written', label: 'doc.written', value: formatDate(lang, doc.written), iso: doc.written });
  if (doc.stage) rows.push({ field: 'stage', label: 'doc.stage', value: stageAsStated(lang, doc.stage, plan.stageSource) });
  if (partOf) rows.push({ field: 'partOf', label: 'doc.partOf', value: partOf.label, href: partOf.href });
  return rows;
}

/** The facts of an official text of sources/manifest.yaml, in the page's language. */
export interface SourceFacts {
  title: string;
  /** The document's own stage, only when it states it of itself (manifest `status`). */
  status?: string | undefined;
  provenance: string;
  /** The readable copy of the text (sources/<id>/). */
  href: string;
  /** The page shows a translation (the English page of a Chinese text): said in a row of its own. */
  translated?: boolean;
}

/**
 * The drafting notes' block (起草说明 page): the document's name, the plan it explains, the plan's stage
 * as the notes report it (labelled as the plan's, not the notes' own), the notes' own stage only when the
 * manifest states one, that the page is a translation (the Chinese prevails), and where the copy comes from. No issuing body, number or date: the notes state none.
 */
export function sourceMetaRows(lang: Lang, source: SourceFacts, plan: PlanFacts | undefined): MetaRow[] {
  const rows: MetaRow[] = [{ field: 'title', label: 'doc.title', value: source.title }];
  if (source.translated) rows.push({ field: 'language', label: 'doc.language', value: t(lang, 'doc.translation') });
  if (source.status) rows.push({ field: 'stage', label: 'doc.stage', value: source.status });
  if (plan) rows.push({ field: 'plan', label: 'doc.plan', value: plan.title });
  if (plan?.document.stage) rows.push({ field: 'planStage', label: 'doc.planStage', value: stageAsStated(lang, plan.document.stage, plan.stageSource) });
  rows.push({ field: 'provenance', label: 'source.provenance', value: source.provenance, href: source.href });
  return rows;
}
