/**
 * "Mente du …?": the site's own word closest to a word nothing was found for. Optimal string
 * alignment distance (Damerau-Levenshtein without repeated edits), so a swapped pair of
 * letters counts as one typo. Plain TypeScript, unit tested.
 */

export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** How many typos a word of this length may have and still get a suggestion. */
const allowedTypos = (word: string) => (word.length <= 4 ? 0 : word.length <= 7 ? 1 : 2);

/**
 * The closest word in `vocabulary` (most frequent first) within the allowed typos, or
 * undefined when none is close enough.
 */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const limit = allowedTypos(word);
  let best: { word: string; distance: number } | undefined;
  for (const candidate of vocabulary) {
    if (candidate === word) return undefined;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit && (!best || distance < best.distance)) best = { word: candidate, distance };
  }
  return best?.word;
}
