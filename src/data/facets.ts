/**
 * The facet values of every searchable page, in one place: the pages hand them to Pagefind
 * (SearchFacets.astro), and the search page and example list draw their filters from them.
 */
import { FACET_KEYS, PAGE_KINDS, type FacetKey, type FacetValues } from '../lib/search/facets';
import type { Example, Factor, Guidance, OrderedNode, Role, Site } from './site';
import { slug } from 'github-slugger';
import type { Language } from '../lib/vocabulary';

const present = (...values: (string | undefined)[]) => values.filter((value): value is string => Boolean(value));

/** Facets of a municipal example: where it is, whom it serves, what it illustrates. */
export function exampleFacets(site: Site, example: Example): FacetValues {
  const { data } = example;
  const place = site.municipalities.find((entry) => entry.id === data.municipality.id)?.data;
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

export const processFacets = (site: Site, node: OrderedNode): FacetValues => ({
  type: [PAGE_KINDS.process],
  fase: [node.data.title],
  faktor: node.data.factors.map((link) => site.describe(link.to).title),
});

export const factorFacets = (factor?: Factor): FacetValues => ({
  type: [PAGE_KINDS.factors],
  faktor: present(factor?.data.title),
});

export const guidanceFacets = (site: Site, guidance: Guidance): FacetValues => ({
  type: [PAGE_KINDS.guidance],
  fase: guidance.data.phases.map((link) => site.describe(link.to).title),
});

/** The phases a role owns checklist items in. */
export const rolePhases = (site: Site, role: Role) =>
  site.process.filter((node) => node.data.checklist.some((item) => item.role?.id === role.id));

export const roleFacets = (site: Site, role: Role): FacetValues => ({
  type: [PAGE_KINDS.roles],
  fase: rolePhases(site, role).map((node) => node.data.title),
});

/** Every facet value on the site with the number of pages that carry it, sorted by value. */
export function facetCounts(site: Site): Record<FacetKey, { value: string; count: number }[]> {
  const pages: FacetValues[] = [
    ...site.process.map((node) => processFacets(site, node)),
    ...site.examples.map((example) => exampleFacets(site, example)),
    ...site.factors.map((factor) => factorFacets(factor)),
    factorFacets(),
    ...site.guidance.map((guidance) => guidanceFacets(site, guidance)),
    ...site.roles.map((role) => roleFacets(site, role)),
  ];
  const counted = (key: FacetKey) => {
    const counts = new Map<string, number>();
    for (const page of pages) for (const value of new Set(page[key])) counts.set(value, (counts.get(value) ?? 0) + 1);
    return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value, 'nb'));
  };
  return Object.fromEntries(FACET_KEYS.map((key) => [key, counted(key)])) as Record<
    FacetKey,
    { value: string; count: number }[]
  >;
}

/**
 * The language a facet value is written in, so its label carries `lang`: a factor's or a
 * phase's title in its text's language, a Swedish municipality's name and län in Swedish.
 */
export function facetValueLang(site: Site, key: FacetKey, value: string): Language {
  if (key === 'faktor') return site.factors.find((factor) => factor.data.title === value)?.data.lang ?? 'nb';
  if (key === 'fase') return site.process.find((node) => node.data.title === value)?.data.lang ?? 'nb';
  if (key === 'kommune' || key === 'fylke') {
    const place = site.municipalities.find((entry) => entry.data.name === value || entry.data.county === value);
    return place?.data.country === 'Sverige' ? 'sv' : 'nb';
  }
  return 'nb';
}

/** `lang` for a label inside Bokmål text: only when it differs. */
export const otherLang = (lang: Language) => (lang === 'nb' ? undefined : lang);

/**
 * The id of a facet value in URLs (`/sok/?type=examples&fase=utarbeide-mal`): an entry's id or
 * the kind's collection key where there is one, so a reworded title or label keeps old links
 * working; otherwise the value slugged (a county, a country, a size, a target group).
 */
export function facetValueId(site: Site, key: FacetKey, value: string): string {
  const id =
    key === 'type'
      ? Object.entries(PAGE_KINDS).find(([, label]) => label === value)?.[0]
      : key === 'fase'
        ? site.process.find((node) => node.data.title === value)?.id
        : key === 'faktor'
          ? site.factors.find((factor) => factor.data.title === value)?.id
          : key === 'kommune'
            ? site.municipalities.find((entry) => entry.data.name === value)?.id
            : undefined;
  return id ?? slug(value);
}
