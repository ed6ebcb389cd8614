/**
 * Faceted filtering of a small list in the browser: within a facet any chosen value
 * matches (or), across facets all must match (and), as in Pagefind's `any` filters.
 */
import type { FacetKey } from './facets';

export type Chosen = Partial<Record<FacetKey, readonly string[]>>;
export type ItemFacets = Partial<Record<FacetKey, readonly string[]>>;

export function matches(item: ItemFacets, chosen: Chosen, except?: FacetKey): boolean {
  return Object.entries(chosen).every(
    ([key, values]) => key === except || !values?.length || values.some((value) => item[key as FacetKey]?.includes(value)),
  );
}

/**
 * How many items a value would show if ticked: counted among the items that match the
 * other facets' choices, so a count never promises results that the combination hides.
 */
export function countFor(items: readonly ItemFacets[], chosen: Chosen, key: FacetKey, value: string): number {
  return items.filter((item) => matches(item, chosen, key) && item[key]?.includes(value)).length;
}
