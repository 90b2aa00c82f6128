/**
 * Layout of the drafting timeline, computed at build time from the Table 1 dates
 * (content/data/survey.yaml): which months the axis shows and where each activity sits on it.
 * Positions are fractions of the axis (0 = first day of the first month, 1 = end of the last month).
 */

export interface DatedEvent {
  id: string;
  /** YYYY-MM-DD */
  start: string;
  /** YYYY-MM-DD */
  end: string;
}

export interface TimelineLayout<E extends DatedEvent> {
  /** Every month on the axis, YYYY-MM, first to last. */
  months: { id: string; year: number; month: number; x: number }[];
  events: (E & { x0: number; x1: number })[];
  /** First and last month of the axis, YYYY-MM. */
  from: string;
  to: string;
}

const DAY = 86_400_000;
const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d ?? 1);
};

/** The months from `from` to `to` (YYYY-MM), inclusive. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  if (y * 12 + m > ty * 12 + tm) throw new Error(`monthsBetween: ${from} is after ${to}`);
  while (y * 12 + m <= ty * 12 + tm) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Lay events on a month axis that runs from the month of the earliest start to that of the latest end. */
export function layoutTimeline<E extends DatedEvent>(events: E[]): TimelineLayout<E> {
  if (events.length === 0) throw new Error('layoutTimeline: no events');
  const sorted = [...events].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const from = sorted[0]!.start.slice(0, 7);
  const to = sorted.map((e) => e.end).sort().at(-1)!.slice(0, 7);
  const ids = monthsBetween(from, to);
  const axisStart = utc(`${from}-01`);
  const [ly, lm] = to.split('-').map(Number) as [number, number];
  const axisEnd = Date.UTC(ly, lm, 1); // first day after the last month
  const span = axisEnd - axisStart;
  const pos = (t: number) => Math.round(((t - axisStart) / span) * 10_000) / 10_000;
  return {
    from,
    to,
    months: ids.map((id) => {
      const [year, month] = id.split('-').map(Number) as [number, number];
      return { id, year, month, x: pos(utc(`${id}-01`)) };
    }),
    events: sorted.map((e) => ({ ...e, x0: pos(utc(e.start)), x1: pos(utc(e.end) + DAY) })),
  };
}
