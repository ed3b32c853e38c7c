/**
 * "Did you mean" for config values and keys: the candidate closest to what was typed, by edit
 * distance (insertions, deletions, substitutions, and swaps of two neighbours, each costing 1), if it
 * is close enough to be a typo rather than a different word. Small on purpose: no dependency.
 */

/** Optimal-string-alignment distance: Levenshtein plus adjacent transpositions ("vpcCdir" → "vpcCidr" is 1). */
export function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  }
  return rows[a.length][b.length];
}

/** A typo changes a few characters: up to a third of the word, at most 3. */
const maxTypoDistance = (word: string) => Math.min(3, Math.max(1, Math.floor(word.length / 3)));

/** The closest candidate within typo distance (case-insensitive); the first in order on a tie; undefined if none. */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= maxTypoDistance(word) && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/**
 * AWS region names begin with their geography (`us`, `eu`, `ap`, `af`, ...). A region typed with a known
 * geography is a real place, so only regions of that geography can be what was meant: `af-south-1` (Cape
 * Town) is not a typo of `ap-south-1` (Mumbai), one letter apart. An unknown geography (`ue-west-1`) may
 * itself be the typo, so every candidate stays in play.
 */
const REGION_GEOGRAPHIES = ['af', 'ap', 'ca', 'cn', 'eu', 'il', 'me', 'mx', 'sa', 'us'];

/** The closest region within typo distance that is in the same geography, when the typed geography is a known one. */
export function closestRegion(region: string, candidates: readonly string[]): string | undefined {
  const geography = region.toLowerCase().split('-')[0];
  if (!REGION_GEOGRAPHIES.includes(geography)) return closest(region, candidates);
  return closest(region, candidates.filter((candidate) => candidate.toLowerCase().split('-')[0] === geography));
}

/** The long option (`--region`) closest to a mistyped one (`--regoin`), or undefined when none is close enough. */
export function closestOption(typed: string, options: readonly string[]): string | undefined {
  const name = typed.replace(/^-+/, '');
  const guess = closest(name, options.filter((option) => option.length > 1));
  return guess === undefined ? undefined : `--${guess}`;
}
