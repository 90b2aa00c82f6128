/**
 * Changes of the language-neutral data (content/data/*.yaml) as readers understand them: a target
 * figure or a Table 1 date, old → new, labelled with the indicator's or period's name — never as a
 * diff of a data file. No Astro imports.
 */
import type { Comparison, Lang, Unit } from '../schemas.ts';
import { formatDateRange, targetPhrase } from '../format.ts';
import type { ChangeNote } from '../revisions.ts';
import { readYaml } from './text.ts';
import { noteIn } from '../../i18n/lang.ts';

export interface DataChange {
  /** Stable id of the indicator or period. */
  id: string;
  /** Its name in the page's language. */
  label: string;
  /** The value as the page shows it; undefined when the row did not exist before / no longer exists. */
  before?: string;
  after?: string;
}

interface Indicator {
  id: string;
  value: number;
  unit: Unit;
  comparison: Comparison;
}

/** Indicator id → indicator, from the text of content/data/targets.yaml (unreadable → empty). */
export function indicatorsOf(yaml: string | undefined): Map<string, Indicator> {
  const out = new Map<string, Indicator>();
  const groups = yaml === undefined ? [] : readYaml(yaml).groups;
  if (!Array.isArray(groups)) return out;
  for (const g of groups) {
    const list = (g as { indicators?: unknown }).indicators;
    if (!Array.isArray(list)) continue;
    for (const i of list as Partial<Indicator>[]) {
      if (typeof i.id === 'string' && typeof i.value === 'number') out.set(i.id, i as Indicator);
    }
  }
  return out;
}

export interface TargetWords {
  indicators: Record<string, string>;
  units: Record<Unit, string>;
}

/** The words of content/<lang>/targets.yaml (unreadable → empty). */
export function targetWordsOf(yaml: string | undefined): TargetWords {
  const data = yaml === undefined ? {} : readYaml(yaml);
  const rec = (v: unknown) => (v && typeof v === 'object' ? (v as Record<string, string>) : {});
  return { indicators: rec(data.indicators), units: rec(data.units) as Record<Unit, string> };
}

/**
 * Target figures that differ between two versions of content/data/targets.yaml, each written as the
 * targets page writes it (e.g. 3.3%以上 / at least 3.3%), in the order of the newer file.
 */
export function targetChanges(
  lang: Lang,
  before: string | undefined,
  after: string | undefined,
  words: { before: TargetWords; after: TargetWords },
  templates: Record<Comparison, string>,
): DataChange[] {
  const a = indicatorsOf(before);
  const b = indicatorsOf(after);
  const phrase = (i: Indicator | undefined, w: TargetWords) => {
    if (!i) return undefined;
    const units = { ...words.after.units, ...w.units };
    if (!templates[i.comparison]) return String(i.value);
    return targetPhrase(lang, i, units, templates);
  };
  const ids = [...b.keys(), ...[...a.keys()].filter((id) => !b.has(id))];
  return ids.flatMap((id) => {
    const old = phrase(a.get(id), words.before);
    const now = phrase(b.get(id), words.after);
    if (old === now) return [];
    const label = words.after.indicators[id] ?? words.before.indicators[id] ?? id;
    return [{ id, label, before: old, after: now }];
  });
}

interface Period {
  id: string;
  start: string;
  end: string;
}

/** Period id → dates, from the text of content/data/survey.yaml (unreadable → empty). */
export function periodsOf(yaml: string | undefined): Map<string, Period> {
  const out = new Map<string, Period>();
  const list = yaml === undefined ? [] : readYaml(yaml).periods;
  if (!Array.isArray(list)) return out;
  for (const p of list as Partial<Period>[]) {
    if (typeof p.id === 'string' && typeof p.start === 'string' && typeof p.end === 'string') out.set(p.id, p as Period);
  }
  return out;
}

/** Table 1 dates that differ between two versions of content/data/survey.yaml, labelled with each period's name. */
export function surveyChanges(lang: Lang, before: string | undefined, after: string | undefined, labels: Record<string, string>): DataChange[] {
  const a = periodsOf(before);
  const b = periodsOf(after);
  const show = (p: Period | undefined) => {
    if (!p) return undefined;
    try {
      return formatDateRange(lang, p.start, p.end);
    } catch {
      return `${p.start} – ${p.end}`;
    }
  };
  const ids = [...b.keys(), ...[...a.keys()].filter((id) => !b.has(id))];
  return ids.flatMap((id) => {
    const old = show(a.get(id));
    const now = show(b.get(id));
    return old === now ? [] : [{ id, label: labels[id] ?? id, before: old, after: now }];
  });
}

/**
 * The corrections of one source document added between two versions of sources/manifest.yaml, as
 * change notes in `lang` (`note` is Chinese, `en` English).
 */
export function sourceCorrections(id: string, lang: Lang) {
  const of = (yaml: string | undefined) => {
    const docs = yaml === undefined ? [] : readYaml(yaml).documents;
    const doc = (Array.isArray(docs) ? docs : []).find((d: { id?: unknown }) => d?.id === id) as { corrections?: unknown } | undefined;
    return (Array.isArray(doc?.corrections) ? doc.corrections : []).flatMap((c: Record<string, unknown>) => {
      const note = noteIn(lang, c as { note: unknown; en: unknown });
      return typeof c.date === 'string' && typeof note === 'string' ? [{ date: c.date, note }] : [];
    });
  };
  return (before: string | undefined, after: string | undefined): ChangeNote[] => {
    const had = new Set(of(before).map((c) => `${c.date} ${c.note}`));
    return of(after).filter((c) => !had.has(`${c.date} ${c.note}`));
  };
}
