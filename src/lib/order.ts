/** Ordering of content entries (pure): by number, and an entry's neighbours for the pager. */
export interface Numbered {
  number: number;
}

/** Entries sorted by their `number` (chapters, task areas). */
export const byNumber = <T extends { data: Numbered }>(entries: T[]): T[] => [...entries].sort((a, b) => a.data.number - b.data.number);

/** The entries before and after `current` in a sorted list. */
export function neighbours<T>(sorted: T[], isCurrent: (item: T) => boolean): { prev?: T; next?: T } {
  const i = sorted.findIndex(isCurrent);
  if (i < 0) return {};
  return { prev: i > 0 ? sorted[i - 1] : undefined, next: i < sorted.length - 1 ? sorted[i + 1] : undefined };
}
