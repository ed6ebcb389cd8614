/**
 * The search engine in the browser: Pagefind's JS API, loaded on first use. Around it: stop
 * words are dropped, Bokmål/Nynorsk/Swedish spellings are searched together, a query no page
 * has every word of falls back to the pages with most of them, a word nothing is found for
 * gets a "Mente du …?" from the site's own words, and a page whose title matches comes first.
 */
import { expandQuery, type VariantGroups } from '../../lib/search/variants';
import { searchWords } from '../../lib/search/stopwords';
import { TERMS_META } from '../../lib/search/index-terms';
import { closestWord } from '../../lib/search/suggest';
import type { SearchState } from '../../lib/search/url-state';
import type { SearchStrings } from '../../i18n/nb';

import { HIGHLIGHT_PARAM } from './engine-constants';

interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's words as Pagefind indexed them, and where the query matched (word positions). */
  content: string;
  locations: number[];
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindResponse>;
}

/** One result as the interface shows it. */
export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  lang: string;
  /** Pagefind's excerpt: HTML-escaped text with the matched words in <mark>. */
  excerpt: string;
}

export interface SearchOutcome {
  hits: SearchHit[];
  total: number;
  /** Counts per facet value among the results (all pages when there is no query). */
  counts: Record<string, Record<string, number>>;
  /** No page has every word: the hits are the pages with most of them. */
  partial: boolean;
  /**
   * A query with the site's own words for words nothing was found for ("Mente du …?"). When
   * the query found nothing at all, the hits are what the suggestion finds.
   */
  suggestion?: string | undefined;
  /** The hits are for the suggestion, since the query itself found nothing. */
  showingSuggestion?: boolean;
}

const json = <T>(url: string, fallback: T): Promise<T> =>
  fetch(url)
    .then((response) => (response.ok ? (response.json() as Promise<T>) : fallback))
    .catch(() => fallback);

let loaded:
  | Promise<{
      pagefind: Pagefind;
      variants: VariantGroups;
      stopWords: Set<string>;
      softWords: Set<string>;
      strings: SearchStrings;
    }>
  | undefined;

/** Loads Pagefind, the spelling variants and the stop words once, on first use. */
export function loadSearch() {
  loaded ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const [pagefind, variants, stopWords, strings] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      json<VariantGroups>('/sok/varianter.json', []),
      json<{ drop: string[]; soft: string[] }>('/sok/stoppord.json', { drop: [], soft: [] }),
      fetch('/sok/tekster.json').then((response) => {
        if (!response.ok) throw new Error(`/sok/tekster.json: ${response.status}`);
        return response.json() as Promise<SearchStrings>;
      }),
    ]);
    // The main thread is fast enough for this index, and one file less is loaded.
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true, excerptLength: EXCERPT_WORDS });
    await pagefind.init();
    return { pagefind, variants, stopWords: new Set(stopWords.drop), softWords: new Set(stopWords.soft), strings };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

/** The interface strings of the search scripts, loaded with the engine. */
export const searchStrings = async () => (await loadSearch()).strings;

/** The site's words by frequency, loaded only when a word is not found. */
let vocabulary: Promise<string[]> | undefined;
const loadVocabulary = () => (vocabulary ??= json<string[]>('/sok/ord.json', []));

const EXCERPT_WORDS = 24;

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * An excerpt around the first match in the page's own words. The first words of what Pagefind
 * indexed may be the extra index words (search-index.ts), whose number is in the metadata;
 * they are never shown.
 */
function excerptOf(data: PagefindResultData): string {
  const skip = Number(data.meta[TERMS_META] ?? 0);
  const words = data.content.split(/\s+/);
  const matches = new Set(data.locations.filter((location) => location >= skip));
  const first = Math.min(...matches);
  const start = Number.isFinite(first) ? Math.max(skip, first - Math.floor(EXCERPT_WORDS / 3)) : skip;
  return words
    .slice(start, start + EXCERPT_WORDS)
    .map((word, offset) => (matches.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
    .join(' ');
}

const toPagefindFilters = (filters: SearchState['filters']) =>
  Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));

/** Every spelling of a query searched, merged: each page once, with its best score. */
async function searchAll(pagefind: Pagefind, queries: (string | null)[], filters: Record<string, unknown>) {
  const responses = await Promise.all(queries.map((query) => pagefind.search(query, { filters })));
  const best = new Map<string, PagefindResult>();
  for (const result of responses.flatMap((response) => response.results)) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  return { responses, results: [...best.values()] };
}

/** Whether a title holds every word of the query (a word matches one starting with its first five letters). */
const titleMatches = (title: string, words: readonly string[]) => {
  const titleWords = searchWords(title);
  return (
    words.length > 0 && words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word.slice(0, 5))))
  );
};

