/**
 * The state of a search as it lives in the URL (`/sok/?q=bolig&fylke=Rogaland`), so a search
 * can be bookmarked, shared and walked back with the back button.
 */
import { FACET_KEYS, type FacetKey, type FacetValues } from './facets';

export interface SearchState {
  query: string;
  filters: FacetValues;
}

export function readSearchState(params: URLSearchParams): SearchState {
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const key of FACET_KEYS) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: params.get('q')?.trim() ?? '', filters };
}

export function writeSearchState({ query, filters }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  for (const key of FACET_KEYS) for (const value of filters[key] ?? []) params.append(key, value);
  return params;
}

export const hasFilters = (state: SearchState) => Object.values(state.filters).some((values) => values.length > 0);
