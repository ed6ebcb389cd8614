/**
 * The facets a reader filters search results and examples by. The key is the Pagefind
 * filter name and the URL parameter; the label is what the reader sees.
 */
export const FACETS = [
  { key: 'type', label: 'Type side' },
  { key: 'kommune', label: 'Kommune' },
  { key: 'fylke', label: 'Fylke / län' },
  { key: 'land', label: 'Land' },
  { key: 'storrelse', label: 'Kommunestørrelse' },
  { key: 'malgruppe', label: 'Målgruppe' },
  { key: 'fase', label: 'Fase i prosessen' },
  { key: 'faktor', label: 'Suksessfaktor' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];
export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** The kinds of page a result can be, as the reader sees them. */
export const PAGE_KINDS = {
  process: 'Fase',
  factors: 'Suksessfaktor',
  examples: 'Eksempel',
  guidance: 'Veiledning',
  roles: 'Rolle',
} as const;

/** Facet values of one page: each facet may have several values, or none. */
export type FacetValues = Partial<Record<FacetKey, readonly string[]>>;
