/** The facet values of each kind of page, for Pagefind's filters and the example filter. */
import { PAGE_KINDS, type FacetKey } from '../lib/search/facets';
import type { Example, Site } from './site';

/** Facets of a municipal example: where it is, whom it serves, what it illustrates. */
export function exampleFacets(site: Site, example: Example): Record<FacetKey, string[]> {
  const { data } = example;
  const place = site.municipalities.find((entry) => entry.id === data.municipality.id)?.data;
  const present = (...values: (string | undefined)[]) => values.filter((value): value is string => Boolean(value));
  return {
    type: [PAGE_KINDS.examples],
    kommune: present(place?.name),
    fylke: present(place?.county),
    land: present(place?.country),
    storrelse: present(place?.size),
    malgruppe: present(data.targetGroup),
    fase: data.phases.map((link) => site.describe(link.to).title),
    faktor: data.factors.map((link) => site.describe(link.to).title),
  };
}
