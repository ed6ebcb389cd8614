/**
 * The search engine in the browser: Pagefind's JS API, loaded on first use, with the
 * Bokmål/Nynorsk/Swedish spelling variants searched together.
 */
import { expandQuery, type VariantGroups } from '../../lib/search/variants';
import type { SearchState } from '../../lib/search/url-state';

import { HIGHLIGHT_PARAM } from './engine-constants';

interface PagefindResultData {
  url: string;
  excerpt: string;
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
}

let loaded: Promise<{ pagefind: Pagefind; variants: VariantGroups }> | undefined;

/** Loads Pagefind and the spelling variants once, on first use. */
export function loadSearch() {
  loaded ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const [pagefind, variants] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<Pagefind>,
      fetch('/sok/varianter.json').then((response) => (response.ok ? (response.json() as Promise<VariantGroups>) : [])),
    ]);
    // The main thread is fast enough for this index, and one file less is loaded.
    await pagefind.options({ highlightParam: HIGHLIGHT_PARAM, noWorker: true, excerptLength: 24 });
    await pagefind.init();
    return { pagefind, variants };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

const toPagefindFilters = (filters: SearchState['filters']) =>
  Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));

/**
 * Runs a search. Every spelling variant of the query is searched and the results merged,
 * best score first. Without a query but with filters, every page matching them is listed.
 */
export async function runSearch(state: SearchState, limit = 50, withFacets = true): Promise<SearchOutcome> {
  const { pagefind, variants } = await loadSearch();
  const filters = toPagefindFilters(state.filters);
  const queries = state.query ? expandQuery(state.query, variants) : [null];
  const responses = await Promise.all(queries.map((query) => pagefind.search(query, { filters })));

  const best = new Map<string, PagefindResult>();
  for (const result of responses.flatMap((response) => response.results)) {
    const seen = best.get(result.id);
    if (!seen || seen.score < result.score) best.set(result.id, result);
  }
  const ranked = [...best.values()].sort((a, b) => b.score - a.score);
  // With several spellings, Pagefind's counts are per spelling. Where facets are shown and the
  // results are few, the merged pages are counted one by one (each costs a small fetch);
  // beyond that, the largest count of any one spelling is shown, which never overstates.
  const countOneByOne = withFacets && responses.length > 1 && ranked.length <= MAX_COUNTED;
  const pages = await Promise.all(ranked.slice(0, countOneByOne ? MAX_COUNTED : limit).map((result) => result.data()));
  const hits = pages.slice(0, limit).map((data) => ({
    url: data.url,
    title: data.meta.title ?? data.url,
    kind: data.filters.type?.[0] ?? '',
    lang: data.meta.lang ?? 'nb',
    excerpt: data.excerpt,
  }));
  return {
    hits,
    total: ranked.length,
    counts: countOneByOne ? countFacets(pages) : largestCounts(responses.map((response) => response.filters)),
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
