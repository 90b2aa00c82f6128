/** Ordering of content entries (pure): an entry's neighbours for the pager, in the page model's order (src/model/pages.ts). */

/** The entries before and after `current` in a sorted list. */
export function neighbours<T>(sorted: T[], isCurrent: (item: T) => boolean): { prev?: T; next?: T } {
  const i = sorted.findIndex(isCurrent);
  if (i < 0) return {};
  return { prev: i > 0 ? sorted[i - 1] : undefined, next: i < sorted.length - 1 ? sorted[i + 1] : undefined };
}
