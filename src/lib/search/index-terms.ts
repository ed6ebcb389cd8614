/**
 * Extra words a page is indexed under, so a reader's Bokmål word finds it: the lexicon's
 * lemmas and Bokmål translations of the page's words (content/search-lexicon.json, made with
 * Apertium), and the parts of compounds the site uses on their own ("handlingsplan" → "plan").
 * Pagefind's Bokmål stemming then matches inflected forms. Plain TypeScript, unit tested.
 */
import { searchWords } from './stopwords';

/** Metadata key holding how many extra words a page was indexed with; excerpts skip them. */
export const TERMS_META = 'sokeord';

export type Lexicon = Readonly<Record<string, readonly string[]>>;

/** The shortest last part of a compound that is split off, and the shortest first part. */
const MIN_PART = 4;
const MIN_HEAD = 3;

/** Last parts of `word` that are words of their own on the site ("boligsosiale" → "sosiale"). */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let split = MIN_HEAD; split <= word.length - MIN_PART; split += 1) {
    const tail = word.slice(split);
    if (vocabulary.has(tail)) parts.push(tail);
  }
  return parts;
}

/** The words to add to a page with `text`, which it does not hold already. */
export function indexTerms(text: string, lexicon: Lexicon, vocabulary: ReadonlySet<string>): string[] {
  const words = new Set(searchWords(text));
  const terms = new Set<string>();
  for (const word of words) {
    for (const term of lexicon[word] ?? []) terms.add(term);
    for (const part of compoundParts(word, vocabulary)) terms.add(part);
  }
  for (const word of words) terms.delete(word);
  return [...terms].sort();
}
