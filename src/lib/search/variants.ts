/**
 * Bokmål, Nynorsk and Swedish spellings of the same word. A query is expanded into the
 * alternative queries that swap each word for its other forms, so one search finds all.
 */

/** Groups of forms of one word, lower case. */
export type VariantGroups = readonly (readonly string[])[];

/** At most this many alternative queries are run for one search. */
export const MAX_ALTERNATIVES = 8;

/** The other forms of each word, keyed by every form. */
function formIndex(groups: VariantGroups): Map<string, readonly string[]> {
  const index = new Map<string, readonly string[]>();
  for (const group of groups) for (const form of group) index.set(form.toLocaleLowerCase('nb'), group);
  return index;
}

/**
 * The query itself first, then the queries with words swapped for their other forms,
 * without duplicates and capped at MAX_ALTERNATIVES.
 */
export function expandQuery(query: string, groups: VariantGroups): string[] {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const index = formIndex(groups);
  let alternatives: string[][] = [[]];
  for (const word of words) {
    const forms = index.get(word.toLocaleLowerCase('nb')) ?? [word];
    const choices = [word, ...forms.filter((form) => form !== word.toLocaleLowerCase('nb'))];
    alternatives = alternatives
      .flatMap((prefix) => choices.map((choice) => [...prefix, choice]))
      .slice(0, MAX_ALTERNATIVES);
  }
  return [...new Set(alternatives.map((alternative) => alternative.join(' ')))];
}
