/**
 * Enhances the example list with facet filters. The chosen values live in the URL
 * (`/eksempler/?fylke=Rogaland`), so a filtered list can be shared and walked back.
 */
import type { FacetKey, FacetValues } from '../lib/search/facets';
import { countFor, matches } from '../lib/search/match-facets';
import { chosenIn, idsFromLabels, labelsFromIds } from './facet-boxes';
import { readSearchState, writeSearchState } from '../lib/search/url-state';
import { fill } from '../i18n/nb';

export class ExampleFilter extends HTMLElement {
  connectedCallback() {
    const form = this.querySelector<HTMLElement>('[data-filter-form]')!;
    const status = this.querySelector<HTMLElement>('[data-filter-status]')!;
    const items = [...this.querySelectorAll<HTMLLIElement>('[data-facets]')].map((element) => ({
      element,
      facets: JSON.parse(element.dataset.facets ?? '{}') as FacetValues,
    }));
    const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    form.hidden = false;

    const chosenInForm = () => chosenIn(boxes);

    const show = (chosen: FacetValues) => {
      for (const box of boxes) box.checked = chosen[box.name as FacetKey]?.includes(box.value) ?? false;
      let shown = 0;
      for (const { element, facets } of items) {
        element.hidden = !matches(facets, chosen);
        if (!element.hidden) shown += 1;
      }
      for (const box of boxes) {
        const count = countFor(
          items.map((item) => item.facets),
          chosen,
          box.name as FacetKey,
          box.value,
        );
        box.parentElement!.querySelector('[data-count]')!.textContent = String(count);
      }
      status.textContent = fill(this.dataset.statusTemplate ?? '', { shown, total: items.length });
    };

    const fromUrl = () => show(labelsFromIds(readSearchState(new URLSearchParams(location.search)).filters, boxes));

    form.addEventListener('change', () => {
      const chosen = chosenInForm();
      const search = writeSearchState({ query: '', filters: idsFromLabels(chosen, boxes) }).toString();
      history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
      show(chosen);
    });
    form.querySelector('[data-clear]')!.addEventListener('click', () => {
      history.pushState(null, '', location.pathname);
      show({});
    });
    window.addEventListener('popstate', fromUrl);
    fromUrl();
  }
}
