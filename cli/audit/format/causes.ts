import type { NotChecked } from '../model';

/**
 * Why entries were not checked, each distinct reason once with how many entries it stopped, most
 * frequent first: missing credentials stop every listing for the same reason, and the reader needs
 * that cause once, not once per kind and region.
 */
export function notCheckedCauses(notChecked: readonly NotChecked[]): Array<{ readonly reason: string; readonly count: number }> {
  const counts = new Map<string, number>();
  for (const n of notChecked) counts.set(n.reason, (counts.get(n.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
