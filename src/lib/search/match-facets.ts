/**
 * Faceted filtering of a small list in the browser: within a facet any chosen value
 * matches (or), across facets all must match (and), as in Pagefind's `any` filters.
 */
import type { FacetKey, FacetValues } from './facets';

/** Whether an item with `item`'s values matches the `chosen` ones, leaving out facet `except`. */
export function matches(item: FacetValues, chosen: FacetValues, except?: FacetKey): boolean {
  return Object.entries(chosen).every(
    ([key, values]) =>
      key === except || !values?.length || values.some((value) => item[key as FacetKey]?.includes(value)),
  );
}

/**
 * How many items a value would show if ticked: counted among the items that match the
 * other facets' choices, so a count never promises results that the combination hides.
 */
export function countFor(items: readonly FacetValues[], chosen: FacetValues, key: FacetKey, value: string): number {
  return items.filter((item) => matches(item, chosen, key) && item[key]?.includes(value)).length;
}