/**
 * Runs a search. Without a query but with filters, every page matching them is listed.
 * With one: stop words are dropped (unless nothing else is left), and each word is searched
 * with its spelling variants. Pages with more of the words come first, then by Pagefind's
 * score; a "soft" word (a stop word some title has, like "hvordan") counts less. If no page
 * has every word, the outcome says so. Words nothing is found for get a suggestion from the
 * site's own words, and if the query found nothing at all, the suggestion's hits are shown.
 */
export async function runSearch(state: SearchState, limit = 50, withFacets = true): Promise<SearchOutcome> {
  const { pagefind, variants, stopWords, softWords } = await loadSearch();
  const filters = toPagefindFilters(state.filters);
  const typed = searchWords(state.query);
  const meaningful = typed.filter((word) => !stopWords.has(word));
  const words = [...new Set(meaningful.length > 0 ? meaningful : typed)];
  const weightOf = (word: string) => (softWords.has(word) && words.some((other) => !softWords.has(other)) ? 1 : 2);

  let responses: PagefindResponse[];
  let results: PagefindResult[];
  let partial = false;
  let suggestion: string | undefined;
  let showingSuggestion = false;
  /** Words no page has in any spelling: they get a suggestion. */
  let withoutHits: string[] = [];
  if (words.length === 0) {
    // Filters only: every page that matches them.
    ({ responses, results } = await searchAll(pagefind, [null], filters));
  } else {
    const perWord = await Promise.all(words.map((word) => searchAll(pagefind, expandQuery(word, variants), filters)));
    const found = new Map<string, { result: PagefindResult; weight: number; matched: number; score: number }>();
    perWord.forEach(({ results: wordResults }, index) => {
      for (const result of wordResults) {
        const seen = found.get(result.id) ?? { result, weight: 0, matched: 0, score: 0 };
        found.set(result.id, {
          result,
          weight: seen.weight + weightOf(words[index]!),
          matched: seen.matched + 1,
          score: seen.score + result.score,
        });
      }
    });
    const entries = [...found.values()];
    // Weight first, Pagefind's score (at most about 1 per word) only orders pages of equal weight.
    results = entries.map((entry) => ({ ...entry.result, score: entry.weight * 100 + entry.score }));
    responses = perWord.flatMap((entry) => entry.responses);
    partial = entries.length > 0 && !entries.some((entry) => entry.matched === words.length);
    withoutHits = words.filter((_, index) => perWord[index]!.results.length === 0);
  }
  if (withoutHits.length > 0) {
    const known = await loadVocabulary();
    const corrected = words.map((word) => (withoutHits.includes(word) ? (closestWord(word, known) ?? word) : word));
    if (corrected.some((word, index) => word !== words[index])) suggestion = corrected.join(' ');
    // Nothing found at all, but a close spelling is: show what the suggestion finds.
    if (results.length === 0 && suggestion) {
      ({ responses, results } = await searchAll(pagefind, expandQuery(suggestion, variants), filters));
      showingSuggestion = results.length > 0;
    }
  }

  const ranked = results.sort((a, b) => b.score - a.score);
  // With several spellings, Pagefind's counts are per spelling. Where facets are shown and the
  // results are few, the merged pages are counted one by one (each costs a small fetch);
  // beyond that, the largest count of any one spelling is shown, which never overstates.
  const countOneByOne = withFacets && responses.length > 1 && ranked.length <= MAX_COUNTED;
  const pages = await Promise.all(ranked.slice(0, countOneByOne ? MAX_COUNTED : limit).map((result) => result.data()));
  const hits = pages.map((data) => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: data.filters.type?.[0] ?? '',
    lang: data.meta.lang ?? 'nb',
    excerpt: excerptOf(data),
  }));
  // A page whose title holds the query comes first (a stable sort keeps the rest in order).
  hits.sort((a, b) => Number(titleMatches(b.title, words)) - Number(titleMatches(a.title, words)));
  return {
    hits: hits.slice(0, limit),
    total: ranked.length,
    counts: countOneByOne ? countFacets(pages) : largestCounts(responses.map((response) => response.filters)),
    partial,
    suggestion,
    showingSuggestion,
  };
}

/** Up to this many merged results are counted one by one. */
const MAX_COUNTED = 60;

/** For each facet value, the largest count among the spellings' searches. */
function largestCounts(all: Record<string, Record<string, number>>[]) {
  const largest: Record<string, Record<string, number>> = {};
  for (const counts of all)
    for (const [facet, values] of Object.entries(counts))
      for (const [value, count] of Object.entries(values)) {
        const facetCounts = (largest[facet] ??= {});
        facetCounts[value] = Math.max(facetCounts[value] ?? 0, count);
      }
  return largest;
}

function countFacets(pages: PagefindResultData[]) {
  const counts: Record<string, Record<string, number>> = {};
  for (const page of pages)
    for (const [facet, values] of Object.entries(page.filters))
      for (const value of values) {
        const facetCounts = (counts[facet] ??= {});
        facetCounts[value] = (facetCounts[value] ?? 0) + 1;
      }
  return counts;
}
